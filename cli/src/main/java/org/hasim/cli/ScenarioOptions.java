package org.hasim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hasim.scenario.ScenarioLoader;
import org.hasim.scenario.ScenarioSet;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Options shared by the commands that load a scenario: the file, {@code --set path=value} overrides and the
 * shortcuts for the experiment settings (which are {@code --set}s too, so they are validated the same way).
 */
final class ScenarioOptions {
  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
  Path file;

  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "Override any field of the scenario, e.g. --set ha.heartbeat.deadtime=10s (repeatable).")
  List<String> sets = new ArrayList<>();

  @Option(names = "--replications", paramLabel = "N", description = "Number of replications.")
  String replications;

  @Option(names = "--horizon", paramLabel = "DURATION", description = "Simulated time per replication, e.g. 10y.")
  String horizon;

  @Option(names = "--warmup", paramLabel = "DURATION", description = "Warm-up discarded before measuring.")
  String warmup;

  @Option(names = "--seed", paramLabel = "SEED", description = "Seed of the random streams.")
  String seed;

  /** Every override in the order it applies: the file's own values, then the shortcuts, then --set. */
  List<String> overrides() {
    List<String> all = new ArrayList<>();
    add(all, "experiment.replications", replications);
    add(all, "experiment.horizon", horizon);
    add(all, "experiment.warmup", warmup);
    add(all, "experiment.seed", seed);
    all.addAll(sets);
    return all;
  }

  ScenarioSet load() {
    return ScenarioLoader.load(file, overrides());
  }

  private static void add(List<String> all, String path, String value) {
    if (value != null) {
      all.add(path + "=" + value);
    }
  }
}
