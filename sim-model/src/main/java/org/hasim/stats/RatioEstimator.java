package org.hasim.stats;

/**
 * Ratio of sums over replications, for metrics such as MTTR (total downtime / total outages) and MTBF (total
 * uptime / total outages), where the per-replication ratio is undefined or very noisy in replications with
 * few or no outages.
 *
 * <p>Estimator: R = Σ y_i / Σ x_i over the n replications (every outage weighs the same, whichever
 * replication it fell in). It is consistent but not unbiased (bias O(1/n)).
 *
 * <p>Interval, by the delta method (first-order Taylor expansion of ȳ/x̄ around the true means): with the
 * residuals d_i = y_i − R x_i and their sample variance s_d² = Σ d_i² / (n − 1),
 * Var(R) ≈ s_d² / (n x̄²), and the interval is R ± t(n−1, (1+level)/2) · s_d / (x̄ √n). It is accurate when
 * the coefficient of variation of x̄ is small (many outages in total); with few outages read it as rough.
 *
 * <p>Degenerate cases: Σ x_i = 0 (nothing to divide by) gives {@link Statistic#undefined()}; n = 1, or all
 * residuals zero, gives an interval of zero width.
 */
public final class RatioEstimator {
  private RatioEstimator() {}

  /** Σy/Σx with its delta-method interval at confidence {@code level}. */
  public static Statistic estimate(double[] y, double[] x, double level) {
    Statistic.checkLevel(level);
    checkSameLength(y, x);
    int n = y.length;
    double meanX = Statistic.mean(x);
    if (n == 0 || meanX == 0) {
      return Statistic.undefined();
    }
    double ratio = Statistic.mean(y) / meanX;
    double[] linearised = linearised(y, x, ratio, meanX);
    double variance = n < 2 ? 0 : Statistic.sumOfSquaredDeviations(linearised, 0) / (n - 1);
    return Statistic.withStandardError(ratio, Math.sqrt(variance / n), n - 1, n, level);
  }

  /** Σy/Σx at the default 95 % level. */
  public static Statistic estimate(double[] y, double[] x) {
    return estimate(y, x, Statistic.DEFAULT_LEVEL);
  }

  /**
   * The ratio's influence values (y_i − R x_i) / x̄: R's delta-method variance is their sample variance / n.
   * Differences of ratios on paired replications use them to pair up (see {@link Differences}).
   */
  static double[] linearised(double[] y, double[] x, double ratio, double meanX) {
    double[] z = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      z[i] = (y[i] - ratio * x[i]) / meanX;
    }
    return z;
  }

  static void checkSameLength(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("paired samples differ in length: " + a.length + " vs " + b.length);
    }
  }
}
