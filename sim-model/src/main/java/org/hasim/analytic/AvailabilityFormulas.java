package org.hasim.analytic;

/**
 * Closed-form steady-state availability of simple structures. All of them assume components that fail and
 * are repaired <em>independently</em> of each other, each with its own repair crew; see {@code
 * docs/availability-formulas.md} for the derivations and worked examples. Times in seconds.
 */
public final class AvailabilityFormulas {
  /** A year is 365 days here, as in the scenario units (DESIGN §4.1). */
  public static final double SECONDS_PER_YEAR = 365 * 86_400.0;

  private AvailabilityFormulas() {}

  /**
   * One repairable component: A = MTTF / (MTTF + MTTR). By the alternating-renewal theorem this holds for
   * any distributions of up and down times, not only exponential ones: only the means matter.
   */
  public static double single(double mttf, double mttr) {
    requirePositive(mttf, "MTTF");
    requireNonNegative(mttr, "MTTR");
    return mttf / (mttf + mttr);
  }

  /** Series (all must work): A = Π A_i. */
  public static double series(double... availabilities) {
    double product = 1;
    for (double a : availabilities) {
      product *= requireProbability(a);
    }
    return product;
  }

  /** Parallel (one of them suffices): A = 1 − Π (1 − A_i). */
  public static double parallel(double... availabilities) {
    double allDown = 1;
    for (double a : availabilities) {
      allDown *= 1 - requireProbability(a);
    }
    return 1 - allDown;
  }

  /**
   * k-of-n of identical components of availability {@code a}: the system works while at least k work, A =
   * Σ_{i=k}^{n} C(n, i)·aⁱ·(1 − a)ⁿ⁻ⁱ (a binomial tail, since the components are independent).
   */
  public static double kOfN(int k, int n, double a) {
    if (n < 1 || k < 1 || k > n) {
      throw new IllegalArgumentException("k-of-n needs 1 <= k <= n; got k=" + k + ", n=" + n);
    }
    requireProbability(a);
    double sum = 0;
    double binomial = 1; // C(n, i), built up from C(n, 0)
    for (int i = 0; i <= n; i++) {
      if (i >= k) {
        sum += binomial * Math.pow(a, i) * Math.pow(1 - a, n - i);
      }
      binomial = binomial * (n - i) / (i + 1);
    }
    return sum;
  }

  /** Expected downtime per 365-day year in seconds: (1 − A)·365·86400. */
  public static double downtimePerYear(double availability) {
    return (1 - requireProbability(availability)) * SECONDS_PER_YEAR;
  }

  private static double requireProbability(double a) {
    if (!(a >= 0 && a <= 1)) {
      throw new IllegalArgumentException("an availability must lie in [0, 1]; got " + a);
    }
    return a;
  }

  private static void requirePositive(double value, String what) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " must be positive and finite; got " + value);
    }
  }

  private static void requireNonNegative(double value, String what) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " must be >= 0 and finite; got " + value);
    }
  }
}
