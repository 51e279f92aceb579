package org.hasim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class RatioAndDifferencesTest {
  private static final double T2_975 = 4.302653;

  @Test
  void ratioEstimatorByHand() {
    // R = 60/7; residuals y - R x = 10/7, 20/7, -30/7; s_d^2 = (100+400+900)/49/2; se = s_d/(xbar sqrt 3)
    Statistic r = RatioEstimator.estimate(new double[] {10, 20, 30}, new double[] {1, 2, 4});
    double sd = Math.sqrt(1400.0 / 49 / 2);
    double se = sd / (7.0 / 3) / Math.sqrt(3);
    assertThat(r.mean()).isCloseTo(60.0 / 7, within(1e-12));
    assertThat(r.ciLow()).isCloseTo(60.0 / 7 - T2_975 * se, within(1e-5));
    assertThat(r.ciHigh()).isCloseTo(60.0 / 7 + T2_975 * se, within(1e-5));
    assertThat(r.n()).isEqualTo(3);
  }

  @Test
  void ratioWithNothingToDivideByIsUndefinedAndOneReplicationIsDegenerate() {
    assertThat(RatioEstimator.estimate(new double[] {0, 0}, new double[] {0, 0}).defined()).isFalse();
    assertThat(RatioEstimator.estimate(new double[] {0, 0}, new double[] {0, 0}).n()).isZero();
    assertThat(RatioEstimator.estimate(new double[] {50}, new double[] {4})).isEqualTo(new Statistic(12.5, 12.5, 12.5, 1));
  }

  @Test
  void ratioIntervalCoversTheTrueMttrAboutNinetyFivePercentOfTheTime() {
    // each replication: Poisson(3) outages with exponential repair times of mean 5 s -> true MTTR 5 s
    SplittableRandom random = new SplittableRandom(3);
    PoissonDistribution poisson = new PoissonDistribution(new Well19937c(5), 3, 1e-12, 10_000);
    int trials = 1500;
    int covered = 0;
    for (int t = 0; t < trials; t++) {
      double[] down = new double[40];
      double[] outages = new double[40];
      for (int i = 0; i < 40; i++) {
        int k = poisson.sample();
        outages[i] = k;
        for (int j = 0; j < k; j++) {
          down[i] += -5 * Math.log(1 - random.nextDouble());
        }
      }
      if (RatioEstimator.estimate(down, outages).covers(5.0)) {
        covered++;
      }
    }
    assertThat(covered / (double) trials).isBetween(0.925, 0.97);
  }

  @Test
  void pairedDifferenceByHand() {
    // d = 1, 2, 1: mean 4/3, s^2 = 1/3, se = 1/3
    Statistic d = Differences.paired(new double[] {5, 7, 9}, new double[] {4, 5, 8}, 0.95);
    assertThat(d.mean()).isCloseTo(4.0 / 3, within(1e-12));
    assertThat(d.halfWidth()).isCloseTo(T2_975 / 3, within(1e-5));
    assertThat(d.n()).isEqualTo(3);
  }

  @Test
  void welchDifferenceByHand() {
    // means 13 and 9.75; squared standard errors (20/3)/4 and (1.25/3)/4; Welch–Satterthwaite df 3.37354
    Statistic d = Differences.welch(new double[] {10, 12, 14, 16}, new double[] {9, 9.5, 10, 10.5}, 0.95);
    double se = Math.sqrt(20.0 / 12 + 1.25 / 12);
    double t = new TDistribution(3.373540856).inverseCumulativeProbability(0.975);
    assertThat(d.mean()).isCloseTo(3.25, within(1e-12));
    assertThat(d.halfWidth()).isCloseTo(t * se, within(1e-6));
    assertThat(d.n()).isEqualTo(4);
  }

  @Test
  void pairedRatioDifferenceAgainstAZeroBaselineIsTheRatioItself() {
    double[] y = {10, 20, 30};
    double[] x = {1, 2, 4};
    Statistic diff = Differences.pairedRatio(y, x, new double[3], new double[] {1, 1, 1}, 0.95);
    Statistic ratio = RatioEstimator.estimate(y, x);
    assertThat(diff.mean()).isCloseTo(ratio.mean(), within(1e-12));
    assertThat(diff.halfWidth()).isCloseTo(ratio.halfWidth(), within(1e-9));
  }

  @Test
  void pairedRatioDifferenceOfIdenticalVariantsIsExactlyZero() {
    double[] y = {10, 20, 30};
    double[] x = {1, 2, 4};
    assertThat(Differences.pairedRatio(y, x, y, x, 0.95)).isEqualTo(new Statistic(0, 0, 0, 3));
    Statistic unpaired = Differences.unpairedRatio(y, x, y, x, 0.95);
    assertThat(unpaired.mean()).isZero();
    assertThat(unpaired.halfWidth()).isPositive();
  }

  @Test
  void ratioDifferencesAreUndefinedWhenEitherSideHasNoOutage() {
    double[] y = {10, 20};
    double[] x = {1, 2};
    double[] zero = {0, 0};
    assertThat(Differences.pairedRatio(y, x, zero, zero, 0.95).defined()).isFalse();
    assertThat(Differences.unpairedRatio(zero, zero, y, x, 0.95).defined()).isFalse();
  }
}
