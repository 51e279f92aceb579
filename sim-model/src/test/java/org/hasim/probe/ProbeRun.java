package org.hasim.probe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hasim.cluster.ClusterObserver;
import org.hasim.cluster.ClusterSimulation;
import org.hasim.engine.RandomStreams;
import org.hasim.migration.MigrationRecord;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.ScenarioLoader;
import org.hasim.scenario.ScenarioSet;

/** Test harness: scenarios from YAML text, one replication observed sample by sample. */
final class ProbeRun implements ClusterObserver {
  final List<ProbeSample> samples = new ArrayList<>();
  final Map<String, Double> summary = new HashMap<>();
  final List<MigrationRecord> migrations = new ArrayList<>();
  final Map<String, Double> serviceDowntime = new HashMap<>();
  private final Map<String, Double> downSince = new HashMap<>();
  long events;

  /** Loads {@code yaml} (written to a temporary file) with {@code sets} applied. */
  static ScenarioSet load(String yaml, String... sets) {
    try {
      Path file = Files.createTempFile("probe-test", ".yaml");
      try {
        Files.writeString(file, yaml);
        return ScenarioLoader.load(file, List.of(sets));
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs replication {@code rep} of {@code s}. */
  static ProbeRun run(Scenario s, int rep) {
    ProbeRun r = new ProbeRun();
    ClusterSimulation sim = new ClusterSimulation(s, new RandomStreams(s.experiment().seed()), rep, r);
    sim.run();
    r.events = sim.eventsExecuted();
    return r;
  }

  double get(String probe, String metric) {
    Double v = summary.get(probe + "." + metric);
    if (v == null) {
      throw new AssertionError("no summary " + probe + "." + metric + " in " + summary.keySet());
    }
    return v;
  }

  List<ProbeSample> of(String kind) {
    return samples.stream().filter(s -> s.kind().equals(kind)).toList();
  }

  @Override
  public boolean keepsProbeSamples() {
    return true;
  }

  @Override
  public void probeSample(ProbeSample sample) {
    samples.add(sample);
  }

  @Override
  public void probeSummary(String probe, String metric, double value) {
    summary.merge(probe + "." + metric, value, Double::sum);
  }

  @Override
  public void migrationFinished(MigrationRecord record) {
    migrations.add(record);
  }

  @Override
  public void serviceDown(String service, org.hasim.cluster.OutageCause cause, double time) {
    downSince.putIfAbsent(service, time);
  }

  @Override
  public void serviceUp(String service, double time) {
    Double since = downSince.remove(service);
    if (since != null) {
      serviceDowntime.merge(service, time - since, Double::sum);
    }
  }
}
