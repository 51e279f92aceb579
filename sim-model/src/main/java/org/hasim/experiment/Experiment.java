package org.hasim.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.hasim.cluster.ClusterSimulation;
import org.hasim.engine.RandomStreams;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.ScenarioSet;
import org.hasim.scenario.ServiceSpec;
import org.hasim.stats.ComparisonResult;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.MetricsCollector;
import org.hasim.stats.ReplicationResult;
import org.hasim.stats.RunInfo;

/**
 * Runs a scenario's replications: one {@link ClusterSimulation} per replication with a {@link
 * MetricsCollector} observing the window [warm-up, warm-up + horizon], spread over the runner's threads.
 * Every variant of a scenario set uses the same seed, so replication r of each variant sees the same
 * failures (common random numbers).
 */
public final class Experiment {
  private Experiment() {}

  /** The per-replication results of one scenario, in replication order. */
  public static List<ReplicationResult> replicate(Scenario s, ReplicationRunner runner, IntConsumer progress) {
    return replicate(s, runner, 0, s.experiment().replications(), progress);
  }

  /**
   * Replications {@code fromRep} (inclusive) to {@code toRep} (exclusive) of one scenario, in replication
   * order. Replication r always draws from substream r, so the results of a sub-range are exactly those the
   * full run has at the same indices: blocks computed apart (other threads, processes or machines) and put
   * together give the same aggregate as one run. {@code progress} counts completions within the block.
   */
  public static List<ReplicationResult> replicate(Scenario s, ReplicationRunner runner, int fromRep, int toRep,
      IntConsumer progress) {
    if (fromRep < 0 || toRep < fromRep) {
      throw new IllegalArgumentException("bad replication range [" + fromRep + ", " + toRep + ")");
    }
    RandomStreams streams = new RandomStreams(s.experiment().seed());
    List<String> services = s.services().stream().map(ServiceSpec::name).toList();
    double warmup = s.experiment().warmup();
    double horizon = s.experiment().horizon();
    return runner.run(toRep - fromRep, i -> {
      int rep = fromRep + i;
      MetricsCollector collector = new MetricsCollector(services, warmup, horizon);
      if (rep == 0) {
        collector.keepSeries(); // the time series of one replication is enough to draw; keep memory small
      }
      new ClusterSimulation(s, streams, rep, collector).run();
      return collector.result(rep);
    }, progress);
  }

  /** Aggregated statistics of one scenario. */
  public static ExperimentResult run(Scenario s, ReplicationRunner runner, IntConsumer progress) {
    return ExperimentResult.aggregate(RunInfo.of(s), replicate(s, runner, progress));
  }

  /** Every variant of {@code set}, on common random numbers, with paired differences to the first. */
  public static ComparisonResult compare(ScenarioSet set, ReplicationRunner runner, IntConsumer progress) {
    Map<String, List<ReplicationResult>> runs = new LinkedHashMap<>();
    for (var e : set.variants().entrySet()) {
      runs.put(e.getKey(), replicate(e.getValue(), runner, progress));
    }
    return ComparisonResult.compare(RunInfo.of(set.base()), new LinkedHashMap<>(runs));
  }
}
