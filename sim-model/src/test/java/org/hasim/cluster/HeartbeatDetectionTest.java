package org.hasim.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hasim.cluster.ScenarioBuilder.HOUR;
import static org.hasim.cluster.ScenarioBuilder.fixed;

import org.hasim.cluster.ClusterEvent.HeartbeatLate;
import org.hasim.cluster.ClusterEvent.NodeDeclaredDead;
import org.hasim.cluster.ClusterEvent.NodeRejoined;
import org.hasim.cluster.ClusterEvent.VmStarted;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.scenario.ScriptedEvent;
import org.junit.jupiter.api.Test;

/** Heartbeat detection as Heartbeat documents it: deadtime, keepalive phase, warntime and initdead. */
class HeartbeatDetectionTest {
  private static final double CRASH_AT = 1000;

  private static ScenarioBuilder twoNodes() {
    return ScenarioBuilder.scenario()
        .node("n1").node("n2")
        .vm("x0", "n1", fixed(30))
        .service("web", "x0")
        .heartbeat(2, 30, 15, 60)
        .fencing(true, fixed(10), 1.0)
        .horizon(10 * HOUR);
  }

  @Test
  void crashIsDeclaredWithinDeadtimeMinusOneKeepalive() {
    var s = twoNodes().event(new ScriptedEvent.NodeCrash("n1", CRASH_AT, 2 * HOUR)).build();
    for (int rep = 0; rep < 200; rep++) {
      Recorder r = Replications.one(s, rep);
      var declared = r.events(NodeDeclaredDead.class);
      assertThat(declared).hasSize(1);
      assertThat(declared.get(0).time()).isBetween(CRASH_AT + 30 - 2, CRASH_AT + 30);
      // warning at the same phase, warntime after the last heartbeat
      double phase = CRASH_AT + 30 - declared.get(0).time();
      var late = r.events(HeartbeatLate.class);
      assertThat(late).hasSize(1);
      assertThat(late.get(0).time()).isCloseTo(CRASH_AT + 15 - phase, org.assertj.core.data.Offset.offset(1e-6));
      // then fence (10 s) and boot (30 s): outage = detection + 40 s
      var restarted = r.events(VmStarted.class).get(1);
      assertThat(restarted.time()).isCloseTo(declared.get(0).time() + 40, org.assertj.core.data.Offset.offset(1e-6));
      assertThat(r.downtime.get("web")).isCloseTo(restarted.time() - CRASH_AT, org.assertj.core.data.Offset.offset(1e-6));
    }
  }

  @Test
  void phasesAreSpreadOverTheWholeKeepalive() {
    var s = twoNodes().event(new ScriptedEvent.NodeCrash("n1", CRASH_AT, 2 * HOUR)).build();
    double min = Double.MAX_VALUE;
    double max = 0;
    for (int rep = 0; rep < 200; rep++) {
      double t = Replications.one(s, rep).events(NodeDeclaredDead.class).get(0).time() - CRASH_AT;
      min = Math.min(min, t);
      max = Math.max(max, t);
    }
    assertThat(min).isLessThan(28.1);
    assertThat(max).isGreaterThan(29.9);
  }

  @Test
  void partitionShorterThanDeadtimeOnlyWarns() {
    var s = twoNodes()
        .event(new ScriptedEvent.Partition(java.util.List.of("n1"), java.util.List.of("n2"), CRASH_AT, 20))
        .build();
    Recorder r = Replications.one(s, 0);
    assertThat(r.events(NodeDeclaredDead.class)).isEmpty();
    assertThat(r.incidents(Incident.HEARTBEAT_WARNING)).isEqualTo(2); // each side warns about the other
    assertThat(r.incidents(Incident.FALSE_FAILOVER)).isZero();
    assertThat(r.downtime.getOrDefault("web", 0.0)).isZero();
  }

  @Test
  void partitionShorterThanWarntimeIsSilent() {
    var s = twoNodes()
        .event(new ScriptedEvent.Partition(java.util.List.of("n1"), java.util.List.of("n2"), CRASH_AT, 12))
        .build();
    Recorder r = Replications.one(s, 0);
    assertThat(r.incidents(Incident.HEARTBEAT_WARNING)).isZero();
  }

  @Test
  void nodeAloneAfterRebootWaitsInitdeadBeforeStartingResources() {
    // both nodes down; n2 comes back first and alone: it may start x0 only after initdead (60 s)
    var s = twoNodes()
        .event(new ScriptedEvent.NodeCrash("n2", CRASH_AT, 100))
        .event(new ScriptedEvent.NodeCrash("n1", CRASH_AT + 10, 2 * HOUR))
        .build();
    Recorder r = Replications.one(s, 0);
    var rejoined = r.events(NodeRejoined.class);
    assertThat(rejoined.get(0).node()).isEqualTo("n2");
    assertThat(rejoined.get(0).time()).isCloseTo(CRASH_AT + 100 + 60, org.assertj.core.data.Offset.offset(1e-6));
    VmStarted restart = r.events(VmStarted.class).get(1);
    assertThat(restart.node()).isEqualTo("n2");
    assertThat(restart.time()).isCloseTo(CRASH_AT + 160 + 30, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void nodeRejoiningALiveClusterDoesNotWaitInitdead() {
    var s = twoNodes().event(new ScriptedEvent.NodeCrash("n2", CRASH_AT, 100)).build();
    Recorder r = Replications.one(s, 0);
    assertThat(r.events(NodeRejoined.class).get(0).time())
        .isCloseTo(CRASH_AT + 100, org.assertj.core.data.Offset.offset(1e-6));
  }
}
