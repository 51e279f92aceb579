package org.hasim.calibration.spec;

import java.util.List;
import java.util.Optional;

/**
 * A parameter the fit may move within [lower, upper] (SI), starting at {@code start}. Its value is written
 * to every scenario {@code paths} entry (as {@code --set} during the fit, and into the calibrated fragment)
 * and, with a {@code migrationField}, replaces that field of every migration-calculator case.
 */
public record FreeParameter(String name, String description, Quantity quantity, List<String> paths,
    Optional<String> migrationField, double lower, double upper, double start) {
  public FreeParameter {
    paths = List.copyOf(paths);
  }

  /** Value of the normalised coordinate u in [0, 1]. */
  public double valueAt(double u) {
    return lower + Math.min(1, Math.max(0, u)) * (upper - lower);
  }

  /** Normalised coordinate of a value. */
  public double normalised(double value) {
    return (value - lower) / (upper - lower);
  }
}
