package org.hasim.analytic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The CTMC solver against closed forms derived independently of it. */
class CtmcTest {
  private static final double HOUR = 3600;
  private static final double YEAR = AvailabilityFormulas.SECONDS_PER_YEAR;

  @Test
  void singleComponentMatchesMttfOverMttfPlusMttr() {
    // MTTF 1000 h, MTTR 10 h: A = 1000/1010, f = λ·π_up = A/MTTF, MTBF = MTTF, MTTR = MTTR.
    Ctmc chain = SingleComponentModel.ofMeans(1000 * HOUR, 10 * HOUR).chain();
    SteadyState ss = chain.steadyState();

    assertThat(ss.availability()).isCloseTo(1000.0 / 1010, within(1e-12));
    assertThat(ss.unavailability()).isCloseTo(10.0 / 1010, within(1e-12));
    assertThat(ss.failureFrequency()).isCloseTo((1000.0 / 1010) / (1000 * HOUR), within(1e-18));
    assertThat(ss.mtbf()).isCloseTo(1000 * HOUR, within(1e-6));
    assertThat(ss.mttr()).isCloseTo(10 * HOUR, within(1e-6));
    assertThat(ss.meanCycle()).isCloseTo(1010 * HOUR, within(1e-6));
    assertThat(chain.meanTimeToFailure(SingleComponentModel.UP)).isCloseTo(1000 * HOUR, within(1e-6));
    assertThat(ss.downtimePerYear()).isCloseTo(10.0 / 1010 * 365 * 86400, within(1e-6));
  }

  @Test
  void fiveNinesKeepsItsRelativePrecision() {
    // Rates 10 orders of magnitude apart: unavailability λ/(λ+μ) must keep ~10 significant digits.
    double lambda = 1 / (100 * YEAR);
    double mu = 1 / 30.0;
    SteadyState ss = new SingleComponentModel(lambda, mu).chain().steadyState();
    assertThat(ss.unavailability()).isCloseTo(lambda / (lambda + mu), within(1e-9 * lambda / mu));
  }

  @Test
  void seriesOfTwoIndependentComponentsIsTheProduct() {
    double l1 = 1 / (2000 * HOUR);
    double m1 = 1 / (5 * HOUR);
    double l2 = 1 / (800 * HOUR);
    double m2 = 1 / (1 * HOUR);
    Ctmc chain = Ctmc.series(new SingleComponentModel(l1, m1).chain(), new SingleComponentModel(l2, m2).chain());
    SteadyState ss = chain.steadyState();
    double a1 = m1 / (l1 + m1);
    double a2 = m2 / (l2 + m2);

    assertThat(chain.states()).hasSize(4).first().isEqualTo("up & up");
    assertThat(ss.availability()).isCloseTo(AvailabilityFormulas.series(a1, a2), within(1e-12));
    assertThat(ss.availability()).isCloseTo(a1 * a2, within(1e-12));
    // The system fails when either component fails while both are up: f = a1·a2·(λ1 + λ2).
    assertThat(ss.failureFrequency()).isCloseTo(a1 * a2 * (l1 + l2), within(1e-15));
    // From all up, the first failure of either: exponential with rate λ1 + λ2.
    assertThat(chain.meanTimeToFailure("up & up")).isCloseTo(1 / (l1 + l2), within(1e-3));
  }

  @Test
  void parallelOfTwoIndependentComponentsHandBuilt() {
    // Two components, each with its own crew; the system is down only in "down,down".
    double l1 = 1 / (500 * HOUR);
    double m1 = 1 / (20 * HOUR);
    double l2 = 1 / (300 * HOUR);
    double m2 = 1 / (10 * HOUR);
    Ctmc chain = Ctmc.builder()
        .upState("up,up").upState("down,up").upState("up,down").downState("down,down")
        .rate("up,up", "down,up", l1).rate("up,up", "up,down", l2)
        .rate("down,up", "up,up", m1).rate("down,up", "down,down", l2)
        .rate("up,down", "up,up", m2).rate("up,down", "down,down", l1)
        .rate("down,down", "up,down", m1).rate("down,down", "down,up", m2)
        .build();
    double a1 = m1 / (l1 + m1);
    double a2 = m2 / (l2 + m2);

    SteadyState ss = chain.steadyState();
    assertThat(ss.availability()).isCloseTo(AvailabilityFormulas.parallel(a1, a2), within(1e-12));
    assertThat(ss.unavailability()).isCloseTo((1 - a1) * (1 - a2), within(1e-14));
    assertThat(ss.probability("down,down")).isCloseTo((1 - a1) * (1 - a2), within(1e-14));
  }

