package org.hasim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hasim.reports.SweepCharts;
import org.hasim.reports.SweepResultsJson;
import org.hasim.reports.SweepSummary;
import org.hasim.reports.journal.JournalHeader;
import org.hasim.reports.journal.SweepJournal;
import org.hasim.reports.journal.SweepMerge;
import org.hasim.sweep.DesignPoint;
import org.hasim.sweep.GoalSearch;
import org.hasim.sweep.Shard;
import org.hasim.sweep.SweepResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hasim sweep}: runs a scenario at every point of a grid of parameter values (or searches the least
 * value of one parameter that meets a goal), journaling each finished (point, replication block) task so a
 * killed run can {@code --resume}, and, with {@code --shard k/n}, running only a deterministic share of the
 * tasks so several machines can split the work and {@code hasim merge} can put it together.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run a scenario over a grid of parameter values, or find the least value of one parameter "
        + "that meets a goal on a confidence interval.",
        "Each point runs all replications; results.json holds every point. Finished tasks are journaled in "
            + "the output folder (shard-K-of-N.jsonl): --resume continues a killed run; --shard k/n runs one "
            + "machine's share, combined by 'hasim merge'. Exit 1 when a goal is not reached."})
public final class SweepCommand implements Callable<Integer> {
  @Mixin
  ScenarioOptions scenario;

  @Option(names = "--param", paramLabel = "PATH=VALUES",
      description = "A swept parameter: PATH=v1,v2,… or PATH=lo..hi:step (values keep their units, e.g. "
          + "cluster.networks[0].bandwidth=100Mbit/s,1Gbit/s or ha.heartbeat.deadtime=10s..60s:10s). "
          + "Repeat for a grid. Default: the scenario's 'sweep:' section.")
  List<String> params = new ArrayList<>();

  @Option(names = "--variant", paramLabel = "NAME", description = "Sweep this variant of the scenario.")
  String variant;

  @Option(names = "--goal", paramLabel = "EXPR",
      description = "Goal on a statistic, e.g. 'services.web.availability.ci_low>=0.9999' (decided on the "
          + "field written: ci_low, ci_high or mean).")
  String goal;

  @Option(names = "--minimize", paramLabel = "PATH",
      description = "Parameter whose least value meeting --goal is searched: over its --param values "
          + "(binary search), or over the integers 1..--max.")
  String minimize;

  @Option(names = "--max", paramLabel = "N",
      description = "Upper bound of an integer goal search (default: " + SweepDefinition.DEFAULT_MAX + ").")
  Long max;

  @Option(names = "--shard", paramLabel = "K/N",
      description = "Run only shard K of N (0-based) and write its partial file; combine with 'hasim merge'.")
  String shard;

  @Option(names = "--resume", description = "Keep the tasks already finished in the output folder's journal.")
  boolean resume;

  @Option(names = "--dry-run",
      description = "Check the scenario, every design point and the goal, print the plan, and stop.")
  boolean dryRun;

  @Option(names = "--block", paramLabel = "N",
      description = "Replications per task (default: 25). The results do not depend on it.")
  Integer block;

