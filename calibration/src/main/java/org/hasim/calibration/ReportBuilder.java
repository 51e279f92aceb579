package org.hasim.calibration;

import java.util.ArrayList;
import java.util.List;
import org.hasim.calibration.eval.Evaluator;
import org.hasim.calibration.eval.ModelValue;
import org.hasim.calibration.eval.Point;
import org.hasim.calibration.eval.Verdict;
import org.hasim.calibration.fit.Fitter;
import org.hasim.calibration.fit.Sensitivity;
import org.hasim.calibration.report.CalibrationReport;
import org.hasim.calibration.report.Fragment;
import org.hasim.calibration.spec.Criterion;
import org.hasim.calibration.spec.FitSpec;
import org.hasim.calibration.spec.FitSpec.Role;
import org.hasim.calibration.spec.FreeParameter;
import org.hasim.calibration.spec.Measure;
import org.hasim.calibration.spec.Quantity;
import org.hasim.calibration.spec.Target;
import org.hasim.stats.Statistic;

/** Turns the calibrated values into the report (verdicts, parameters with sweeps) and the fragment. */
final class ReportBuilder {
  private final FitSpec fit;
  private final Evaluator evaluator;
  private final List<Target> targets;
  private final Sensitivity sensitivity;

  ReportBuilder(FitSpec fit, Evaluator evaluator, List<Target> targets, Sensitivity sensitivity) {
    this.fit = fit;
    this.evaluator = evaluator;
    this.targets = targets;
    this.sensitivity = sensitivity;
  }

  Calibration.Outcome build(Point values, List<Integer> active, double objective, Fitter.Result result) {
    List<CalibrationReport.TargetResult> results = new ArrayList<>();
    boolean passed = true;
    for (Target t : targets) {
      List<ModelValue> model = evaluator.evaluate(t, values);
      Verdict v = Verdict.judge(t, model);
      passed &= v.status() != Verdict.Status.FAIL;
      results.add(target(t, model, v));
    }
    List<CalibrationReport.Parameter> params = new ArrayList<>();
    List<Fragment.Line> lines = new ArrayList<>();
    for (int i = 0; i < fit.free().size(); i++) {
      FreeParameter p = fit.free().get(i);
      boolean fitted = active.contains(i);
      String note = fitted ? "" : undeterminedNote(p);
      params.add(parameter(i, p, values, fitted, note));
      String bounds = "in [" + p.quantity().format(p.lower()) + ", " + p.quantity().format(p.upper()) + "]";
      lines.add(new Fragment.Line(p.name(), p.paths(), p.quantity().format(values.get(i)), fitted
          ? "fitted " + bounds + ", determined by " + String.join(", ", sensitivity.determinedBy(i))
          : "NOT determined by any target, kept at its start value (" + note + ")"));
    }
    List<CalibrationReport.Fixed> fixed = fit.fixed().stream()
        .map(f -> new CalibrationReport.Fixed(f.path(), f.valueText(), f.reason())).toList();
    List<CalibrationReport.Source> sources = fit.sources().stream().map(s -> new CalibrationReport.Source(
        s.id(), s.title(), s.citation(), s.url(), s.file().toString())).toList();
    String fragment = Fragment.render(fit, fit.seed(), lines);
    CalibrationReport report = new CalibrationReport(fit.name(), fit.description(), fit.file().toString(),
        fit.seed(), fit.replications(), result.method(), result.evaluations(), objective,
        fit.output().toString(), passed, params, fixed, results, sources);
    return new Calibration.Outcome(report, fragment, values);
  }

