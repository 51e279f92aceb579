package org.hasim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hasim.experiment.Experiment;
import org.hasim.experiment.ReplicationRunner;
import org.hasim.scenario.ScenarioLoader;
import org.hasim.stats.ExperimentResult;
import org.junit.jupiter.api.Test;

/**
 * The paper's ping experiment as shipped: scenarios/paper/ping-during-migration.yaml loads the calibrated
 * parameter set (calibration/calibrated/paper.yaml). The paper saw about 20 of 2000 pings lost at 100/s
 * during one live migration and no other break in the RTT graph.
 */
class CalibratedPingTest {

  @Test
  void losesTwentyPlusMinusFourAndNothingOutsideThePause() {
    var set = ScenarioLoader.load(Cli.root().resolve("scenarios/paper/ping-during-migration.yaml"),
        List.of("experiment.replications=20"));
    ExperimentResult live = Experiment.run(set.variants().get("live-migration"), new ReplicationRunner(2),
        done -> {});
    double lost = live.extra().get("probes.ping-x0.lost").mean();
    assertThat(lost).isBetween(16.0, 24.0);
    // all lost packets form one run: the longest gap is the loss count times the 10 ms interval
    double longestGapMs = live.extra().get("probes.ping-x0.longest_loss_ms").mean();
    assertThat(longestGapMs).isCloseTo(lost * 10, org.assertj.core.data.Offset.offset(1e-6));
    // and the RTT stays in the milliseconds: the push phase queues on the shared link, nothing more
    assertThat(live.extra().get("probes.ping-x0.rtt_max_ms").mean()).isLessThan(10);
  }
}
