package org.hasim.failure;

import java.util.Arrays;
import umontreal.ssj.probdist.GammaDist;
import umontreal.ssj.rng.RandomStream;

/**
 * A distribution of durations in seconds (times to failure, repair, boot, ...). Each variant samples by
 * inversion from one uniform of the caller's stream, so one source consumes exactly one uniform per draw
 * whatever the distribution: changing a distribution never shifts another source's numbers.
 */
public sealed interface Distribution {

  /** Draws one duration (seconds, >= 0). */
  double sample(RandomStream stream);

  /** Mean duration in seconds. */
  double mean();

  /** True when the distribution is exponential (the analytic layer's assumption). */
  default boolean isExponential() {
    return false;
  }

  /** Short human description, e.g. {@code weibull(shape=0.7, scale=1.2e7s)}. */
  String describe();

  record Exponential(double mean) implements Distribution {
    @Override
    public double sample(RandomStream s) {
      return -mean * Math.log1p(-s.nextDouble());
    }

    @Override
    public boolean isExponential() {
      return true;
    }

    @Override
    public String describe() {
      return "exponential(mean=" + mean + "s)";
    }
  }

  record Weibull(double shape, double scale) implements Distribution {
    @Override
    public double sample(RandomStream s) {
      return scale * Math.pow(-Math.log1p(-s.nextDouble()), 1.0 / shape);
    }

    @Override
    public double mean() {
      return scale * Math.exp(org.apache.commons.math3.special.Gamma.logGamma(1.0 + 1.0 / shape));
    }

    @Override
    public boolean isExponential() {
      return shape == 1.0;
    }

    @Override
    public String describe() {
      return "weibull(shape=" + shape + ", scale=" + scale + "s)";
    }
  }

  /** Lognormal with log-mean {@code mu} and log-sd {@code sigma}. */
  record Lognormal(double mu, double sigma) implements Distribution {
    public static Lognormal ofMedian(double median, double sigma) {
      return new Lognormal(Math.log(median), sigma);
    }

    public static Lognormal ofMeanSd(double mean, double sd) {
      double s2 = Math.log(1 + (sd * sd) / (mean * mean));
      return new Lognormal(Math.log(mean) - s2 / 2, Math.sqrt(s2));
    }

    @Override
    public double sample(RandomStream s) {
      double u = s.nextDouble();
      return Math.exp(mu + sigma * umontreal.ssj.probdist.NormalDist.inverseF01(u));
    }

    @Override
    public double mean() {
      return Math.exp(mu + sigma * sigma / 2);
    }

    @Override
    public String describe() {
      return "lognormal(median=" + Math.exp(mu) + "s, sigma=" + sigma + ")";
    }
  }

  record Gamma(double shape, double scale) implements Distribution {
    @Override
    public double sample(RandomStream s) {
      return GammaDist.inverseF(shape, 1.0 / scale, 12, s.nextDouble());
    }

    @Override
    public double mean() {
      return shape * scale;
    }

    @Override
    public boolean isExponential() {
      return shape == 1.0;
    }

    @Override
    public String describe() {
      return "gamma(shape=" + shape + ", scale=" + scale + "s)";
    }
  }

  record Deterministic(double value) implements Distribution {
    @Override
    public double sample(RandomStream s) {
      s.nextDouble(); // keep one uniform per draw, see the interface comment
      return value;
    }

    @Override
    public double mean() {
      return value;
    }

    @Override
    public String describe() {
      return "deterministic(" + value + "s)";
    }
  }

  record Uniform(double min, double max) implements Distribution {
    @Override
    public double sample(RandomStream s) {
      return min + (max - min) * s.nextDouble();
    }

    @Override
    public double mean() {
      return (min + max) / 2;
    }

    @Override
    public String describe() {
      return "uniform(" + min + "s, " + max + "s)";
    }
  }

  /** Resamples observed durations (sorted ascending) with equal weights. */
  record Empirical(double[] sortedValues, String source) implements Distribution {
    public Empirical {
      sortedValues = sortedValues.clone();
      Arrays.sort(sortedValues);
    }

    @Override
    public double sample(RandomStream s) {
      int i = (int) (s.nextDouble() * sortedValues.length);
      return sortedValues[Math.min(i, sortedValues.length - 1)];
    }

    @Override
    public double mean() {
      return Arrays.stream(sortedValues).average().orElse(0);
    }

    @Override
    public String describe() {
      return "empirical(" + sortedValues.length + " values from " + source + ")";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Empirical e && Arrays.equals(sortedValues, e.sortedValues) && source.equals(e.source);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(sortedValues) * 31 + source.hashCode();
    }

    @Override
    public String toString() {
      return describe();
    }
  }
}
