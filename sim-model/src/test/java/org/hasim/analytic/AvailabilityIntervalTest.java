package org.hasim.analytic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Trivedi's interval against numbers obtained without commons-math. With ρ̂ = Y_n/S_n and f_p the
 * p-quantile of F(2n, 2n), the interval is [1/(1 + ρ̂·f_{1−α/2}), 1/(1 + ρ̂·f_{α/2})] (derivation in {@link
 * AvailabilityInterval}); the quantiles are computed here by independent routes.
 */
class AvailabilityIntervalTest {

  @Test
  void oneCycleUsesTheClosedFormOfF22() {
    // F(2, 2) has the CDF x/(1 + x), so its p-quantile is p/(1 − p): 39 and 1/39 at 97.5 % and 2.5 %.
    // Trivedi's Example 10.27, n = 1, S = 999 h, Y = 1 h: point estimate 0.999, 95 % CI (0.9624, 1).
    double rhoHat = 1.0 / 999;
    AvailabilityInterval ci = AvailabilityInterval.trivedi(999, 1, 1, 0.95);
    assertThat(ci.availability()).isCloseTo(0.999, within(1e-15));
    assertThat(ci.low()).isCloseTo(1 / (1 + rhoHat * 39), within(1e-8));
    assertThat(ci.high()).isCloseTo(1 / (1 + rhoHat / 39), within(1e-8));
    assertThat(ci.low()).isCloseTo(0.9624, within(5e-5));
  }

  @Test
  void tenCyclesMatchTrivedisExample() {
    // Trivedi's Example 10.27, n = 10, S = 9990 h, Y = 10 h: 95 % CI (0.9975, 0.9996) to four places.
    AvailabilityInterval ci = AvailabilityInterval.trivedi(9990, 10, 10, 0.95);
    assertThat(ci.availability()).isCloseTo(0.999, within(1e-15));
    assertThat(ci.low()).isCloseTo(0.9975, within(5e-5));
    assertThat(ci.high()).isCloseTo(0.9996, within(5e-5));
  }

  @Test
  void threeCyclesAgainstQuantilesFromTheBinomialTail() {
    // If X ~ F(2n, 2n) then X/(1 + X) ~ Beta(n, n), and for integer n
    //   P(Beta(n, n) <= y) = P(Binomial(2n − 1, y) >= n).
    // Bisect that for the quantiles, then build the bounds by hand.
    int n = 3;
    double level = 0.90;
    double up = 2000;
    double down = 7;
    double rhoHat = down / up;
    double fLow = fQuantileByBinomialTail(n, 0.05);
    double fHigh = fQuantileByBinomialTail(n, 0.95);
    AvailabilityInterval ci = AvailabilityInterval.trivedi(up, down, n, level);
    assertThat(ci.low()).isCloseTo(1 / (1 + rhoHat * fHigh), within(1e-8));
    assertThat(ci.high()).isCloseTo(1 / (1 + rhoHat * fLow), within(1e-8));
    assertThat(ci.level()).isEqualTo(level);
    assertThat(ci.cycles()).isEqualTo(n);
  }

  private static double fQuantileByBinomialTail(int n, double p) {
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < 200; i++) {
      double y = (lo + hi) / 2;
      if (binomialTail(2 * n - 1, n, y) < p) {
        lo = y;
      } else {
        hi = y;
      }
    }
    double y = (lo + hi) / 2;
    return y / (1 - y);
  }

  /** P(Binomial(m, y) >= k). */
  private static double binomialTail(int m, int k, double y) {
    double sum = 0;
    double choose = 1;
    for (int j = 0; j <= m; j++) {
      if (j >= k) {
        sum += choose * Math.pow(y, j) * Math.pow(1 - y, m - j);
      }
      choose = choose * (m - j) / (j + 1);
    }
    return sum;
  }

  @Test
  void rejectsImpossibleObservations() {
    assertThatThrownBy(() -> AvailabilityInterval.trivedi(0, 1, 1, 0.95)).hasMessageContaining("up time");
    assertThatThrownBy(() -> AvailabilityInterval.trivedi(1, 1, 0, 0.95)).hasMessageContaining("cycles");
    assertThatThrownBy(() -> AvailabilityInterval.trivedi(1, 1, 1, 1.0)).hasMessageContaining("level");
  }
}
