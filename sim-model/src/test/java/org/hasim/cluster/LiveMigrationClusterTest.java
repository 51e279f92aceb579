package org.hasim.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.hasim.cluster.ScenarioBuilder.GIB;
import static org.hasim.cluster.ScenarioBuilder.HOUR;
import static org.hasim.cluster.ScenarioBuilder.fixed;

import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.migration.MigrationRecord.Outcome;
import org.hasim.scenario.DirtyModel;
import org.hasim.scenario.MigrationSpec.Algorithm;
import org.hasim.scenario.ScriptedEvent;
import org.junit.jupiter.api.Test;

/** Maintenance with live migration in the cluster: pause-sized outages, fault semantics, fallbacks. */
class LiveMigrationClusterTest {
  private static final double T = 1000;
  /** Each transfer also pays the link's one-way latency. */
  private static final double LATENCY = 1e-4;
  /** 1 GiB at 1 Gbit/s. */
  private static final double ROUND1 = GIB * 8 / 1e9 + LATENCY;
  /** CPU/device state at 1 Gbit/s plus 20 ms resume. */
  private static final double PAUSE = 256 * 1024 * 8 / 1e9 + LATENCY + 0.02;

  private static ScenarioBuilder twoNodes() {
    return ScenarioBuilder.scenario()
        .node("n1").node("n2")
        .vm("x0", "n1", fixed(30))
        .service("web", "x0")
        .horizon(10 * HOUR);
  }

  @Test
  void idleVmMovesWithAPauseOnly() {
    var s = twoNodes().liveMigration(Algorithm.XEN_LEGACY, 2)
        .event(new ScriptedEvent.Maintenance("n1", T, HOUR)).build();
    Recorder r = Replications.one(s, 0);
    assertThat(r.migrations).hasSize(1);
    assertThat(r.migrations.get(0).outcome()).isEqualTo(Outcome.COMMITTED);
    assertThat(r.migrations.get(0).totalTime()).isCloseTo(ROUND1 + PAUSE, offset(1e-6));
    assertThat(r.byCause.get(OutageCause.MIGRATION_PAUSE)).isCloseTo(PAUSE, offset(1e-9));
    assertThat(r.outages.get("web")).isEqualTo(1);
    assertThat(r.events(ClusterEvent.VmStarted.class).get(1).node()).isEqualTo("n2");
  }

  @Test
  void restartPolicyCostsShutdownPlusBoot() {
    var s = twoNodes().event(new ScriptedEvent.Maintenance("n1", T, HOUR)).build();
    Recorder r = Replications.one(s, 0);
    assertThat(r.migrations).isEmpty();
    assertThat(r.byCause.get(OutageCause.MAINTENANCE_RESTART)).isCloseTo(20 + 30, offset(1e-9));
  }

  @Test
  void incompatibleCpuFallsBackToRestart() {
    var s = twoNodes().liveMigration(Algorithm.XEN_LEGACY, 2).cpuModel("n2", "opteron")
        .event(new ScriptedEvent.Maintenance("n1", T, HOUR)).build();
    Recorder r = Replications.one(s, 0);
    assertThat(r.migrations).isEmpty();
    assertThat(r.byCause.get(OutageCause.MAINTENANCE_RESTART)).isCloseTo(50, offset(1e-9));
  }

  @Test
  void targetCrashDuringPrecopyAbortsAndTheVmKeepsRunningThenRestarts() {
    var s = twoNodes().liveMigration(Algorithm.XEN_LEGACY, 2)
        .event(new ScriptedEvent.Maintenance("n1", T, HOUR))
        .event(new ScriptedEvent.NodeCrash("n2", T + 2, HOUR)).build();
    Recorder r = Replications.one(s, 0);
    assertThat(r.migrations.get(0).outcome()).isEqualTo(Outcome.ABORTED);
    // the VM kept serving until the fallback shutdown; it then waits: n2 is down, n1 draining
    assertThat(r.byCause).doesNotContainKey(OutageCause.NODE_FAILURE);
    assertThat(r.byCause.get(OutageCause.MAINTENANCE_RESTART)).isPositive();
  }

  @Test
  void sourceCrashDuringPrecopyLosesTheMigrationAndTheVmIsRestarted() {
    var s = twoNodes().liveMigration(Algorithm.XEN_LEGACY, 2)
        .event(new ScriptedEvent.Maintenance("n1", T, HOUR))
        .event(new ScriptedEvent.NodeCrash("n1", T + 2, HOUR)).build();
    Recorder r = Replications.one(s, 0);
    assertThat(r.migrations.get(0).outcome()).isEqualTo(Outcome.VM_LOST);
    assertThat(r.incidents(Incident.VM_LOST)).isEqualTo(1);
    // restarted on n2 after detection (<= 30 s), fencing (10 s) and boot (30 s)
    assertThat(r.events(ClusterEvent.VmStarted.class).get(1).node()).isEqualTo("n2");
    assertThat(r.byCause.get(OutageCause.NODE_FAILURE)).isBetween(69.0, 70.0 + 1e-9);
  }

