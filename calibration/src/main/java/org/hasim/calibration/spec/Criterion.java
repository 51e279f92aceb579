package org.hasim.calibration.spec;

import java.util.Locale;

/**
 * What a target asks of its model value(s), in the target's unit. Numeric criteria give a standardised
 * error (0 at the published value, ±1 at the edge of the tolerance) that a fit can minimise; {@link Equals}
 * and {@link Increasing} are qualitative and can only be checked.
 */
public sealed interface Criterion {

  /** Whether a fit can minimise this criterion's error. */
  boolean fittable();

  /** For people: {@code 210 ± 52.5 ms}, {@code in [0.7, 0.9]}, {@code increasing}. */
  String describe(String unit);

  /** Numeric criteria: pass or not, and the standardised error. */
  sealed interface Numeric extends Criterion {
    boolean passes(double model);

    double standardError(double model);

    @Override
    default boolean fittable() {
      return true;
    }
  }

  /** The published value within an absolute tolerance ({@code toleranceText} keeps how it was written). */
  record Near(double value, double tolerance, String toleranceText) implements Numeric {
    @Override
    public boolean passes(double model) {
      // a hair of slack so that a value exactly at the edge of the tolerance passes despite rounding
      return Math.abs(model - value) <= tolerance * (1 + 1e-12) + 1e-12 * Math.abs(value);
    }

    @Override
    public double standardError(double model) {
      if (tolerance > 0) {
        return (model - value) / tolerance;
      }
      return model == value ? 0 : Math.signum(model - value) * 1e6;
    }

    @Override
    public boolean fittable() {
      return tolerance > 0;
    }

    @Override
    public String describe(String unit) {
      String tol = toleranceText.endsWith("%") ? num(tolerance) + " (" + toleranceText + ")" : num(tolerance);
      return num(value) + " ± " + tol + suffix(unit);
    }
  }

  /** A closed interval. The standardised error is measured from its middle, in half-widths. */
  record Range(double low, double high) implements Numeric {
    @Override
    public boolean passes(double model) {
      return low <= model && model <= high;
    }

    @Override
    public double standardError(double model) {
      double half = (high - low) / 2;
      return half > 0 ? (model - (low + high) / 2) / half : (passes(model) ? 0 : 1e6);
    }

    @Override
    public String describe(String unit) {
      return "in [" + num(low) + ", " + num(high) + "]" + suffix(unit);
    }
  }

  /** At most {@code limit}; the error counts only the excess, relative to the limit. */
  record AtMost(double limit) implements Numeric {
    @Override
    public boolean passes(double model) {
      return model <= limit;
    }

    @Override
    public double standardError(double model) {
      return Math.max(0, model - limit) / Math.max(Math.abs(limit), 1e-12);
    }

    @Override
    public String describe(String unit) {
      return "≤ " + num(limit) + suffix(unit);
    }
  }

  /** At least {@code limit}. */
  record AtLeast(double limit) implements Numeric {
    @Override
    public boolean passes(double model) {
      return model >= limit;
    }

    @Override
    public double standardError(double model) {
      return Math.max(0, limit - model) / Math.max(Math.abs(limit), 1e-12);
    }

    @Override
    public String describe(String unit) {
      return "≥ " + num(limit) + suffix(unit);
    }
  }

  /** A word, e.g. a stop reason or a distribution's kind. */
  record Equals(String text) implements Criterion {
    @Override
    public boolean fittable() {
      return false;
    }

    @Override
    public String describe(String unit) {
      return "= " + text;
    }
  }

  /** The means of the target's measures, in the order listed, strictly increase. */
  record Increasing() implements Criterion {
    @Override
    public boolean fittable() {
      return false;
    }

    @Override
    public String describe(String unit) {
      return "increasing in the order listed";
    }
  }

  /** A number for people: up to 6 significant digits, no exponent for ordinary magnitudes. */
  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%d", (long) v);
    }
    String s = String.format(Locale.ROOT, "%.6g", v);
    if (s.contains("e")) {
      return s;
    }
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }

  private static String suffix(String unit) {
    return unit == null || unit.isEmpty() ? "" : " " + unit;
  }
}
