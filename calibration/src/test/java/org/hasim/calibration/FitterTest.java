package org.hasim.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hasim.calibration.fit.Fitter;
import org.junit.jupiter.api.Test;

/** The optimisers find the minimum of functions whose minimum is known, inside the unit cube. */
class FitterTest {
  @Test
  void bobyqaFindsAQuadraticsMinimum() {
    Fitter.Result r = Fitter.minimise(new double[] {0.5, 0.5, 0.5},
        u -> sq(u[0] - 0.3) + 4 * sq(u[1] - 0.7) + sq(u[2] - 0.1) + (u[0] - 0.3) * (u[1] - 0.7));
    assertThat(r.method()).startsWith("BOBYQA");
    assertThat(r.u()[0]).isCloseTo(0.3, within(1e-4));
    assertThat(r.u()[1]).isCloseTo(0.7, within(1e-4));
    assertThat(r.u()[2]).isCloseTo(0.1, within(1e-4));
  }

  @Test
  void aMinimumOutsideTheBoundsEndsOnTheBound() {
    Fitter.Result r = Fitter.minimise(new double[] {0.5, 0.5}, u -> sq(u[0] - 1.4) + sq(u[1] + 0.2));
    assertThat(r.u()[0]).isCloseTo(1.0, within(1e-6));
    assertThat(r.u()[1]).isCloseTo(0.0, within(1e-6));
  }

  @Test
  void brentHandlesASingleParameter() {
    Fitter.Result r = Fitter.minimise(new double[] {0.9}, u -> sq(u[0] - 0.25));
    assertThat(r.method()).startsWith("Brent");
    assertThat(r.u()[0]).isCloseTo(0.25, within(1e-6));
  }

  @Test
  void theSameProblemGivesTheSameAnswer() {
    Fitter.Result a = Fitter.minimise(new double[] {0.2, 0.8}, u -> Math.abs(u[0] - 0.6) + sq(u[1] - 0.3));
    Fitter.Result b = Fitter.minimise(new double[] {0.2, 0.8}, u -> Math.abs(u[0] - 0.6) + sq(u[1] - 0.3));
    assertThat(a.u()).isEqualTo(b.u());
    assertThat(a.evaluations()).isEqualTo(b.evaluations());
  }

  private static double sq(double x) {
    return x * x;
  }
}