  private String undeterminedNote(FreeParameter p) {
    List<String> skipped = new ArrayList<>();
    for (Target t : targets) {
      boolean scenarioMeasure =
          t.items().stream().anyMatch(it -> !(it.measure() instanceof Measure.MigrationCase));
      if (fit.role(t) == Role.FIT && scenarioMeasure && !p.paths().isEmpty()
          && Verdict.judge(t, evaluator.evaluate(t, startOf())).status() == Verdict.Status.SKIPPED) {
        skipped.add(t.id());
      }
    }
    return "not determined by any target" + (skipped.isEmpty() ? ""
        : "; fitted targets that were skipped and may determine it: " + String.join(", ", skipped));
  }

  private Point startOf() {
    return Point.of(fit.free().stream().mapToDouble(FreeParameter::start).toArray());
  }

  private CalibrationReport.Parameter parameter(int i, FreeParameter p, Point values, boolean fitted,
      String note) {
    Quantity q = p.quantity();
    CalibrationReport.Sweep sweep = fitted ? sweep(i, p, values) : null;
    return new CalibrationReport.Parameter(p.name(), p.description(), q.key(), q.unit(), p.paths(),
        p.migrationField().orElse(null), q.toDisplay(values.get(i)), q.format(values.get(i)),
        q.toDisplay(p.lower()), q.toDisplay(p.upper()), q.toDisplay(p.start()), fitted,
        sensitivity.determinedBy(i), sensitivity.alsoAffects(i), note, sweep);
  }

  /** Parameter i across its bounds, the others at their calibrated values. */
  private CalibrationReport.Sweep sweep(int i, FreeParameter p, Point values) {
    List<Double> x = new ArrayList<>();
    List<Target> charted = sensitivity.charted(i);
    List<List<Double>> errors = new ArrayList<>();
    charted.forEach(t -> errors.add(new ArrayList<>()));
    for (int k = 0; k < Calibration.SWEEP_POINTS; k++) {
      double v = p.valueAt(k / (double) (Calibration.SWEEP_POINTS - 1));
      x.add(p.quantity().toDisplay(v));
      Point at = values.with(i, v);
      for (int j = 0; j < charted.size(); j++) {
        Verdict verdict = Verdict.judge(charted.get(j), evaluator.evaluate(charted.get(j), at));
        errors.get(j).add(verdict.standardError().isPresent() ? verdict.standardError().getAsDouble() : null);
      }
    }
    List<CalibrationReport.Series> series = new ArrayList<>();
    for (int j = 0; j < charted.size(); j++) {
      series.add(new CalibrationReport.Series(charted.get(j).id(), errors.get(j)));
    }
    return new CalibrationReport.Sweep(x, series);
  }

  private CalibrationReport.TargetResult target(Target t, List<ModelValue> model, Verdict v) {
    Double value = null;
    Double tolerance = null;
    if (t.criterion() instanceof Criterion.Near near) {
      value = near.value();
      tolerance = near.tolerance();
    }
    List<CalibrationReport.ModelResult> values = new ArrayList<>();
    for (int k = 0; k < model.size(); k++) {
      values.add(modelResult(t.items().get(k), model.get(k)));
    }
    return new CalibrationReport.TargetResult(t.id(), t.source(), t.title(), t.where(), t.note(),
        fit.role(t).key(), t.criterion().describe(t.unit()), t.unit(), value, tolerance, values,
        v.status().key(), v.reason(), boxed(v.standardError()), boxed(v.errorPct()));
  }

  private static CalibrationReport.ModelResult modelResult(Target.Item item, ModelValue m) {
    String measure = item.measure().describe();
    if (m instanceof ModelValue.Num n) {
      Statistic s = n.stat();
      return new CalibrationReport.ModelResult(item.label(), measure, s.mean(), s.ciLow(), s.ciHigh(), s.n(),
          null);
    }
    String text = m instanceof ModelValue.Text x ? x.text()
        : m instanceof ModelValue.Missing x ? "(no value: " + x.why() + ")"
        : "(skipped: " + ((ModelValue.Skipped) m).why() + ")";
    return new CalibrationReport.ModelResult(item.label(), measure, null, null, null, null, text);
  }

  private static Double boxed(java.util.OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }
}
