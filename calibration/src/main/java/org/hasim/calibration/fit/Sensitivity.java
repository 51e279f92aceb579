package org.hasim.calibration.fit;

import java.util.ArrayList;
import java.util.List;
import org.hasim.calibration.eval.Evaluator;
import org.hasim.calibration.eval.ModelValue;
import org.hasim.calibration.eval.Point;
import org.hasim.calibration.spec.FitSpec;
import org.hasim.calibration.spec.FitSpec.Role;
import org.hasim.calibration.spec.FreeParameter;
import org.hasim.calibration.spec.Target;

/**
 * Which targets depend on which free parameter: a target depends on a parameter when moving it to either
 * bound (the others at their start values) changes one of the target's model values. A parameter is
 * determined by the fitted targets that depend on it; one that no fitted target determines is not fitted.
 */
public final class Sensitivity {
  private final List<List<Target>> dependents;
  private final FitSpec fit;

  private Sensitivity(FitSpec fit, List<List<Target>> dependents) {
    this.fit = fit;
    this.dependents = dependents;
  }

  public static Sensitivity of(FitSpec fit, Evaluator ev, List<Target> targets, Point start) {
    List<List<Target>> deps = new ArrayList<>();
    for (int i = 0; i < fit.free().size(); i++) {
      FreeParameter p = fit.free().get(i);
      Point lo = start.with(i, p.lower());
      Point hi = start.with(i, p.upper());
      List<Target> d = new ArrayList<>();
      for (Target t : targets) {
        List<ModelValue> at = ev.evaluate(t, start);
        if (skipped(at)) {
          continue;
        }
        if (differ(at, ev.evaluate(t, lo)) || differ(at, ev.evaluate(t, hi))) {
          d.add(t);
        }
      }
      deps.add(d);
    }
    return new Sensitivity(fit, deps);
  }

  /** Ids of the fitted targets that depend on parameter {@code i}. */
  public List<String> determinedBy(int i) {
    return dependents.get(i).stream().filter(t -> fit.role(t) == Role.FIT).map(Target::id).toList();
  }

  /** Ids of the other targets (held out, checks, gaps) that depend on parameter {@code i}. */
  public List<String> alsoAffects(int i) {
    return dependents.get(i).stream().filter(t -> fit.role(t) != Role.FIT).map(Target::id).toList();
  }

  /** The targets (fitted or held out) whose error the report draws along parameter {@code i}'s sweep. */
  public List<Target> charted(int i) {
    return dependents.get(i).stream().filter(t -> fit.role(t) == Role.FIT || fit.role(t) == Role.HOLD_OUT)
        .toList();
  }

  private static boolean skipped(List<ModelValue> values) {
    return values.stream().anyMatch(v -> v instanceof ModelValue.Skipped);
  }

  private static boolean differ(List<ModelValue> a, List<ModelValue> b) {
    for (int k = 0; k < a.size(); k++) {
      ModelValue x = a.get(k);
      ModelValue y = b.get(k);
      if (x instanceof ModelValue.Num nx && y instanceof ModelValue.Num ny) {
        double scale = Math.max(1e-9, Math.max(Math.abs(nx.mean()), Math.abs(ny.mean())));
        if (Math.abs(nx.mean() - ny.mean()) > 1e-9 * scale) {
          return true;
        }
      } else if (!x.equals(y)) {
        return true;
      }
    }
    return false;
  }
}
