package org.hasim.calibration.eval;

import org.hasim.stats.Statistic;

/** A model value for one measure: a number with its interval, a word, or why there is none. */
public sealed interface ModelValue {

  /** A number: the mean over replications with its 95 % interval (degenerate for deterministic values). */
  record Num(Statistic stat) implements ModelValue {
    public static Num exact(double v) {
      return new Num(new Statistic(v, v, v, 1));
    }

    public double mean() {
      return stat.mean();
    }
  }

  /** A word, e.g. a stop reason or a distribution's kind. */
  record Text(String text) implements ModelValue {}

  /** The measure ran but produced no value (an unknown metric, or an undefined one). */
  record Missing(String why) implements ModelValue {}

  /** The measure could not run, e.g. its scenario file does not exist yet. */
  record Skipped(String why) implements ModelValue {}
}
