package org.hasim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hasim.experiment.Experiment;
import org.hasim.experiment.ReplicationRunner;
import org.hasim.reports.ConsoleSummary;
import org.hasim.reports.ProbesCsv;
import org.hasim.reports.ResultsCsv;
import org.hasim.reports.ResultsJson;
import org.hasim.scenario.InputException;
import org.hasim.scenario.ScenarioSet;
import org.hasim.stats.ComparisonResult;
import org.hasim.stats.ExperimentResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code hasim run}: simulates a scenario's replications and writes results.json and results.csv (and, for
 * a scenario with probes, probes.csv: their time series of replication 0). A
 * scenario with variants is run as a comparison (every variant on common random numbers, paired
 * differences against the first), as {@code hasim compare} does.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Simulate a scenario (all its variants, on common random numbers) and report "
        + "availability, downtime, outages and MTTR with confidence intervals.")
public class RunCommand implements Callable<Integer> {
  @Mixin
  ScenarioOptions scenario;

  @Mixin
  OutputOptions output;

  @Spec
  CommandSpec spec;

  /** Whether the scenario must have variants ({@code compare}). */
  boolean requireVariants() {
    return false;
  }

  @Override
  public Integer call() throws IOException {
    ScenarioSet set = scenario.load();
    if (requireVariants() && set.variants().isEmpty()) {
      throw new InputException(set.file().toString(), 0, 0, "variants",
          "the scenario has no variants to compare",
          "add a 'variants:' section, e.g. {restart: {ha.recovery: restart}, live: {ha.recovery: live-migration}}");
    }
    ReplicationRunner runner = output.runner();
    PrintWriter out = spec.commandLine().getOut();
    Path dir = output.directory(set.base().name());
    boolean probes = !set.base().probes().isEmpty()
        || set.variants().values().stream().anyMatch(v -> !v.probes().isEmpty());
    if (set.variants().isEmpty()) {
      ExperimentResult result = Experiment.run(set.base(), runner, done -> {});
      byte[] json = ResultsJson.toBytes(result);
      byte[] csv = ResultsCsv.toBytes(result);
      output.write(dir, json, csv, probes ? ProbesCsv.toBytes(result) : null);
      out.print(ConsoleSummary.render(result));
    } else {
      ComparisonResult result = Experiment.compare(set, runner, done -> {});
      output.write(dir, ResultsJson.toBytes(result), ResultsCsv.toBytes(result),
          probes ? ProbesCsv.toBytes(result) : null);
      out.print(ConsoleSummary.render(result));
    }
    out.println();
    out.println("Results: " + dir.resolve("results.json") + " and results.csv"
        + (probes ? "; probe time series (replication 0) in probes.csv" : ""));
    return Main.OK;
  }
}
