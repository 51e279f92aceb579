package org.hasim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hasim.experiment.Experiment;
import org.hasim.experiment.ReplicationRunner;
import org.hasim.reports.Provenance;
import org.hasim.reports.Report;
import org.hasim.reports.ReportResults;
import org.hasim.reports.ReportWriter;
import org.hasim.reports.AtomicFiles;
import org.hasim.reports.ProbeExtras;
import org.hasim.reports.ProbesCsv;
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
 * {@code hasim run}: simulates a scenario's replications and writes the report folder (results.json,
 * results.csv, provenance.json, index.html and its charts; see {@link ReportWriter}; for a scenario with
 * probes also probes.csv, their time series of replication 0). A
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

  /** This hasim's version and the arguments it was started with (to reproduce the run). */
  Provenance provenance() {
    return new Provenance(VersionProvider.version(), spec.commandLine().getParseResult().originalArgs());
  }

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
    ReportResults results;
    java.util.List<String> notes = new java.util.ArrayList<>();
    if (set.variants().isEmpty()) {
      ExperimentResult result = Experiment.run(set.base(), runner, done -> {});
      results = new ReportResults.Single(result);
      analyticCheck(set, result).ifPresent(notes::add);
    } else {
      ComparisonResult result = Experiment.compare(set, runner, done -> {});
      results = new ReportResults.Comparison(result);
    }
    boolean probes = results.variants().values().stream().anyMatch(r -> !r.series().isEmpty());
    if (probes) {
      java.nio.file.Files.createDirectories(dir);
      AtomicFiles.write(dir.resolve(ProbesCsv.FILE), results instanceof ReportResults.Comparison c
          ? ProbesCsv.toBytes(c.result()) : ProbesCsv.toBytes(((ReportResults.Single) results).result()));
    }
    ReportWriter.writeAll(dir, new Report(results, provenance().withNotes(notes),
        ProbeExtras.of(results, ProbeExtras.rows(results))));
    out.print(results.console());
    out.println();
    notes.forEach(n -> out.println(n + "\n"));
    out.println("Results: " + dir.resolve(ReportWriter.RESULTS_JSON) + " and " + ReportWriter.RESULTS_CSV
        + (probes ? "; probe time series (replication 0) in " + ProbesCsv.FILE : ""));
    out.println("Report:  " + dir.resolve(ReportWriter.INDEX));
    return Main.OK;
  }

  /** The analytic value beside the simulated interval of the first service, or why there is none. */
  private static java.util.Optional<String> analyticCheck(ScenarioSet set, ExperimentResult result) {
    var check = org.hasim.analytic.AnalyticCheck.of(set.base());
    String service = set.base().services().isEmpty() ? null : set.base().services().get(0).name();
    if (service == null || !result.services().containsKey(service)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(AnalyticReport.check(check, service, result.services().get(service)));
  }
}
