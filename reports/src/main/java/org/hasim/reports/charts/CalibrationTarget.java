package org.hasim.reports.charts;

import org.hasim.stats.Statistic;

/**
 * A calibration target against the model's value: a measured {@code target} that the model must reproduce
 * within [{@code low}, {@code high}] (the tolerance), and the model's estimate with its interval.
 *
 * @param name what is measured, e.g. {@code ping packets lost during one migration}
 * @param unit its unit, e.g. {@code packets}
 * @param target the measured value
 * @param low the lowest accepted value (at most the target)
 * @param high the highest accepted value (at least the target)
 * @param model the model's mean and interval
 */
public record CalibrationTarget(String name, String unit, double target, double low, double high,
    Statistic model) {

  public CalibrationTarget {
    if (!(low <= target && target <= high)) {
      throw new IllegalArgumentException("need low <= target <= high: " + low + ", " + target + ", " + high);
    }
  }

  /** Whether the model's mean lies within the tolerance. */
  public boolean passed() {
    return model.defined() && low <= model.mean() && model.mean() <= high;
  }

  /**
   * Where {@code value} lies in units of the tolerance on its side of the target: 0 at the target, +1 at
   * {@code high}, −1 at {@code low}; so |deviation| ≤ 1 is a pass whatever the target's unit or size. A
   * zero-width side maps any departure to ±∞ (clipped by the chart).
   */
  public double deviation(double value) {
    double d = value - target;
    if (d == 0) {
      return 0;
    }
    double side = d > 0 ? high - target : target - low;
    return side == 0 ? Math.copySign(Double.POSITIVE_INFINITY, d) : d / side;
  }
}
