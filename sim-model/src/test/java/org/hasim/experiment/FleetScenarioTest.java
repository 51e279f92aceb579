package org.hasim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.hasim.cluster.OutageCause;
import org.hasim.scenario.RackSpec;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.ScenarioLoader;
import org.hasim.scenario.StorageSpec;
import org.hasim.stats.ReplicationResult;
import org.hasim.stats.ServiceOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reduced fleet, scenarios/scale/fleet-100.yaml (100 nodes in racks, 2,000 VMs, a month), runs in the
 * suite: its structure is what the file says, one and two threads give identical results, and the month's
 * VM crashes and maintenance migrations are what the scenario's numbers predict.
 */
class FleetScenarioTest {
  private static final double DAY = 86400;
  private static Scenario fleet;
  private static List<ReplicationResult> oneThread;

  @BeforeAll
  static void run() {
    fleet = ScenarioLoader.load(Path.of("..", "scenarios", "scale", "fleet-100.yaml"),
        List.of("experiment.replications=4")).base();
    oneThread = Experiment.replicate(fleet, new ReplicationRunner(1), done -> {});
  }

  @Test
  void theFileDescribesAHundredNodesInThreeRacksAndTwoStorageSystems() {
    assertThat(fleet.cluster().nodes()).hasSize(100);
    assertThat(fleet.cluster().racks()).extracting(RackSpec::name).containsExactly("rack1", "rack2", "rack3");
    assertThat(fleet.cluster().racks()).extracting(r -> r.nodes().size()).containsExactly(40, 40, 20);
    assertThat(fleet.cluster().racks().get(2).nodes()).containsExactlyElementsOf(
        IntStream.rangeClosed(81, 100).mapToObj(i -> "node" + i).toList());
    assertThat(fleet.cluster().storages()).extracting(StorageSpec::racks)
        .containsExactly(List.of("rack1", "rack2"), List.of("rack3"));
    assertThat(fleet.vms()).hasSize(2000);
    assertThat(fleet.services()).hasSize(2000);
    assertThat(fleet.vms().get(1234).home()).isEqualTo("node35"); // vm1235: round-robin over 100 nodes
    assertThat(fleet.experiment().horizon()).isEqualTo(30 * DAY);
  }

  @Test
  void twoThreadsGiveIdenticalResults() {
    assertThat(Experiment.replicate(fleet, new ReplicationRunner(2), done -> {})).isEqualTo(oneThread);
  }

  @Test
  void vmCrashDowntimeIsCrashesTimesDetectionAndRestart() {
    // 2,000 VMs crashing every 90 d on average for 30 d, 99 % of them recovered automatically, each down for
    // the monitor's phase (uniform in [0, 10 s), mean 5 s) plus the 30 s restart
    double expected = 2000 * (30.0 / 90.0) * 0.99 * (5 + 30);
    double mean = oneThread.stream()
        .mapToDouble(r -> r.services().stream().mapToDouble(s -> s.downtime(OutageCause.VM_CRASH)).sum())
        .average().orElseThrow();
    assertThat(mean).isBetween(0.85 * expected, 1.15 * expected);
  }

  @Test
  void everyNodeIsMaintainedOnceAndItsVmsLeaveByLiveMigration() {
    // 100 staggered windows in the month, each evacuating about 20 VMs; each pause is the default 20 ms resume
    // plus the stop-and-copy of a small last dirty set
    for (ReplicationResult r : oneThread) {
      double migrations = r.extra().get("migrations.count");
      assertThat(migrations).isBetween(1800.0, 2200.0);
      assertThat(r.extra().get("migrations.committed")).isGreaterThan(0.95 * migrations);
      double pause = r.services().stream().mapToDouble(s -> s.downtime(OutageCause.MIGRATION_PAUSE)).sum();
      assertThat(pause / migrations).isBetween(0.020, 0.030);
      assertThat(r.services()).allSatisfy(s -> assertThat(s.downtime(OutageCause.MAINTENANCE_RESTART))
          .isLessThan(DAY));
    }
  }

  @Test
  void servicesAreMostlyUp() {
    for (ReplicationResult r : oneThread) {
      double up = r.services().stream().mapToDouble(ServiceOutcome::uptime).sum();
      double observed = r.services().stream().mapToDouble(ServiceOutcome::observed).sum();
      assertThat(observed).isEqualTo(2000 * 30 * DAY, org.assertj.core.data.Offset.offset(1e-3));
      assertThat(up / observed).isGreaterThan(0.99);
    }
  }
}
