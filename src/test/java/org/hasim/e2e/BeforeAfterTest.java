package org.hasim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hasim.experiment.Experiment;
import org.hasim.experiment.ReplicationRunner;
import org.hasim.scenario.ScenarioLoader;
import org.hasim.stats.ComparisonResult;
import org.hasim.stats.Difference;
import org.hasim.stats.Statistic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The paper's headline question on its own scenario: restart vs live migration on common random numbers.
 * Maintenance outages shrink from shutdown + boot (50 s per VM in the file) to a sub-second pause, and
 * because both variants see the same failures, the paired difference is much more precise than comparing
 * two independent runs would be.
 */
class BeforeAfterTest {
  private static ComparisonResult result;

  @BeforeAll
  static void run() {
    var set = ScenarioLoader.load(Cli.root().resolve("scenarios/paper/two-node-maintenance.yaml"),
        List.of("experiment.replications=60"));
    result = Experiment.compare(set, new ReplicationRunner(2), done -> {});
  }

  @Test
  void liveMigrationOutagesArePausesRestartOutagesAreShutdownPlusBoot() {
    var live = result.variants().get("live-migration");
    Statistic pauseMs = live.extra().get("migrations.mean_downtime_ms");
    assertThat(pauseMs.mean()).isPositive().isLessThan(1000);
    assertThat(live.extra().get("migrations.count").mean()).isGreaterThan(20); // 2 nodes × 12 windows, ≥ 1 VM
    var restart = result.variants().get("restart");
    assertThat(restart.extra()).doesNotContainKey("migrations.count");
    // 24 windows a year; each that finds a VM on its node costs web 50 s (VMs moved by a failure can
    // leave a node empty when its window comes), so well over half of 24 × 50 s
    double restartMin = restart.services().get("web").downtimeByCause().get("maintenance-restart").mean();
    assertThat(restartMin).isBetween(12 * 50 / 60.0, 25 * 50 / 60.0);
    double liveMin = live.services().get("web").downtimeByCause().get("migration-pause").mean();
    assertThat(liveMin).isLessThan(restartMin / 50);
  }

  @Test
  void pairedDifferenceIsNarrowerThanTheUnpairedOne() {
    Difference d = result.differences().get("live-migration").services().get("web").downtimeMinPerYear();
    double paired = d.paired().ciHigh() - d.paired().ciLow();
    double unpaired = d.unpaired().ciHigh() - d.unpaired().ciLow();
    System.out.printf("web downtime difference: paired %s, unpaired %s%n", d.paired(), d.unpaired());
    assertThat(paired).isLessThan(unpaired / 10);
    assertThat(d.paired().ciHigh()).isNegative(); // live migration removes downtime, and we can tell
    assertThat(d.unpaired().ciLow()).isNegative().isLessThan(0);
    assertThat(d.unpaired().ciHigh()).isPositive(); // two independent runs could not tell
  }
}
