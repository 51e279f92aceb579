package org.hasim.calibration.fit;

import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * Minimises an objective over the unit cube [0, 1]^n (each free parameter normalised within its bounds)
 * from a fixed start: BOBYQA (Powell's bound-constrained quadratic-model method, Commons Math) for two or
 * more parameters, Brent's method for one. Both are deterministic, so the same objective and start give the
 * same answer. The best point seen is returned even if the evaluation budget runs out.
 */
public final class Fitter {
  /** Objective evaluations allowed. */
  public static final int MAX_EVALUATIONS = 400;
  /** BOBYQA's first and last trust-region radius, in normalised units. */
  static final double INITIAL_RADIUS = 0.15;
  static final double STOPPING_RADIUS = 1e-6;

  private Fitter() {}

  /** The minimiser found, its objective value, the evaluations spent and the method used. */
  public record Result(double[] u, double objective, int evaluations, String method) {}

  public static Result minimise(double[] start, ToDoubleFunction<double[]> objective) {
    Best best = new Best(objective);
    int n = start.length;
    if (n == 0) {
      return new Result(start.clone(), objective.applyAsDouble(start), 1, "none (no parameter to fit)");
    }
    String method;
    try {
      if (n == 1) {
        method = "Brent (Commons Math BrentOptimizer)";
        new BrentOptimizer(1e-8, 1e-12).optimize(new MaxEval(MAX_EVALUATIONS),
            new UnivariateObjectiveFunction(x -> best.value(new double[] {x})), GoalType.MINIMIZE,
            new SearchInterval(0, 1, start[0]));
      } else {
        method = "BOBYQA (Commons Math BOBYQAOptimizer)";
        double[] lo = new double[n];
        double[] hi = new double[n];
        java.util.Arrays.fill(hi, 1.0);
        new BOBYQAOptimizer(2 * n + 1, INITIAL_RADIUS, STOPPING_RADIUS).optimize(new MaxEval(MAX_EVALUATIONS),
            new ObjectiveFunction(best::value), GoalType.MINIMIZE, new InitialGuess(start.clone()),
            new SimpleBounds(lo, hi));
      }
    } catch (TooManyEvaluationsException e) {
      method = (n == 1 ? "Brent" : "BOBYQA") + " (stopped after " + MAX_EVALUATIONS + " evaluations)";
    }
    return new Result(best.u, best.value, best.count, method);
  }

  /** Remembers the best point evaluated (the optimisers report theirs, but not after running out). */
  private static final class Best {
    final ToDoubleFunction<double[]> f;
    double[] u;
    double value = Double.POSITIVE_INFINITY;
    int count;

    Best(ToDoubleFunction<double[]> f) {
      this.f = f;
    }

    double value(double[] x) {
      double[] clamped = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        clamped[i] = Math.min(1, Math.max(0, x[i]));
      }
      double v = f.applyAsDouble(clamped);
      count++;
      if (v < value || u == null) {
        value = v;
        u = clamped;
      }
      return v;
    }
  }
}
