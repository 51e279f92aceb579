package org.hasim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

class StatisticTest {
  // two-sided Student-t quantiles from printed tables
  private static final double T4_975 = 2.776445;
  private static final double T4_95 = 2.131847;

  @Test
  void fiveValuesByHand() {
    // mean 3, s^2 = 2.5, s/sqrt(5) = sqrt(0.5)
    Statistic s = Statistic.of(new double[] {1, 2, 3, 4, 5});
    double half = T4_975 * Math.sqrt(0.5);
    assertThat(s.mean()).isEqualTo(3.0);
    assertThat(s.ciLow()).isCloseTo(3 - half, within(1e-5));
    assertThat(s.ciHigh()).isCloseTo(3 + half, within(1e-5));
    assertThat(s.n()).isEqualTo(5);
  }

  @Test
  void levelIsConfigurable() {
    Statistic s = Statistic.of(new double[] {1, 2, 3, 4, 5}, 0.90);
    assertThat(s.halfWidth()).isCloseTo(T4_95 * Math.sqrt(0.5), within(1e-5));
  }

  @Test
  void agreesWithCommonsMathSummaryStatisticsAndTDistribution() {
    SplittableRandom random = new SplittableRandom(7);
    double[] values = new double[37];
    SummaryStatistics summary = new SummaryStatistics();
    for (int i = 0; i < values.length; i++) {
      values[i] = 100 + 15 * random.nextGaussian();
      summary.addValue(values[i]);
    }
    double half = new TDistribution(36).inverseCumulativeProbability(0.975)
        * summary.getStandardDeviation() / Math.sqrt(37);
    Statistic s = Statistic.of(values);
    assertThat(s.mean()).isCloseTo(summary.getMean(), within(1e-9));
    assertThat(s.ciLow()).isCloseTo(summary.getMean() - half, within(1e-9));
    assertThat(s.ciHigh()).isCloseTo(summary.getMean() + half, within(1e-9));
  }

  @Test
  void coversTheTrueMeanAboutNinetyFivePercentOfTheTime() {
    SplittableRandom random = new SplittableRandom(11);
    int covered = 0;
    int trials = 4000;
    for (int t = 0; t < trials; t++) {
      double[] v = new double[5];
      for (int i = 0; i < v.length; i++) {
        v[i] = 10 + 2 * random.nextGaussian();
      }
      if (Statistic.of(v).covers(10)) {
        covered++;
      }
    }
    // binomial sd at 4000 trials is 0.0034: a 95 % interval must cover 93.6 % .. 96.4 %
    assertThat(covered / (double) trials).isBetween(0.936, 0.964);
  }

  @Test
  void degenerateSamplesHaveAZeroWidthInterval() {
    assertThat(Statistic.of(new double[] {4.5})).isEqualTo(new Statistic(4.5, 4.5, 4.5, 1));
    Statistic equal = Statistic.of(new double[] {0.1, 0.1, 0.1});
    assertThat(equal.ciLow()).isEqualTo(equal.mean());
    assertThat(equal.ciHigh()).isEqualTo(equal.mean());
    assertThat(equal.n()).isEqualTo(3);
    assertThat(Statistic.of(new double[0])).isEqualTo(Statistic.undefined());
    assertThat(Statistic.undefined().defined()).isFalse();
    assertThat(Statistic.undefined().n()).isZero();
  }

  @Test
  void rejectsBadLevelsAndNonFiniteValues() {
    assertThatThrownBy(() -> Statistic.of(new double[] {1, 2}, 1.0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Statistic.of(new double[] {1, 2}, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Statistic.of(new double[] {1, Double.NaN})).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void scalingMultipliesMeanAndBounds() {
    Statistic s = new Statistic(2, 1, 4, 9).scaled(60);
    assertThat(s).isEqualTo(new Statistic(120, 60, 240, 9));
  }
}
