package org.hasim.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hasim.calibration.spec.Criterion;
import org.junit.jupiter.api.Test;

/** Pass/fail and standardised errors, against values worked out by hand. */
class CriterionTest {
  @Test
  void nearPassesWithinTheToleranceAndMeasuresErrorInTolerances() {
    Criterion.Near c = new Criterion.Near(210, 52.5, "25%");
    assertThat(c.passes(262.5)).isTrue();
    assertThat(c.passes(157.5)).isTrue();
    assertThat(c.passes(263)).isFalse();
    assertThat(c.standardError(262.5)).isCloseTo(1.0, within(1e-12));
    assertThat(c.standardError(105)).isCloseTo(-2.0, within(1e-12));
    assertThat(c.describe("ms")).isEqualTo("210 ± 52.5 (25%) ms");
  }

  @Test
  void aZeroToleranceMeansExactly() {
    Criterion.Near c = new Criterion.Near(29, 0, "0");
    assertThat(c.passes(29)).isTrue();
    assertThat(c.passes(28)).isFalse();
    assertThat(c.fittable()).isFalse();
  }

  @Test
  void rangeMeasuresFromItsMiddleInHalfWidths() {
    Criterion.Range r = new Criterion.Range(0.7, 0.9);
    assertThat(r.passes(0.7)).isTrue();
    assertThat(r.passes(0.91)).isFalse();
    assertThat(r.standardError(0.8)).isCloseTo(0, within(1e-12));
    assertThat(r.standardError(1.0)).isCloseTo(2, within(1e-12));
  }

  @Test
  void boundsCountOnlyTheExcess() {
    Criterion.AtMost m = new Criterion.AtMost(20);
    assertThat(m.passes(20)).isTrue();
    assertThat(m.standardError(13.9)).isZero();
    assertThat(m.standardError(25)).isCloseTo(0.25, within(1e-12));
    Criterion.AtLeast l = new Criterion.AtLeast(4);
    assertThat(l.passes(3)).isFalse();
    assertThat(l.standardError(3)).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void qualitativeCriteriaCannotBeFitted() {
    assertThat(new Criterion.Equals("max_rate").fittable()).isFalse();
    assertThat(new Criterion.Increasing().fittable()).isFalse();
  }
}
