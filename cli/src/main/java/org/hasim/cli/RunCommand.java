package org.hasim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hasim.experiment.Experiment;
import org.hasim.experiment.ReplicationRunner;
import org.hasim.reports.ConsoleSummary;
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
 * {@code hasim run}: simulates a scenario's replications and writes results.json and results.csv. A
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
    if (set.variants().isEmpty()) {
      ExperimentResult result = Experiment.run(set.base(), runner, done -> {});
      byte[] json = ResultsJson.toBytes(result);
      byte[] csv = ResultsCsv.toBytes(result);
      output.write(dir, json, csv);
      out.print(ConsoleSummary.render(result));
      out.println();
      printAnalyticCheck(out, set, result);
    } else {
      ComparisonResult result = Experiment.compare(set, runner, done -> {});
      output.write(dir, ResultsJson.toBytes(result), ResultsCsv.toBytes(result));
      out.print(ConsoleSummary.render(result));
    }
    out.println();
    out.println("Results: " + dir.resolve("results.json") + " and results.csv");
    return Main.OK;
  }

  private static void printAnalyticCheck(PrintWriter out, ScenarioSet set, ExperimentResult result) {
    var check = org.hasim.analytic.AnalyticCheck.of(set.base());
    String service = set.base().services().isEmpty() ? null : set.base().services().get(0).name();
    if (service != null && result.services().containsKey(service)) {
      out.println(AnalyticReport.check(check, service, result.services().get(service)));
    }
  }
}
