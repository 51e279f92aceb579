package org.hasim.calibration.report;

import java.util.List;

/**
 * Everything a calibration found, in display units, ready for JSON ({@link ReportJson}) and HTML. Numbers
 * that may be absent are boxed ({@code null} in JSON).
 *
 * @param fit the fit's name
 * @param fitFile the fit file as given
 * @param seed seed of every scenario run
 * @param replications replications of every scenario run
 * @param method the optimiser used
 * @param evaluations objective evaluations the optimiser made
 * @param objective Σ standardised error² over the fitted targets at the calibrated values
 * @param fragmentFile where the calibrated parameter set goes
 * @param passed no target failed
 */
public record CalibrationReport(String fit, String description, String fitFile, long seed, int replications,
    String method, int evaluations, double objective, String fragmentFile, boolean passed,
    List<Parameter> parameters, List<Fixed> fixed, List<TargetResult> targets, List<Source> sources) {

  public CalibrationReport {
    parameters = List.copyOf(parameters);
    fixed = List.copyOf(fixed);
    targets = List.copyOf(targets);
    sources = List.copyOf(sources);
  }

  /** A targets file's source. */
  public record Source(String id, String title, String citation, String url, String file) {}

  /** A fixed assumption and why. */
  public record Fixed(String path, String value, String reason) {}

  /**
   * A free parameter: value, bounds and start in {@code unit}; {@code fitted} false when no target
   * determines it (then it stays at its start value and {@code note} says so).
   */
  public record Parameter(String name, String description, String quantity, String unit, List<String> paths,
      String migrationField, double value, String valueText, double lower, double upper, double start,
      boolean fitted, List<String> determinedBy, List<String> alsoAffects, String note, Sweep sweep) {
    public Parameter {
      paths = List.copyOf(paths);
      determinedBy = List.copyOf(determinedBy);
      alsoAffects = List.copyOf(alsoAffects);
    }
  }

  /** The parameter moved across its bounds (the others at their calibrated values): x in its unit. */
  public record Sweep(List<Double> x, List<Series> series) {
    public Sweep {
      x = List.copyOf(x);
      series = List.copyOf(series);
    }
  }

  /** One target's standardised error along a sweep; null where the model gave no number. */
  public record Series(String target, List<Double> standardError) {
    public Series {
      standardError = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(standardError));
    }
  }

  /**
   * A target with the model's value(s). {@code value} and {@code tolerance} are set for value ± tolerance
   * targets; {@code errorPct} is (model − published) / published in percent (for a held-out target: the
   * prediction error); {@code standardError} is the error in tolerances.
   */
  public record TargetResult(String id, String source, String title, String where, String note, String role,
      String criterion, String unit, Double value, Double tolerance, List<ModelResult> model, String status,
      String reason, Double standardError, Double errorPct) {
    public TargetResult {
      model = List.copyOf(model);
    }
  }

  /** One measure's model value: a number with its interval over replications, or a word. */
  public record ModelResult(String label, String measure, Double mean, Double ciLow, Double ciHigh, Integer n,
      String text) {}
}
