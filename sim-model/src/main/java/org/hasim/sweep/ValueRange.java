package org.hasim.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hasim.scenario.tree.Location;

/**
 * A range of values written {@code lo..hi:step}: plain numbers ({@code 1..5:1}, {@code 0.5..0.9:0.1}) or
 * quantities with one unit written the same on all three ({@code 10s..60s:10s}, {@code
 * 100Mbit/s..1000Mbit/s:300Mbit/s}). The values are lo, lo + step, … up to hi inclusive, computed in exact
 * decimal arithmetic and written back with the unit, so they are checked by the loader like any value in a
 * file (this class does not interpret units).
 */
public final class ValueRange {
  /** A decimal number whose point is followed by a digit, so that "1..5" is not read as "1." and ".5". */
  private static final String NUMBER = "([+-]?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)";
  private static final String UNIT = "([A-Za-zµμ/%][A-Za-z0-9µμ/%]*)?";
  private static final Pattern RANGE = Pattern.compile(
      "\\s*" + NUMBER + "\\s*" + UNIT + "\\s*\\.\\.\\s*" + NUMBER + "\\s*" + UNIT + "\\s*:\\s*" + NUMBER + "\\s*"
          + UNIT + "\\s*");
  /** At most this many values from one range: a typo such as a step of 0.0001 should not start a month-long run. */
  static final int MAX_VALUES = 10_000;
  private static final String HINT = "write lo..hi:step with one unit, e.g. 1..5:1 or 10s..60s:10s";

  private ValueRange() {}

  /** Whether {@code text} is written as a range ({@code lo..hi:step}). */
  public static boolean looksLikeRange(String text) {
    return text.contains("..");
  }

  /**
   * The values of the range {@code text} for the parameter {@code path}; empty when {@code text} is not a
   * range at all.
   *
   * @throws org.hasim.scenario.InputException for a range that is malformed, mixes units, has a step of zero
   *     or less, runs downwards, or has more than {@value #MAX_VALUES} values
   */
  public static Optional<List<String>> expand(String text, String path, Location at) {
    if (!looksLikeRange(text)) {
      return Optional.empty();
    }
    Matcher m = RANGE.matcher(text);
    if (!m.matches()) {
      throw at.error(path, "cannot read the range '" + text.trim() + "'", HINT);
    }
    String unit = unit(m.group(2));
    if (!unit.equals(unit(m.group(4))) || !unit.equals(unit(m.group(6)))) {
      throw at.error(path, "the range '" + text.trim() + "' mixes units", HINT + " (convert all three to one unit)");
    }
    BigDecimal lo = new BigDecimal(m.group(1));
    BigDecimal hi = new BigDecimal(m.group(3));
    BigDecimal step = new BigDecimal(m.group(5));
    if (step.signum() <= 0) {
      throw at.error(path, "the step of '" + text.trim() + "' must be above 0", HINT);
    }
    if (hi.compareTo(lo) < 0) {
      throw at.error(path, "the range '" + text.trim() + "' runs downwards (hi < lo)", "write the lower bound first");
    }
    BigDecimal count = hi.subtract(lo).divide(step, java.math.MathContext.DECIMAL64);
    if (count.compareTo(BigDecimal.valueOf(MAX_VALUES)) >= 0) {
      throw at.error(path, "the range '" + text.trim() + "' has more than " + MAX_VALUES + " values",
          "use a larger step");
    }
    List<String> out = new ArrayList<>();
    for (BigDecimal v = lo; v.compareTo(hi) <= 0; v = v.add(step)) {
      out.add(plain(v) + unit);
    }
    return Optional.of(out);
  }

  private static String unit(String u) {
    return u == null ? "" : u;
  }

  private static String plain(BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }
}
