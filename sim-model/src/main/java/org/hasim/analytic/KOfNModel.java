package org.hasim.analytic;

/**
 * n identical components, the system up while at least k of them work, repaired by {@code crews} crews.
 * The state is the number of failed components j = 0..n (named {@code "failed=j"}): j → j+1 at (n − j)·λ
 * (working components keep failing even while the system is down, as independent components do), j → j−1
 * at min(j, crews)·μ (each busy crew repairs at μ; the rest wait). With crews ≥ n the components are
 * independent and the chain gives the binomial {@link AvailabilityFormulas#kOfN}; with fewer crews
 * repairs queue and availability drops.
 *
 * @param crews repair crews, at least 1 ({@code Integer.MAX_VALUE} for unlimited)
 */
public record KOfNModel(int k, int n, double failureRate, double repairRate, int crews) {

  public KOfNModel {
    Check.atLeastOne(n, "n");
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("k must lie in [1, n=" + n + "]; got " + k);
    }
    Check.positive(failureRate, "failure rate");
    Check.positive(repairRate, "repair rate");
    Check.atLeastOne(crews, "crews");
  }

  /** The name of the state with {@code failed} failed components. */
  public static String state(int failed) {
    return "failed=" + failed;
  }

  /** The state where every component works. */
  public String allUp() {
    return state(0);
  }

  public Ctmc chain() {
    Ctmc.Builder b = Ctmc.builder();
    for (int j = 0; j <= n; j++) {
      b.state(state(j), n - j >= k);
    }
    for (int j = 0; j < n; j++) {
      b.rate(state(j), state(j + 1), (n - j) * failureRate);
      b.rate(state(j + 1), state(j), Math.min(j + 1, crews) * repairRate);
    }
    return b.build();
  }
}
