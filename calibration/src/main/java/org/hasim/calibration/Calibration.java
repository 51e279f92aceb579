package org.hasim.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hasim.calibration.eval.Evaluator;
import org.hasim.calibration.eval.ModelValue;
import org.hasim.calibration.eval.Point;
import org.hasim.calibration.eval.Verdict;
import org.hasim.calibration.fit.Fitter;
import org.hasim.calibration.fit.Sensitivity;
import org.hasim.calibration.report.CalibrationReport;
import org.hasim.calibration.report.Fragment;
import org.hasim.calibration.spec.FitSpec;
import org.hasim.calibration.spec.FitSpec.Role;
import org.hasim.calibration.spec.FreeParameter;
import org.hasim.calibration.spec.Target;
import org.hasim.experiment.ReplicationRunner;

/**
 * Runs one fit: evaluates every target at the start values (a target whose metric does not exist is an
 * input error), finds which free parameters each target depends on, minimises Σ ((model − published) /
 * tolerance)² over the fitted targets with respect to the parameters some fitted target determines (the
 * others stay at their start value and are reported as undetermined), rounds the result to the digits it
 * is written with, checks every target there and sweeps each fitted parameter across its bounds for the
 * report's charts.
 */
public final class Calibration {
  /** Points of each parameter sweep drawn in the report. */
  public static final int SWEEP_POINTS = 17;

  private final FitSpec fit;
  private final Evaluator evaluator;
  private final List<Target> targets;

  private Calibration(FitSpec fit, ReplicationRunner runner) {
    this.fit = fit;
    this.evaluator = new Evaluator(fit, runner);
    this.targets = fit.targets();
  }

  /** What a calibration returns: the report and the calibrated parameter set (include fragment text). */
  public record Outcome(CalibrationReport report, String fragment, Point values) {
    public boolean passed() {
      return report.passed();
    }
  }

  /** Runs {@code fit}; scenario replications use {@code runner} (results do not depend on its threads). */
  public static Outcome run(FitSpec fit, ReplicationRunner runner) {
    return new Calibration(fit, runner).run();
  }

  /** The verdict on every target (by id, in file order) with the free parameters at {@code values}. */
  public static Map<String, Verdict> check(FitSpec fit, Point values, ReplicationRunner runner) {
    Calibration c = new Calibration(fit, runner);
    Map<String, Verdict> out = new LinkedHashMap<>();
    c.targets.forEach(t -> out.put(t.id(), Verdict.judge(t, c.evaluator.evaluate(t, values))));
    return out;
  }

  /** The parameter set before any fit: fixed assumptions and start values (for a first include). */
  public static String provisionalFragment(FitSpec fit) {
    List<Fragment.Line> lines = new ArrayList<>();
    for (FreeParameter p : fit.free()) {
      lines.add(new Fragment.Line(p.name(), p.paths(), p.quantity().format(p.start()),
          "start value, not yet calibrated"));
    }
    return Fragment.render(fit, fit.seed(), lines);
  }

  private Outcome run() {
    int n = fit.free().size();
    Point start = Point.of(fit.free().stream().mapToDouble(FreeParameter::start).toArray());
    validateAt(start);
    Sensitivity sensitivity = Sensitivity.of(fit, evaluator, targets, start);
    List<Integer> active = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!sensitivity.determinedBy(i).isEmpty()) {
        active.add(i);
      }
    }
    double[] u0 = active.stream().mapToDouble(i -> fit.free().get(i).normalised(start.get(i))).toArray();
    Fitter.Result result = Fitter.minimise(u0, u -> objective(at(start, active, u)));
    Point calibrated = rounded(at(start, active, result.u()), active);
    return new ReportBuilder(fit, evaluator, targets, sensitivity).build(calibrated, active,
        objective(calibrated), result);
  }

  /** The start point with the active parameters at normalised coordinates {@code u}. */
  private Point at(Point start, List<Integer> active, double[] u) {
    Point p = start;
    for (int k = 0; k < active.size(); k++) {
      int i = active.get(k);
      p = p.with(i, fit.free().get(i).valueAt(u[k]));
    }
    return p;
  }

  /** The written (rounded) values, kept within bounds. */
  private Point rounded(Point p, List<Integer> active) {
    Point out = p;
    for (int i : active) {
      FreeParameter fp = fit.free().get(i);
      double r = fp.quantity().rounded(p.get(i));
      out = out.with(i, Math.min(fp.upper(), Math.max(fp.lower(), r)));
    }
    return out;
  }

  /** Σ standardised error² over the fitted targets that ran; a target without a number costs 10^6. */
  double objective(Point p) {
    double sum = 0;
    for (Target t : targets) {
      if (fit.role(t) != Role.FIT) {
        continue;
      }
      Verdict v = Verdict.judge(t, evaluator.evaluate(t, p));
      if (v.status() == Verdict.Status.SKIPPED) {
        continue;
      }
      double e = v.standardError().orElse(1e3);
      sum += e * e;
    }
    return sum;
  }

  /** Every target must yield a value at the start (or be skipped): a missing metric is a typo. */
  private void validateAt(Point start) {
    for (Target t : targets) {
      for (Target.Item item : t.items()) {
        if (evaluator.evaluate(item.measure(), start) instanceof ModelValue.Missing m) {
          throw item.measure().location().error(item.field(), "target '" + t.id() + "' has no model value: "
              + m.why(), "check the target's metric or property and its scenario");
        }
      }
    }
  }
}