  @Test
  void parallelOfTwoIdenticalMttfFromAllUp() {
    // Hand derivation, states 2 (both up) and 1 (one up), absorbing at 0:
    //   m2 = 1/(2λ) + m1,  m1 = 1/(λ+μ) + μ/(λ+μ)·m2   =>   m2 = (3λ + μ)/(2λ²).
    double lambda = 1 / (1000 * HOUR);
    double mu = 1 / (10 * HOUR);
    Ctmc chain = new KOfNModel(1, 2, lambda, mu, 2).chain();
    assertThat(chain.meanTimeToFailure(KOfNModel.state(0)))
        .isCloseTo((3 * lambda + mu) / (2 * lambda * lambda), within(1e-3));
  }

  @Test
  void twoOfThreeWithThreeCrewsIsTheBinomialTail() {
    double lambda = 1 / (400 * HOUR);
    double mu = 1 / (8 * HOUR);
    double a = mu / (lambda + mu);
    SteadyState ss = new KOfNModel(2, 3, lambda, mu, 3).chain().steadyState();
    assertThat(ss.availability()).isCloseTo(3 * a * a * (1 - a) + a * a * a, within(1e-12));
    assertThat(ss.availability()).isCloseTo(AvailabilityFormulas.kOfN(2, 3, a), within(1e-12));
  }

  @Test
  void twoOfThreeWithOneCrewIsTheBirthDeathSolution() {
    // Birth-death chain on j failed: up rates 3λ, 2λ, λ; down rates μ (one crew). With ρ = λ/μ the
    // balance equations π_{j+1}·μ = (3 − j)·λ·π_j give π0 : π1 : π2 : π3 = 1 : 3ρ : 6ρ² : 6ρ³, and the
    // system is up in j = 0, 1:  A = (1 + 3ρ) / (1 + 3ρ + 6ρ² + 6ρ³).
    double lambda = 1 / (100 * HOUR);
    double mu = 1 / (10 * HOUR);
    double rho = lambda / mu;
    SteadyState ss = new KOfNModel(2, 3, lambda, mu, 1).chain().steadyState();
    double norm = 1 + 3 * rho + 6 * rho * rho + 6 * rho * rho * rho;
    assertThat(ss.availability()).isCloseTo((1 + 3 * rho) / norm, within(1e-12));
    assertThat(ss.probability(KOfNModel.state(3))).isCloseTo(6 * rho * rho * rho / norm, within(1e-12));
    // Fewer crews, lower availability than independent components.
    double a = mu / (lambda + mu);
    assertThat(ss.availability()).isLessThan(AvailabilityFormulas.kOfN(2, 3, a));
  }

  @Test
  void rejectsBadRatesWithTheRateNamed() {
    assertThatThrownBy(() -> Ctmc.builder().upState("a").downState("b").rate("a", "b", -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rate a -> b is -1.0");
    assertThatThrownBy(() -> Ctmc.builder().upState("a").downState("b").rate("a", "b", Double.NaN))
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> Ctmc.builder().upState("a").downState("b")
        .rate("a", "b", Double.POSITIVE_INFINITY)).hasMessageContaining("finite");
    assertThatThrownBy(() -> Ctmc.builder().upState("a").downState("b").rate("a", "c", 1))
        .hasMessageContaining("unknown state 'c'");
    assertThatThrownBy(() -> Ctmc.builder().upState("a").upState("a"))
        .hasMessageContaining("declared twice");
    assertThatThrownBy(() -> Ctmc.builder().upState("a").rate("a", "a", 1))
        .hasMessageContaining("itself");
    assertThatThrownBy(() -> Ctmc.builder().upState("a").downState("b").rate("a", "b", 1).rate("a", "b", 2))
        .hasMessageContaining("given twice");
  }

  @Test
  void rejectsChainsThatAreNotIrreducible() {
    assertThatThrownBy(() -> Ctmc.builder().upState("up").downState("dead").rate("up", "dead", 1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not irreducible").hasMessageContaining("[dead]");
    assertThatThrownBy(() -> Ctmc.builder().upState("up").downState("down").downState("island")
        .rate("up", "down", 1).rate("down", "up", 1).build())
        .hasMessageContaining("[island] cannot be reached");
  }

  @Test
  void rejectsChainsWithoutUpOrDownStates() {
    assertThatThrownBy(() -> Ctmc.builder().upState("a").upState("b").rate("a", "b", 1).rate("b", "a", 1)
        .build()).hasMessageContaining("at least one up and one down state");
  }

  @Test
  void mttfOnlyFromUpStates() {
    Ctmc chain = SingleComponentModel.ofMeans(10, 1).chain();
    assertThatThrownBy(() -> chain.meanTimeToFailure("down")).hasMessageContaining("'down' is down");
    assertThatThrownBy(() -> chain.meanTimeToFailure("nope")).hasMessageContaining("unknown state");
  }
}
