package org.hasim.calibration.spec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.function.Function;
import org.hasim.scenario.Units;

/**
 * The kind of a free parameter's value: how it is written in files (parsed by {@link Units}) and shown in
 * reports. Values are SI (seconds, bytes, bits/s, bytes/s). {@link #format} rounds to {@value #DIGITS}
 * significant digits in the display unit, so a calibrated value written to a file reads back exactly as
 * {@link #rounded}.
 */
public enum Quantity {
  DURATION("duration", "ms", 1e-3, Units::duration),
  SIZE("size", "MiB", 1048576.0, t -> (double) Units.size(t)),
  BANDWIDTH("bandwidth", "Mbit/s", 1e6, Units::bandwidth),
  BYTE_RATE("byte-rate", "MiB/s", 1048576.0, Units::byteRate),
  NUMBER("number", "", 1.0, Quantity::plainNumber);

  /** Significant digits of a written calibrated value. */
  public static final int DIGITS = 4;

  private final String key;
  private final String unit;
  private final double factor;
  private final Function<String, Double> parser;

  Quantity(String key, String unit, double factor, Function<String, Double> parser) {
    this.key = key;
    this.unit = unit;
    this.factor = factor;
    this.parser = parser;
  }

  /** The name used in fit files. */
  public String key() {
    return key;
  }

  /** The unit values are shown in ({@code ""} for plain numbers). */
  public String unit() {
    return unit;
  }

  /** SI value → display unit. */
  public double toDisplay(double si) {
    return si / factor;
  }

  /** Parses text with a unit (or a plain number for {@link #NUMBER}) to SI. */
  public double parse(String text) {
    return parser.apply(text);
  }

  Function<String, Double> parser() {
    return parser;
  }

  /** The value as written in a scenario file: {@value #DIGITS} significant digits, e.g. {@code 21.19MiB}. */
  public String format(double si) {
    BigDecimal d = new BigDecimal(toDisplay(si)).round(new MathContext(DIGITS)).stripTrailingZeros();
    return d.toPlainString() + unit;
  }

  /** The value that {@link #format} writes, read back. */
  public double rounded(double si) {
    return parse(format(si));
  }

  public static Quantity ofKey(String key) {
    for (Quantity q : values()) {
      if (q.key.equals(key.toLowerCase(Locale.ROOT))) {
        return q;
      }
    }
    throw new IllegalArgumentException(key);
  }

  private static double plainNumber(String text) {
    try {
      double v = Double.parseDouble(text.trim());
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new Units.QuantityException("'" + text + "' is not a plain number", "write e.g. 0.7");
  }
}
