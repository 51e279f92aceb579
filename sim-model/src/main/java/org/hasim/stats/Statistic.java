package org.hasim.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A metric estimated over replications: the mean and a two-sided Student-t confidence interval, with {@code n}
 * the number of values (replications, or pairs) it rests on. A degenerate sample (n &lt; 2, or all values
 * equal) has {@code ciLow == ciHigh == mean}. An undefined metric (e.g. MTTR when nothing failed) has a NaN
 * mean and interval and {@code n == 0}.
 */
public record Statistic(double mean, double ciLow, double ciHigh, int n) {

  /** The confidence level used unless a caller asks for another. */
  public static final double DEFAULT_LEVEL = 0.95;

  private static final Statistic UNDEFINED = new Statistic(Double.NaN, Double.NaN, Double.NaN, 0);

  /** A metric that has no value (reported as {@code null} with n = 0). */
  public static Statistic undefined() {
    return UNDEFINED;
  }

  /** Mean and 95 % Student-t interval of {@code values}. */
  public static Statistic of(double[] values) {
    return of(values, DEFAULT_LEVEL);
  }

  /**
   * Mean and Student-t interval at confidence {@code level}: mean ± t(n−1, (1+level)/2) · s/√n, with s the
   * sample standard deviation. Values must be finite.
   */
  public static Statistic of(double[] values, double level) {
    checkLevel(level);
    int n = values.length;
    if (n == 0) {
      return undefined();
    }
    double mean = mean(values);
    if (n < 2 || allEqual(values)) {
      return new Statistic(mean, mean, mean, n);
    }
    double variance = sumOfSquaredDeviations(values, mean) / (n - 1);
    return withStandardError(mean, Math.sqrt(variance / n), n - 1, n, level);
  }

  /** mean ± t(df, (1+level)/2) · standardError; degenerate when the standard error is zero. */
  static Statistic withStandardError(double mean, double standardError, double df, int n, double level) {
    if (!(standardError > 0) || n < 2) {
      return new Statistic(mean, mean, mean, n);
    }
    double half = studentQuantile(df, level) * standardError;
    return new Statistic(mean, mean - half, mean + half, n);
  }

  /** The two-sided Student-t quantile t(df, (1+level)/2). */
  static double studentQuantile(double df, double level) {
    checkLevel(level);
    // a null generator: the distribution is only used for its quantile function
    return new TDistribution(null, df).inverseCumulativeProbability(0.5 + level / 2);
  }

  static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
    }
  }

  /** Arithmetic mean; values must be finite. */
  static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("a replication value is not finite: " + v);
      }
      sum += v;
    }
    return sum / values.length;
  }

  static double sumOfSquaredDeviations(double[] values, double mean) {
    double ss = 0;
    for (double v : values) {
      double d = v - mean;
      ss += d * d;
    }
    return ss;
  }

  // checked exactly: the mean of equal values can differ from them by rounding, which would give a
  // spurious tiny interval instead of the degenerate one
  private static boolean allEqual(double[] values) {
    for (double v : values) {
      if (v != values[0]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the metric has a value. */
  public boolean defined() {
    return Double.isFinite(mean);
  }

  /** Half the width of the interval. */
  public double halfWidth() {
    return (ciHigh - ciLow) / 2;
  }

  /** Whether {@code value} lies in the closed interval. */
  public boolean covers(double value) {
    return ciLow <= value && value <= ciHigh;
  }

  /** The same statistic in other units: mean and bounds multiplied by a positive {@code factor}. */
  public Statistic scaled(double factor) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("scale factor must be positive and finite: " + factor);
    }
    return new Statistic(mean * factor, ciLow * factor, ciHigh * factor, n);
  }
}
