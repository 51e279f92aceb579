package org.hasim.stats;

import org.hasim.scenario.ExperimentSpec;
import org.hasim.scenario.Scenario;

/**
 * What a result is about: scenario name, seed, horizon and warm-up (seconds), and the confidence level of its
 * intervals.
 */
public record RunInfo(String scenario, long seed, double horizon, double warmup, double level) {

  public RunInfo {
    Statistic.checkLevel(level);
  }

  /** From a resolved scenario, at the default 95 % level. */
  public static RunInfo of(Scenario scenario) {
    ExperimentSpec e = scenario.experiment();
    return new RunInfo(scenario.name(), e.seed(), e.horizon(), e.warmup(), Statistic.DEFAULT_LEVEL);
  }

  public double horizonHours() {
    return horizon / Units.HOUR;
  }

  public double warmupHours() {
    return warmup / Units.HOUR;
  }
}