  @Mixin
  OutputOptions output;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Shard share = shard == null ? Shard.ALL : Shard.parse(shard);
    SweepDefinition sweep = new SweepDefinition(scenario.file, scenario.overrides(), variant, params, goal,
        minimize, max, block);
    if (sweep.isGoalSearch() && share.count() > 1) {
      throw SweepDefinition.usage("--shard", "a goal search chooses its next value from the last result, so "
          + "it cannot be split into shards", "run a grid sweep (--param without --goal) with shards instead");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (dryRun) {
      printPlan(sweep, share, out);
      return Main.OK;
    }
    Path dir = output.directory(sweep.base.name() + "-sweep");
    Files.createDirectories(dir);
    JournalHeader header = sweep.header(share);
    Path journalFile = dir.resolve(JournalHeader.fileName(share));
    try (SweepJournal journal = resume ? SweepJournal.resume(journalFile, header)
        : SweepJournal.start(journalFile, header);
        SweepProgress progress = SweepProgress.forConsole(System.err)) {
      SweepExecution execution = new SweepExecution(sweep, output.runner(), journal, progress);
      if (resume && !journal.records().isEmpty()) {
        out.println("Resuming: " + journal.records().size() + " finished task(s) in " + journalFile);
      }
      if (sweep.isGoalSearch()) {
        return goalSearch(sweep, execution, progress, dir, out);
      }
      int ran = execution.runGrid(share);
      progress.close();
      if (share.count() > 1) {
        out.println("Shard " + share + ": " + header.plan().tasks(share).size() + " task(s) done (" + ran
            + " run now); partial results in " + journalFile);
        out.println("Combine all shards with: hasim merge " + dir.resolve("shard-*-of-" + share.count() + ".jsonl")
            + " --out " + dir);
        return Main.OK;
      }
    }
    SweepResult result = SweepMerge.assemble(List.of(SweepJournal.read(journalFile)));
    write(dir, result, out);
    return Main.OK;
  }

  private static void printPlan(SweepDefinition sweep, Shard share, PrintWriter out) {
    out.println("Scenario " + sweep.base.name() + ": checked.");
    if (sweep.isGoalSearch()) {
      out.println("Goal " + sweep.goal.get().text() + ", minimizing " + sweep.minimize.get() + " over "
          + (sweep.points.isEmpty() ? "the integers 1.." + sweep.searchMax : sweep.points.size() + " values")
          + ", " + sweep.replications() + " replications per value tried.");
      return;
    }
    var plan = sweep.header(share).plan();
    out.println(sweep.points.size() + " point(s) × " + sweep.replications() + " replications = " + plan.size()
        + " task(s) of up to " + sweep.block + " replications; shard " + share + " runs "
        + plan.tasks(share).size() + ".");
  }

  private int goalSearch(SweepDefinition sweep, SweepExecution execution, SweepProgress progress, Path dir,
      PrintWriter out) throws IOException {
    String path = sweep.minimize.orElseThrow();
    int[] tried = {0};
    int known = sweep.points.isEmpty() ? -1 : sweep.points.size();
    GoalSearch search = new GoalSearch(sweep.goal.orElseThrow(), value -> {
      DesignPoint point = DesignPoint.of(path, value);
      var r = execution.evaluate(point);
      progress.points(++tried[0], known);
      return r;
    });
    Optional<List<String>> candidates = sweep.candidateValues();
    // a value chosen by the integer search that the scenario refuses is an InputException: exit 2
    GoalSearch.Outcome outcome = candidates.isPresent() ? search.overCandidates(candidates.get())
        : search.overIntegers(1, sweep.searchMax);
    progress.close();
    List<SweepResult.Point> points = outcome.evidence().stream()
        .map(e -> new SweepResult.Point(DesignPoint.of(path, e.value()), e.result())).toList();
    SweepResult result = new SweepResult(sweep.info(), sweep.replications(), sweep.variant,
        sweep.parameterPaths(), points,
        Optional.of(new SweepResult.GoalAnswer(sweep.goal.get(), path, outcome)));
    write(dir, result, out);
    if (!result.goal().get().reached()) {
      out.println("The goal was not reached" + (candidates.isEmpty() ? " for " + path + " up to --max "
          + sweep.searchMax : "") + ".");
      return Main.CHECK_FAILED;
    }
    return Main.OK;
  }

  private static void write(Path dir, SweepResult result, PrintWriter out) throws IOException {
    SweepResultsJson.write(dir.resolve("results.json"), result);
    List<Path> charts = SweepCharts.write(dir, result);
    out.print(SweepSummary.render(result));
    out.println();
    out.println("Results: " + dir.resolve("results.json") + (charts.isEmpty() ? ""
        : " and " + charts.size() + " chart(s) (sweep-*.png)"));
  }
}
