package org.hasim.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hasim.experiment.Experiment;
import org.hasim.experiment.ReplicationRunner;
import org.hasim.scenario.Scenario;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.ReplicationResult;
import org.hasim.stats.RunInfo;
import org.junit.jupiter.api.Test;

/** Probe figures reach the results as probes.<name>.<metric>; the time series of replication 0 only. */
class ProbeResultsTest {
  @Test
  void summariesAreExtrasAndOnlyReplicationZeroKeepsItsSeries() {
    Scenario s = ProbeRun.load(PingProbeTest.YAML, "experiment.replications=4").base();
    List<ReplicationResult> reps = Experiment.replicate(s, new ReplicationRunner(2), done -> {});

    assertThat(reps.get(0).series()).hasSize(2000);
    assertThat(reps.get(0).series()).allMatch(x -> x.probe().equals("ping-x0"));
    reps.subList(1, reps.size()).forEach(r -> assertThat(r.series()).isEmpty());
    reps.forEach(r -> assertThat(r.extra()).containsKeys("probes.ping-x0.lost", "probes.ping-x0.rtt_mean_ms"));

    ExperimentResult result = ExperimentResult.aggregate(RunInfo.of(s), reps);
    assertThat(result.series()).isEqualTo(reps.get(0).series());
    assertThat(result.extraGroup("probes")).containsKeys("ping-x0.lost", "ping-x0.sent", "ping-x0.rtt_max_ms");
    assertThat(result.extraGroup("probes").get("ping-x0.sent").mean()).isEqualTo(2000);
  }
}