  @Test
  void crashDuringPostCopyPullLosesTheVm() {
    var s = twoNodes().liveMigration(Algorithm.POST_COPY, 2)
        .event(new ScriptedEvent.Maintenance("n1", T, HOUR))
        .event(new ScriptedEvent.NodeCrash("n1", T + 2, HOUR)).build();
    Recorder r = Replications.one(s, 0);
    assertThat(r.migrations.get(0).outcome()).isEqualTo(Outcome.VM_LOST);
    assertThat(r.incidents(Incident.VM_LOST)).isEqualTo(1);
    assertThat(r.byCause.get(OutageCause.NODE_FAILURE)).isPositive();
    assertThat(r.availability("web")).isLessThan(1.0);
  }

  @Test
  void migrationLimitSerialisesMigrations() {
    var s = ScenarioBuilder.scenario().node("n1").node("n2")
        .vm("a", "n1", fixed(30)).vm("b", "n1", fixed(30)).vm("c", "n1", fixed(30))
        .service("sa", "a").service("sb", "b").service("sc", "c")
        .liveMigration(Algorithm.XEN_LEGACY, 1)
        .event(new ScriptedEvent.Maintenance("n1", T, HOUR)).horizon(10 * HOUR).build();
    Recorder r = Replications.one(s, 0);
    assertThat(r.migrations).hasSize(3);
    double one = ROUND1 + PAUSE;
    assertThat(r.migrations.get(2).start() + r.migrations.get(2).totalTime()).isCloseTo(T + 3 * one, offset(1e-6));
  }

  @Test
  void concurrentMigrationsShareTheLink() {
    var s = ScenarioBuilder.scenario().node("n1").node("n2")
        .vm("a", "n1", fixed(30)).vm("b", "n1", fixed(30))
        .service("sa", "a").service("sb", "b")
        .liveMigration(Algorithm.XEN_LEGACY, 2)
        .event(new ScriptedEvent.Maintenance("n1", T, HOUR)).horizon(10 * HOUR).build();
    Recorder r = Replications.one(s, 0);
    assertThat(r.migrations).hasSize(2);
    assertThat(r.migrations.get(0).rounds().get(0).duration()).isCloseTo(2 * (ROUND1 - LATENCY) + LATENCY, offset(1e-6));
  }

  @Test
  void saturatedSharedNetworkMakesHeartbeatsLateAndWithLowDeadtimeFailsOver() {
    // 100 Mbit/s shared network with an 8 MiB buffer: a saturating migration adds 0.67 s of queueing
    ScenarioBuilder b = twoNodes().network(100e6, 8L << 20).liveMigration(Algorithm.XEN_LEGACY, 2)
        .dirty("x0", new DirtyModel.Constant(1 << 20))
        .event(new ScriptedEvent.Maintenance("n1", T, HOUR));
    Recorder relaxed = Replications.one(b.heartbeat(0.1, 1, 0.5, 2).build(), 0);
    assertThat(relaxed.incidents(Incident.HEARTBEAT_WARNING)).isPositive();
    assertThat(relaxed.incidents(Incident.FALSE_FAILOVER)).isZero();

    Recorder tight = Replications.one(b.heartbeat(0.1, 0.5, 0.3, 1).build(), 0);
    assertThat(tight.incidents(Incident.FALSE_FAILOVER)).isPositive();
  }

  @Test
  void failbackMigratesTheVmHomeWhenItsNodeRejoins() {
    var s = twoNodes().liveMigration(Algorithm.XEN_LEGACY, 2).failback(true)
        .event(new ScriptedEvent.Maintenance("n1", T, HOUR)).build();
    Recorder r = Replications.one(s, 0);
    assertThat(r.migrations).hasSize(2);
    assertThat(r.migrations.get(1).source()).isEqualTo("n2");
    assertThat(r.migrations.get(1).target()).isEqualTo("n1");
    assertThat(r.migrations.get(1).start()).isCloseTo(T + ROUND1 + PAUSE + HOUR, offset(1e-6));
    assertThat(r.outages.get("web")).isEqualTo(2);
    assertThat(r.byCause.get(OutageCause.MIGRATION_PAUSE)).isCloseTo(2 * PAUSE, offset(1e-9));
  }

  @Test
  void withoutFailbackTheVmStaysWhereItWent() {
    var s = twoNodes().liveMigration(Algorithm.XEN_LEGACY, 2)
        .event(new ScriptedEvent.Maintenance("n1", T, HOUR)).build();
    assertThat(Replications.one(s, 0).migrations).hasSize(1);
  }

  @Test
  void failbackUnderRestartPolicyRestartsTheVmAtHome() {
    var s = twoNodes().failback(true).event(new ScriptedEvent.Maintenance("n1", T, HOUR)).build();
    Recorder r = Replications.one(s, 0);
    assertThat(r.outages.get("web")).isEqualTo(2);
    assertThat(r.byCause.get(OutageCause.MAINTENANCE_RESTART)).isCloseTo(2 * 50, offset(1e-9));
    assertThat(r.events(ClusterEvent.VmStarted.class).get(2).node()).isEqualTo("n1");
  }
}
