package org.hasim.cli;

import java.util.function.Function;
import org.hasim.scenario.InputException;
import org.hasim.scenario.Units;

/**
 * Command-line quantities, read by the same {@link Units} as scenario files (DESIGN §4.1): a number without
 * a unit, an unknown unit or a negative value is an {@link InputException} naming the option.
 */
final class CliUnits {
  private CliUnits() {}

  /** Bytes. */
  static double size(String option, String text) {
    return parse(option, text, t -> (double) Units.size(t));
  }

  /** Bits per second. */
  static double bitRate(String option, String text) {
    return parse(option, text, Units::bandwidth);
  }

  /** Bytes per second. */
  static double byteRate(String option, String text) {
    return parse(option, text, Units::byteRate);
  }

  /** Seconds. */
  static double time(String option, String text) {
    return parse(option, text, Units::duration);
  }

  /** Seconds, strictly positive. */
  static double positiveTime(String option, String text) {
    double s = time(option, text);
    if (!(s > 0)) {
      throw bad(option, "'" + text + "' must be a positive duration", "e.g. 9990h or 30min");
    }
    return s;
  }

  static InputException bad(String option, String problem, String hint) {
    return new InputException("command line", 0, 0, option, problem, hint);
  }

  private static double parse(String option, String text, Function<String, Double> parser) {
    try {
      return parser.apply(text == null ? "" : text);
    } catch (Units.QuantityException e) {
      throw bad(option, e.getMessage(), e.hint());
    }
  }
}
