package org.hasim.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hasim.scenario.InputException;

/**
 * STOPGAP unit parser for command-line quantities (DESIGN §4.1). TODO(lead): replace with the scenario
 * loader's {@code org.hasim.scenario.Units} once it is merged; the spellings accepted here are meant to be
 * the same. A number without a unit, an unknown unit or a negative value is an {@link InputException}.
 */
final class CliUnits {
  private static final Pattern QUANTITY =
      Pattern.compile("\\s*([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE]([-+]?[0-9]+))?\\s*(\\S*)\\s*");

  /** Sizes, to bytes. */
  static final Map<String, Double> SIZE = units(
      "B", 1, "KiB", 1024, "MiB", 1 << 20, "GiB", 1L << 30, "TiB", 1L << 40,
      "kB", 1e3, "MB", 1e6, "GB", 1e9, "TB", 1e12);
  /** Data rates, to bits/s. */
  static final Map<String, Double> RATE = units(
      "bit/s", 1, "kbit/s", 1e3, "Mbit/s", 1e6, "Gbit/s", 1e9,
      "B/s", 8, "kB/s", 8e3, "MB/s", 8e6, "GB/s", 8e9,
      "KiB/s", 8 * 1024, "MiB/s", 8.0 * (1 << 20), "GiB/s", 8.0 * (1L << 30));
  /** Durations, to seconds. */
  static final Map<String, Double> TIME = units(
      "us", 1e-6, "ms", 1e-3, "s", 1, "min", 60, "h", 3600, "d", 86400);

  private CliUnits() {}

  /** Bytes. */
  static double size(String option, String text) {
    return parse(option, text, SIZE, "a size", "1GiB");
  }

  /** Bits per second. */
  static double bitRate(String option, String text) {
    return parse(option, text, RATE, "a data rate", "1Gbit/s");
  }

  /** Bytes per second. */
  static double byteRate(String option, String text) {
    return parse(option, text, RATE, "a data rate", "25MiB/s") / 8.0;
  }

  /** Seconds. */
  static double time(String option, String text) {
    return parse(option, text, TIME, "a duration", "20ms");
  }

  private static double parse(String option, String text, Map<String, Double> units, String what,
      String example) {
    Matcher m = QUANTITY.matcher(text == null ? "" : text);
    String allowed = "Allowed units: " + String.join(", ", units.keySet());
    if (!m.matches()) {
      throw bad(option, "'" + text + "' is not " + what, "Write a non-negative number and a unit, e.g. "
          + example + ". " + allowed);
    }
    String unit = m.group(3);
    if (unit.isEmpty()) {
      throw bad(option, "'" + text.trim() + "' has no unit", "Write it with a unit, e.g. " + example
          + ". " + allowed);
    }
    Double factor = units.get(unit);
    if (factor == null) {
      String near = caseInsensitive(units, unit);
      throw bad(option, "unknown unit '" + unit + "' for " + what,
          (near != null ? "Did you mean '" + near + "'? " : "") + allowed);
    }
    double value = Double.parseDouble(m.group(1) + (m.group(2) == null ? "" : "e" + m.group(2)));
    return value * factor;
  }

  private static String caseInsensitive(Map<String, Double> units, String unit) {
    for (String u : units.keySet()) {
      if (u.toLowerCase(Locale.ROOT).equals(unit.toLowerCase(Locale.ROOT))) {
        return u;
      }
    }
    return null;
  }

  static InputException bad(String option, String problem, String hint) {
    return new InputException("command line", 0, 0, option, problem, hint);
  }

  private static Map<String, Double> units(Object... pairs) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    }
    return m;
  }
}
