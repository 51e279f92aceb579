package org.hasim.stats;

/**
 * Differences between two variants of a scenario run on common random numbers: replication i of both
 * variants drew the same failures, so the difference is estimated from the per-replication differences
 * (paired), whose variance is much smaller than the sum of the two variances when the variants are
 * positively correlated. The unpaired (Welch) interval of the same difference is there for comparison.
 */
public final class Differences {
  private Differences() {}

  /** Mean of (variant_i − base_i) with its Student-t interval; n = number of pairs. */
  public static Statistic paired(double[] variant, double[] base, double level) {
    RatioEstimator.checkSameLength(variant, base);
    double[] d = new double[variant.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = variant[i] - base[i];
    }
    return Statistic.of(d, level);
  }

  /**
   * mean(variant) − mean(base) with Welch's interval: standard error √(s_v²/n_v + s_b²/n_b), degrees of freedom
   * by Welch–Satterthwaite; n = the smaller sample size. It ignores the pairing.
   */
  public static Statistic welch(double[] variant, double[] base, double level) {
    Statistic.checkLevel(level);
    int nv = variant.length;
    int nb = base.length;
    if (nv == 0 || nb == 0) {
      return Statistic.undefined();
    }
    double mv = Statistic.mean(variant);
    double mb = Statistic.mean(base);
    double diff = mv - mb;
    if (nv < 2 || nb < 2) {
      return new Statistic(diff, diff, diff, Math.min(nv, nb));
    }
    double qv = Statistic.sumOfSquaredDeviations(variant, mv) / (nv - 1) / nv;
    double qb = Statistic.sumOfSquaredDeviations(base, mb) / (nb - 1) / nb;
    return welchInterval(diff, qv, qb, nv, nb, level);
  }

  /**
   * Difference of two ratio estimators (see {@link RatioEstimator}), R_v − R_b, paired by replication: its
   * delta-method variance is the sample variance of the per-replication differences of the two ratios'
   * influence values, divided by n. Undefined when either ratio is.
   */
  public static Statistic pairedRatio(double[] yv, double[] xv, double[] yb, double[] xb, double level) {
    Statistic.checkLevel(level);
    RatioEstimator.checkSameLength(yv, yb);
    Ratio v = Ratio.of(yv, xv);
    Ratio b = Ratio.of(yb, xb);
    if (v == null || b == null) {
      return Statistic.undefined();
    }
    int n = yv.length;
    double[] dz = new double[n];
    for (int i = 0; i < n; i++) {
      dz[i] = v.influence[i] - b.influence[i];
    }
    double variance = n < 2 ? 0 : Statistic.sumOfSquaredDeviations(dz, Statistic.mean(dz)) / (n - 1);
    return Statistic.withStandardError(v.value - b.value, Math.sqrt(variance / n), n - 1, n, level);
  }

  /** R_v − R_b ignoring the pairing: each ratio's own delta-method variance, Welch–Satterthwaite df. */
  public static Statistic unpairedRatio(double[] yv, double[] xv, double[] yb, double[] xb, double level) {
    Statistic.checkLevel(level);
    Ratio v = Ratio.of(yv, xv);
    Ratio b = Ratio.of(yb, xb);
    if (v == null || b == null) {
      return Statistic.undefined();
    }
    int nv = yv.length;
    int nb = yb.length;
    double diff = v.value - b.value;
    if (nv < 2 || nb < 2) {
      return new Statistic(diff, diff, diff, Math.min(nv, nb));
    }
    double qv = Statistic.sumOfSquaredDeviations(v.influence, 0) / (nv - 1) / nv;
    double qb = Statistic.sumOfSquaredDeviations(b.influence, 0) / (nb - 1) / nb;
    return welchInterval(diff, qv, qb, nv, nb, level);
  }

  /** diff ± t(df) √(qv + qb), qv and qb the squared standard errors of the two means. */
  private static Statistic welchInterval(double diff, double qv, double qb, int nv, int nb, double level) {
    double q = qv + qb;
    if (!(q > 0)) {
      return new Statistic(diff, diff, diff, Math.min(nv, nb));
    }
    double df = q * q / (qv * qv / (nv - 1) + qb * qb / (nb - 1));
    return Statistic.withStandardError(diff, Math.sqrt(q), df, Math.min(nv, nb), level);
  }

  /** A ratio estimate with its influence values, or null when undefined. */
  private record Ratio(double value, double[] influence) {
    static Ratio of(double[] y, double[] x) {
      RatioEstimator.checkSameLength(y, x);
      if (y.length == 0) {
        return null;
      }
      double meanX = Statistic.mean(x);
      if (meanX == 0) {
        return null;
      }
      double value = Statistic.mean(y) / meanX;
      return new Ratio(value, RatioEstimator.linearised(y, x, value, meanX));
    }
  }
}
