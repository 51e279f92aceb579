package org.hasim.calibration.eval;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hasim.calibration.spec.FitSpec;
import org.hasim.calibration.spec.FixedAssumption;
import org.hasim.calibration.spec.FreeParameter;
import org.hasim.calibration.spec.Measure;
import org.hasim.calibration.spec.Target;
import org.hasim.experiment.Experiment;
import org.hasim.experiment.ReplicationRunner;
import org.hasim.migration.MigrationCalculator;
import org.hasim.migration.MigrationRecord;
import org.hasim.scenario.DidYouMean;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.ScenarioLoader;
import org.hasim.scenario.ScenarioSet;
import org.hasim.stats.ExperimentResult;

/**
 * Computes model values of a fit's measures at a point of its free parameters. A scenario is loaded with,
 * in this order, the fit's seed and replications, its fixed assumptions, the free values, then the
 * measure's own {@code set}s — so every evaluation draws the same random numbers (common random numbers)
 * and the objective is a deterministic function of the point. Results are cached per (measure, point).
 * Not thread-safe: one evaluator per calibration.
 */
public final class Evaluator {
  private final FitSpec fit;
  private final ReplicationRunner runner;
  private final Map<Key, ModelValue> cache = new HashMap<>();

  private record Key(Measure measure, Point point) {}

  public Evaluator(FitSpec fit, ReplicationRunner runner) {
    this.fit = fit;
    this.runner = runner;
  }

  /** The values of every measure of {@code t}, in order. */
  public List<ModelValue> evaluate(Target t, Point p) {
    List<ModelValue> out = new ArrayList<>();
    t.items().forEach(i -> out.add(evaluate(i.measure(), p)));
    return out;
  }

  public ModelValue evaluate(Measure m, Point p) {
    Key k = new Key(m, p);
    ModelValue v = cache.get(k);
    if (v == null) {
      v = compute(m, p);
      cache.put(k, v);
    }
    return v;
  }

  /** Distinct (measure, point) pairs computed so far. */
  public int computed() {
    return cache.size();
  }

  private ModelValue compute(Measure m, Point p) {
    if (m instanceof Measure.MigrationCase c) {
      return migration(c, p);
    }
    java.nio.file.Path file = m instanceof Measure.ScenarioRun r ? r.scenario()
        : ((Measure.ScenarioProperty) m).scenario();
    if (!Files.isRegularFile(file)) {
      return new ModelValue.Skipped("scenario file " + file + " does not exist");
    }
    List<String> sets = scenarioSets(p);
    if (m instanceof Measure.ScenarioProperty sp) {
      sets.addAll(sp.sets());
      return PropertyReader.read(ScenarioLoader.load(file, sets).base(), sp.metric());
    }
    Measure.ScenarioRun run = (Measure.ScenarioRun) m;
    if (!run.withFit()) {
      sets = new ArrayList<>(sets.subList(0, 2)); // seed and replications only
    }
    sets.addAll(run.sets());
    ScenarioSet set = ScenarioLoader.load(file, sets);
    Scenario s = set.base();
    if (run.variant().isPresent()) {
      s = set.variants().get(run.variant().get());
      if (s == null) {
        throw run.location().error(null, "scenario " + file + " has no variant '" + run.variant().get()
            + "'", DidYouMean.phrase(run.variant().get(), set.variants().keySet()) + "variants: "
            + String.join(", ", set.variants().keySet()));
      }
    }
    ExperimentResult result = Experiment.run(s, runner, done -> {});
    return MetricReader.read(result, run.metric());
  }

  /** The {@code --set} arguments every scenario of the fit gets at point {@code p}. */
  public List<String> scenarioSets(Point p) {
    List<String> sets = new ArrayList<>();
    sets.add("experiment.seed=" + fit.seed());
    sets.add("experiment.replications=" + fit.replications());
    for (FixedAssumption f : fit.fixed()) {
      sets.add(f.path() + "=" + f.valueText());
    }
    for (int i = 0; i < fit.free().size(); i++) {
      FreeParameter fp = fit.free().get(i);
      for (String path : fp.paths()) {
        sets.add(path + "=" + exact(fp, p.get(i)));
      }
    }
    return sets;
  }

  /** The value at full precision in the parameter's display unit (the fit must see a smooth function). */
  static String exact(FreeParameter fp, double si) {
    return BigDecimal.valueOf(fp.quantity().toDisplay(si)).toPlainString() + fp.quantity().unit();
  }

  private ModelValue migration(Measure.MigrationCase c, Point p) {
    Measure.MigrationCase at = c;
    for (int i = 0; i < fit.free().size(); i++) {
      FreeParameter fp = fit.free().get(i);
      if (fp.migrationField().isPresent()) {
        at = at.with(fp.migrationField().get(), p.get(i));
      }
    }
    try {
      MigrationRecord r = MigrationCalculator.run(at.memory(), at.dirty(), at.bandwidth(), at.spec(),
          at.resume(), at.arp());
      return MigrationMetrics.read(r, at.memory(), at.metric());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return new ModelValue.Missing("the migration cannot be calculated: " + e.getMessage());
    }
  }
}
