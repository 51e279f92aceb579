package org.hasim.analytic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * A finite, irreducible continuous-time Markov chain whose states are labelled up (the service works) or
 * down. Built with {@link #builder()}:
 *
 * <pre>{@code
 * Ctmc chain = Ctmc.builder()
 *     .upState("up").downState("down")
 *     .rate("up", "down", lambda).rate("down", "up", mu)
 *     .build();
 * }</pre>
 *
 * <p>Rates are per second, finite and non-negative; a zero rate means "no transition". A chain must have at
 * least one up and one down state, and every state must be reachable from every other one (irreducible),
 * otherwise {@link #build()} says which states break that. Immutable.
 */
public final class Ctmc {
  private final List<String> names;
  private final boolean[] up;
  /** Off-diagonal rates q[i][j], i != j; the diagonal is implied (minus the row's exit rate). */
  private final double[][] q;

  private Ctmc(List<String> names, boolean[] up, double[][] q) {
    this.names = List.copyOf(names);
    this.up = up;
    this.q = q;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** State names in the order they were declared. */
  public List<String> states() {
    return names;
  }

  public boolean isUp(String state) {
    return up[index(state)];
  }

  /** The transition rate from one state to another (0 when there is none). */
  public double rate(String from, String to) {
    return q[index(from)][index(to)];
  }

  /**
   * Steady-state probabilities: the unique π with πQ = 0 and Σπ = 1, where Q is the generator (q_ii = −Σ_j
   * q_ij). Solved by LU decomposition of Qᵀ with its last equation replaced by the normalisation Σπ = 1
   * (the "augmented system"); Q is first divided by its largest exit rate, which leaves π unchanged and
   * keeps the matrix well scaled when rates differ by many orders of magnitude.
   */
  public SteadyState steadyState() {
    int n = names.size();
    double scale = maxExitRate();
    RealMatrix m = new Array2DRowRealMatrix(n, n);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j) {
          m.setEntry(j, i, q[i][j] / scale);
        }
      }
      m.setEntry(i, i, -exitRate(i) / scale);
    }
    for (int i = 0; i < n; i++) {
      m.setEntry(n - 1, i, 1.0);
    }
    RealVector rhs = new ArrayRealVector(n);
    rhs.setEntry(n - 1, 1.0);
    double[] pi = solve(m, rhs, "steady state").toArray();
    Map<String, Double> probabilities = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      probabilities.put(names.get(i), pi[i]);
    }
    double availability = sumWhere(pi, i -> up[i]);
    double unavailability = sumWhere(pi, i -> !up[i]);
    double frequency = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (up[i] && !up[j]) {
          frequency += pi[i] * q[i][j];
        }
      }
    }
    return new SteadyState(probabilities, availability, unavailability, frequency);
  }

  /**
   * Mean time to system failure from {@code start} (an up state): the mean first-passage time into the set
   * D of down states. With U the up states and Q_UU the generator restricted to them (down states made
   * absorbing), the vector m of mean times from each up state solves Q_UU·m = −1.
   *
   * <p>From the all-up state this is the reliability-style MTTF of a new system. It is <em>not</em> the
   * mean up period in steady state ({@link SteadyState#mtbf()}), because up periods after a repair start
   * from whichever up state the repair leads to.
   *
   * @throws IllegalArgumentException if {@code start} is unknown or a down state
   */
  public double meanTimeToFailure(String start) {
    int s = index(start);
    if (!up[s]) {
      throw new IllegalArgumentException("MTTF is measured from an up state; '" + start + "' is down");
    }
    int[] ups = java.util.stream.IntStream.range(0, names.size()).filter(i -> up[i]).toArray();
    RealMatrix m = new Array2DRowRealMatrix(ups.length, ups.length);
    for (int a = 0; a < ups.length; a++) {
      for (int b = 0; b < ups.length; b++) {
        m.setEntry(a, b, a == b ? -exitRate(ups[a]) : q[ups[a]][ups[b]]);
      }
    }
    RealVector minusOne = new ArrayRealVector(ups.length, -1.0);
    RealVector times = solve(m, minusOne, "mean time to failure");
    return times.getEntry(Arrays.binarySearch(ups, s));
  }

  /**
   * The series composition of two independent chains: the product chain whose state (a, b) is up only when
   * both a and b are up, and in which each component moves with its own rates while the other stays put.
   * Its availability is the product of the two availabilities. State names are joined as {@code "a & b"}.
   */
  public static Ctmc series(Ctmc first, Ctmc second) {
    int n1 = first.names.size();
    int n2 = second.names.size();
    List<String> names = new ArrayList<>();
    boolean[] up = new boolean[n1 * n2];
    for (int i = 0; i < n1; i++) {
      for (int j = 0; j < n2; j++) {
        names.add(first.names.get(i) + " & " + second.names.get(j));
        up[i * n2 + j] = first.up[i] && second.up[j];
      }
    }
    double[][] q = new double[n1 * n2][n1 * n2];
    for (int i = 0; i < n1; i++) {
      for (int j = 0; j < n2; j++) {
        for (int k = 0; k < n1; k++) {
          q[i * n2 + j][k * n2 + j] += k == i ? 0 : first.q[i][k];
        }
        for (int k = 0; k < n2; k++) {
          q[i * n2 + j][i * n2 + k] += k == j ? 0 : second.q[j][k];
        }
      }
    }
    return new Ctmc(names, up, q);
  }

  private static RealVector solve(RealMatrix m, RealVector rhs, String what) {
    DecompositionSolver solver = new LUDecomposition(m).getSolver();
    if (!solver.isNonSingular()) {
      throw new IllegalStateException("the " + what + " system is singular (a chain that passed validation"
          + " should never get here)");
    }
    return solver.solve(rhs);
  }

  private double exitRate(int i) {
    double sum = 0;
    for (int j = 0; j < q.length; j++) {
      sum += j == i ? 0 : q[i][j];
    }
    return sum;
  }

  private double maxExitRate() {
    double max = 0;
    for (int i = 0; i < q.length; i++) {
      max = Math.max(max, exitRate(i));
    }
    return max;
  }

  private static double sumWhere(double[] pi, IntPredicate keep) {
    double sum = 0;
    for (int i = 0; i < pi.length; i++) {
      sum += keep.test(i) ? pi[i] : 0;
    }
    return sum;
  }

  private int index(String state) {
    int i = names.indexOf(state);
    if (i < 0) {
      throw new IllegalArgumentException("unknown state '" + state + "'; the states are " + names);
    }
    return i;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Ctmc[");
    for (int i = 0; i < names.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(names.get(i)).append(up[i] ? " (up)" : " (down)");
    }
    return sb.append(']').toString();
  }

  /**
   * Collects states and rates, then validates them in {@link #build()}. Every mistake is an {@link
   * IllegalArgumentException} naming the state or rate at fault: models are built by code, so a bad chain
   * is a programming error, not a user's input error.
   */
  public static final class Builder {
    private final List<String> names = new ArrayList<>();
    private final List<Boolean> up = new ArrayList<>();
    private final Map<List<String>, Double> rates = new LinkedHashMap<>();

    private Builder() {}

    /** Declares a state; {@code up} says whether the service works in it. */
    public Builder state(String name, boolean up) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a state needs a non-blank name");
      }
      if (names.contains(name)) {
        throw new IllegalArgumentException("state '" + name + "' is declared twice");
      }
      names.add(name);
      this.up.add(up);
      return this;
    }

    public Builder upState(String name) {
      return state(name, true);
    }

    public Builder downState(String name) {
      return state(name, false);
    }

    /** Adds the transition {@code from → to} at {@code rate} per second; a zero rate adds nothing. */
    public Builder rate(String from, String to, double rate) {
      String label = "rate " + from + " -> " + to;
      if (!Double.isFinite(rate) || rate < 0) {
        throw new IllegalArgumentException(label + " is " + rate + "; rates must be finite and >= 0");
      }
      requireDeclared(from, label);
      requireDeclared(to, label);
      if (from.equals(to)) {
        throw new IllegalArgumentException(label + ": a state cannot move to itself");
      }
      if (rates.containsKey(List.of(from, to))) {
        throw new IllegalArgumentException(label + " is given twice; add the rates up in one call");
      }
      if (rate > 0) {
        rates.put(List.of(from, to), rate);
      }
      return this;
    }

    public Ctmc build() {
      if (!up.contains(true) || !up.contains(false)) {
        throw new IllegalArgumentException("a chain needs at least one up and one down state; got " + names);
      }
      int n = names.size();
      double[][] q = new double[n][n];
      rates.forEach((pair, r) -> q[names.indexOf(pair.get(0))][names.indexOf(pair.get(1))] = r);
      requireIrreducible(q);
      boolean[] upArray = new boolean[n];
      for (int i = 0; i < n; i++) {
        upArray[i] = up.get(i);
      }
      return new Ctmc(names, upArray, q);
    }

    private void requireDeclared(String state, String label) {
      if (!names.contains(state)) {
        throw new IllegalArgumentException(label + ": unknown state '" + state + "'; declared: " + names);
      }
    }

    /** Irreducible = every state reachable from the first one, and the first one from every state. */
    private void requireIrreducible(double[][] q) {
      List<String> unreachable = unreached(q, false);
      if (!unreachable.isEmpty()) {
        throw new IllegalArgumentException("the chain is not irreducible: " + unreachable
            + " cannot be reached from '" + names.get(0) + "'");
      }
      List<String> trapped = unreached(q, true);
      if (!trapped.isEmpty()) {
        throw new IllegalArgumentException("the chain is not irreducible: '" + names.get(0)
            + "' cannot be reached from " + trapped + " (absorbing or closed states)");
      }
    }

    private List<String> unreached(double[][] q, boolean reversed) {
      int n = q.length;
      boolean[] seen = new boolean[n];
      Deque<Integer> todo = new ArrayDeque<>(List.of(0));
      seen[0] = true;
      while (!todo.isEmpty()) {
        int i = todo.pop();
        for (int j = 0; j < n; j++) {
          double r = reversed ? q[j][i] : q[i][j];
          if (r > 0 && !seen[j]) {
            seen[j] = true;
            todo.push(j);
          }
        }
      }
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!seen[i]) {
          missing.add(names.get(i));
        }
      }
      return missing;
    }
  }
}
