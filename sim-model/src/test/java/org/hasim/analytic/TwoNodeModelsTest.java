package org.hasim.analytic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Active/standby and active/active against hand-derived balance equations.
 *
 * <p>Active/standby, states B (both up), F (failing over), U (uncovered), O (one up), D (both down), k =
 * min(crews, 2). Balance (flow out = flow in) of each state:
 *
 * <pre>
 *   F:  π_F / T_fo   = c·λ·π_B            =>  π_F = c·λ·T_fo·π_B
 *   U:  π_U / T_man  = (1 − c)·λ·π_B      =>  π_U = (1 − c)·λ·T_man·π_B
 *   B:  (λ + λs)·π_B = μ·π_O              =>  π_O = (λ + λs)/μ·π_B
 *   D:  k·μ·π_D      = λ·π_O              =>  π_D = λ/(k·μ)·π_O
 * </pre>
 *
 * (O's equation follows from the others.) With π_B = 1 and N the sum, A = (1 + π_O)/N, and up → down
 * crossings happen at λ from B (every failure of the active node starts an outage when T_fo > 0) and at λ
 * from O: f = λ·(1 + π_O)/N.
 */
class TwoNodeModelsTest {
  private static final double HOUR = 3600;
  private static final double DAY = 86400;
  private static final double YEAR = AvailabilityFormulas.SECONDS_PER_YEAR;

  /** The unnormalised probabilities above, in the order B, F, U, O, D. */
  private static double[] activeStandbyByHand(double l, double ls, double mu, int crews, double c, double tfo,
      double tman) {
    double o = (l + ls) / mu;
    return new double[] {1, c * l * tfo, (1 - c) * l * tman, o, l / (Math.min(crews, 2) * mu) * o};
  }

  private static double sum(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s;
  }

  @Test
  void activeStandbyWithNguyenHostParameters() {
    double l = 1 / YEAR;
    double mu = 1 / (3 * DAY);
    double c = 0.95;
    double tfo = 60;
    double tman = 2 * HOUR;
    ActiveStandbyModel model = ActiveStandbyModel.hot(l, mu, 1, c, tfo, tman);
    Ctmc chain = model.chain();
    SteadyState ss = chain.steadyState();
    double[] p = activeStandbyByHand(l, l, mu, 1, c, tfo, tman);
    double n = sum(p);

    assertThat(chain.states()).containsExactly("both-up", "failing-over", "uncovered", "one-up", "both-down");
    assertThat(ss.probability(ActiveStandbyModel.BOTH_UP)).isCloseTo(p[0] / n, within(1e-12));
    assertThat(ss.probability(ActiveStandbyModel.FAILING_OVER)).isCloseTo(p[1] / n, within(1e-15));
    assertThat(ss.probability(ActiveStandbyModel.UNCOVERED)).isCloseTo(p[2] / n, within(1e-15));
    assertThat(ss.probability(ActiveStandbyModel.ONE_UP)).isCloseTo(p[3] / n, within(1e-12));
    assertThat(ss.probability(ActiveStandbyModel.BOTH_DOWN)).isCloseTo(p[4] / n, within(1e-15));
    assertThat(ss.unavailability()).isCloseTo((p[1] + p[2] + p[4]) / n, within(1e-9 * (p[1] + p[2] + p[4]) / n));
    assertThat(ss.failureFrequency()).isCloseTo(l * (p[0] + p[3]) / n, within(1e-9 * l));
    // Every failure of the active node is an outage (the failover is down time), so from both up the
    // first outage comes after an exponential time of rate λ: MTTF = 1/λ.
    assertThat(chain.meanTimeToFailure(ActiveStandbyModel.BOTH_UP)).isCloseTo(YEAR, within(1e-6 * YEAR));
  }

  @Property(tries = 200)
  void activeStandbyMatchesTheBalanceEquations(
      @ForAll @DoubleRange(min = 1, max = 1e4) double mttfHours,
      @ForAll @DoubleRange(min = 0.01, max = 100) double mttrHours,
      @ForAll boolean hot,
      @ForAll @IntRange(min = 1, max = 3) int crews,
      @ForAll @DoubleRange(min = 0, max = 1) double c,
      @ForAll @DoubleRange(min = 0, max = 600) double tfo,
      @ForAll @DoubleRange(min = 0, max = 1e5) double tman) {
    double l = 1 / (mttfHours * HOUR);
    double ls = hot ? l : 0;
    double mu = 1 / (mttrHours * HOUR);
    SteadyState ss = new ActiveStandbyModel(l, ls, mu, crews, c, tfo, tman).chain().steadyState();
    double[] p = activeStandbyByHand(l, ls, mu, crews, c, tfo, tman);
    double down = (p[1] + p[2] + p[4]) / sum(p);
    assertThat(ss.unavailability()).isCloseTo(down, within(1e-8 * down + 1e-15));
  }

  @Test
  void perfectCoverageAndInstantFailoverIsTheClassicStandbyWithRepair() {
    // c = 1, T_fo = 0: the chain is B → O at λ + λs, O → B at μ, O → D at λ, D → O at k·μ.
    // Cold standby (λs = 0), one crew:  π_O = (λ/μ)·π_B, π_D = (λ/μ)·π_O, so with ρ = λ/μ
    //   A = (1 + ρ)/(1 + ρ + ρ²) = (μ² + λμ)/(μ² + λμ + λ²),
    // and the mean time to failure m_B = (2λ + λs + μ)/(λ(λ + λs)) = (2λ + μ)/λ² (from m_B = 1/(λ+λs) + m_O,
    // m_O = 1/(λ+μ) + μ/(λ+μ)·m_B).
    double l = 1 / (1000 * HOUR);
    double mu = 1 / (10 * HOUR);
    Ctmc cold = ActiveStandbyModel.cold(l, mu, 1, 1.0, 0, 3600).chain();
    assertThat(cold.states()).containsExactly("both-up", "one-up", "both-down");
    assertThat(cold.steadyState().availability())
        .isCloseTo((mu * mu + l * mu) / (mu * mu + l * mu + l * l), within(1e-13));
    assertThat(cold.meanTimeToFailure("both-up")).isCloseTo((2 * l + mu) / (l * l), within(1e-2));

    // Hot standby (λs = λ) with two crews is two independent components in parallel:
    //   π_O = 2ρ·π_B, π_D = ρ/2·π_O = ρ²·π_B,  A = (1 + 2ρ)/(1 + ρ)² = 1 − (ρ/(1+ρ))².
    Ctmc hot = ActiveStandbyModel.hot(l, mu, 2, 1.0, 0, 0).chain();
    double a = mu / (l + mu);
    assertThat(hot.steadyState().availability()).isCloseTo(AvailabilityFormulas.parallel(a, a), within(1e-13));
    assertThat(hot.meanTimeToFailure("both-up")).isCloseTo((3 * l + mu) / (2 * l * l), within(1e-2));
  }

  @Test
  void aVeryShortFailoverApproachesTheInstantOne() {
    double l = 1 / (1000 * HOUR);
    double mu = 1 / (10 * HOUR);
    SteadyState instant = ActiveStandbyModel.cold(l, mu, 1, 1.0, 0, 0).chain().steadyState();
    SteadyState oneMs = ActiveStandbyModel.cold(l, mu, 1, 1.0, 1e-3, 0).chain().steadyState();
    // The failover state adds π_F = λ·T_fo·π_B (balance of F) to the down time, to first order in T_fo.
    double added = l * 1e-3 * instant.probability("both-up");
    assertThat(oneMs.unavailability() - instant.unavailability()).isCloseTo(added, within(1e-3 * added));
    assertThat(oneMs.availability()).isCloseTo(instant.availability(), within(1e-9));
  }

  @Test
  void twoCrewsHelpOnlyWhenBothAreDown() {
    double l = 1 / (100 * HOUR);
    double mu = 1 / (20 * HOUR);
    SteadyState one = ActiveStandbyModel.hot(l, mu, 1, 0.9, 60, 3600).chain().steadyState();
    SteadyState two = ActiveStandbyModel.hot(l, mu, 2, 0.9, 60, 3600).chain().steadyState();
    // Only π_D changes with the crews (halved relative to π_B, π_O).
    double ratio = (two.probability("both-down") / two.probability("both-up"))
        / (one.probability("both-down") / one.probability("both-up"));
    assertThat(ratio).isCloseTo(0.5, within(1e-10));
  }

  @Test
  void activeActiveMatchesItsBalanceEquations() {
    // Same derivation with both failures needing a failover: π_F = 2cλT_fo, π_U = 2(1−c)λT_man,
    // π_O = 2λ/μ, π_D = λ/(kμ)·π_O (π_B = 1).
    double l = 1 / (2000 * HOUR);
    double mu = 1 / (24 * HOUR);
    double c = 0.9;
    double tfo = 120;
    double tman = 4 * HOUR;
    SteadyState ss = new ActiveActiveModel(l, mu, 1, c, tfo, tman).chain().steadyState();
    double o = 2 * l / mu;
    double[] p = {1, 2 * c * l * tfo, 2 * (1 - c) * l * tman, o, l / mu * o};
    double n = sum(p);
    assertThat(ss.unavailability()).isCloseTo((p[1] + p[2] + p[4]) / n, within(1e-15));
    assertThat(ss.failureFrequency()).isCloseTo((2 * l * p[0] + l * p[3]) / n, within(1e-18));

    // Perfect, instant takeover with two crews is again the parallel pair.
    double a = mu / (l + mu);
    assertThat(new ActiveActiveModel(l, mu, 2, 1, 0, 0).chain().steadyState().availability())
        .isCloseTo(AvailabilityFormulas.parallel(a, a), within(1e-13));
  }

  @Test
  void rejectsImpossibleParameters() {
    assertThatThrownBy(() -> ActiveStandbyModel.hot(1e-6, 1e-4, 1, 1.5, 60, 60))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coverage c");
    assertThatThrownBy(() -> ActiveStandbyModel.hot(1e-6, 1e-4, 0, 1, 60, 60)).hasMessageContaining("crews");
    assertThatThrownBy(() -> ActiveStandbyModel.hot(1e-6, 1e-4, 1, 1, -1, 60)).hasMessageContaining("T_fo");
    assertThatThrownBy(() -> ActiveStandbyModel.hot(0, 1e-4, 1, 1, 1, 60)).hasMessageContaining("λ");
    assertThatThrownBy(() -> new KOfNModel(4, 3, 1, 1, 1)).hasMessageContaining("k must lie in [1, n=3]");
  }
}
