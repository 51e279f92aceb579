package org.hasim.analytic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Closed forms against numbers worked by hand and against each other's special cases. */
class AvailabilityFormulasTest {

  @Test
  void singleComponent() {
    assertThat(AvailabilityFormulas.single(99, 1)).isEqualTo(0.99);
    // Nguyen et al. host: MTTF 1 year (8760 h), repair 3 days (72 h): 8760/8832.
    assertThat(AvailabilityFormulas.single(8760, 72)).isCloseTo(0.9918478, within(1e-7));
  }

  @Test
  void seriesAndParallelByHand() {
    assertThat(AvailabilityFormulas.series(0.99, 0.98)).isCloseTo(0.9702, within(1e-15));
    assertThat(AvailabilityFormulas.parallel(0.99, 0.98)).isCloseTo(1 - 0.01 * 0.02, within(1e-15));
    assertThat(AvailabilityFormulas.parallel(0.9, 0.9, 0.9)).isCloseTo(0.999, within(1e-15));
  }

  @Test
  void kOfNSpecialCasesAreSeriesAndParallel() {
    double a = 0.97;
    assertThat(AvailabilityFormulas.kOfN(1, 4, a)).isCloseTo(AvailabilityFormulas.parallel(a, a, a, a), within(1e-15));
    assertThat(AvailabilityFormulas.kOfN(4, 4, a)).isCloseTo(AvailabilityFormulas.series(a, a, a, a), within(1e-15));
    // 2-of-3 by hand: 3a²(1−a) + a³ with a = 0.9: 3·0.81·0.1 + 0.729 = 0.972.
    assertThat(AvailabilityFormulas.kOfN(2, 3, 0.9)).isCloseTo(0.972, within(1e-15));
  }

  @Test
  void downtimePerYear() {
    // Four nines: 0.0001 · 525600 min = 52.56 min.
    assertThat(AvailabilityFormulas.downtimePerYear(0.9999) / 60).isCloseTo(52.56, within(1e-9));
  }

  @Test
  void rejectsImpossibleInputs() {
    assertThatThrownBy(() -> AvailabilityFormulas.single(0, 1)).hasMessageContaining("MTTF");
    assertThatThrownBy(() -> AvailabilityFormulas.single(1, -1)).hasMessageContaining("MTTR");
    assertThatThrownBy(() -> AvailabilityFormulas.series(1.2)).hasMessageContaining("[0, 1]");
    assertThatThrownBy(() -> AvailabilityFormulas.kOfN(4, 3, 0.9)).hasMessageContaining("k <= n");
  }
}
