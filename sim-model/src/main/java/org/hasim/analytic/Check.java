package org.hasim.analytic;

/** Parameter checks shared by the reference models; each names the parameter at fault. */
final class Check {
  private Check() {}

  static double positive(double value, String name) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be positive and finite; got " + value);
    }
    return value;
  }

  static double nonNegative(double value, String name) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be >= 0 and finite; got " + value);
    }
    return value;
  }

  static double probability(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must lie in [0, 1]; got " + value);
    }
    return value;
  }

  static int atLeastOne(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1; got " + value);
    }
    return value;
  }
}
