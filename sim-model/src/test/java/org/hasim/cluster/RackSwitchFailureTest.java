package org.hasim.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.hasim.cluster.ScenarioBuilder.HOUR;
import static org.hasim.cluster.ScenarioBuilder.exp;
import static org.hasim.cluster.ScenarioBuilder.fixed;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.engine.RandomStreams;
import org.hasim.failure.FailureMode;
import org.hasim.scenario.QuorumSpec.NoQuorumPolicy;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.ScriptedEvent;
import org.junit.jupiter.api.Test;

/**
 * Top-of-rack switch failures: the rack's services go down together, the rest of the cluster fences the cut-off
 * nodes and restarts their VMs, and the downtime is attributed to {@link OutageCause#RACK_SWITCH_FAILURE}.
 * Expected times are worked out by hand from the detection rule (declared dead deadtime − φ after the cut, φ
 * uniform in [0, keepalive)), the fencing time and the boot time.
 */
class RackSwitchFailureTest {
  private static final double CUT = HOUR;
  private static final double KEEPALIVE = 1;
  private static final double DEADTIME = 30;
  private static final double FENCE = 10;
  private static final double BOOT = 30;

  /** Nodes n1..n{2·racks} in racks of two, VM xi and service si on node ni. */
  private static ScenarioBuilder racksOfTwo(int racks) {
    ScenarioBuilder b = ScenarioBuilder.scenario()
        .heartbeat(KEEPALIVE, DEADTIME, 15, 60)
        .fencing(true, fixed(FENCE), 1.0)
        .quorum(NoQuorumPolicy.STOP, false)
        .coverage(1.0, fixed(HOUR))
        .horizon(10 * HOUR);
    for (int i = 1; i <= 2 * racks; i++) {
      b.node("n" + i).vm("x" + i, "n" + i, fixed(BOOT)).service("s" + i, "x" + i);
    }
    for (int r = 1; r <= racks; r++) {
      b.rack("rack" + r, null, "n" + (2 * r - 1), "n" + 2 * r);
    }
    return b;
  }

  @Test
  void aSwitchFailureTakesExactlyItsRacksServicesDownTogetherAndTheRestRecoversThem() {
    Scenario s = racksOfTwo(3).event(new ScriptedEvent.RackSwitchFailure("rack2", CUT, 1800)).build();
    Log log = Log.run(s, 0);

    assertThat(log.downs).extracting(d -> d.service).containsExactlyInAnyOrder("s3", "s4");
    assertThat(log.downs).allSatisfy(d -> {
      assertThat(d.time).isEqualTo(CUT);
      assertThat(d.cause).isEqualTo(OutageCause.RACK_SWITCH_FAILURE);
    });
    for (String svc : List.of("s3", "s4")) {
      // declared dead after deadtime − φ, fenced, booted elsewhere: 69 to 70 s, all under the switch
      assertThat(log.downtime(svc)).isBetween(DEADTIME - KEEPALIVE + FENCE + BOOT, DEADTIME + FENCE + BOOT);
      assertThat(log.downtime(svc, OutageCause.RACK_SWITCH_FAILURE)).isEqualTo(log.downtime(svc));
      assertThat(log.outages.get(svc)).isEqualTo(1);
    }
    assertThat(log.incidents).doesNotContainKey(Incident.FALSE_FAILOVER);
    assertThat(log.events(ClusterEvent.NodeFenced.class)).extracting(ClusterEvent.NodeFenced::node)
        .containsExactlyInAnyOrder("n3", "n4");
    assertThat(log.events(ClusterEvent.VmStarted.class)).filteredOn(e -> e.time() > CUT)
        .extracting(ClusterEvent.VmStarted::node).doesNotContain("n3", "n4");
    assertThat(log.events(ClusterEvent.RackSwitchChanged.class))
        .containsExactly(new ClusterEvent.RackSwitchChanged(CUT, "rack2", false),
            new ClusterEvent.RackSwitchChanged(CUT + 1800, "rack2", true));
    // the fenced nodes rebooted while cut off and join when the switch is back
    assertThat(log.events(ClusterEvent.NodeRejoined.class)).extracting(ClusterEvent.NodeRejoined::node)
        .containsExactlyInAnyOrder("n3", "n4");
    assertThat(log.events(ClusterEvent.NodeRejoined.class)).allSatisfy(e -> assertThat(e.time()).isEqualTo(CUT + 1800));
  }

  @Test
  void anOutageShorterThanDetectionCostsExactlyItsDuration() {
    Scenario s = racksOfTwo(3).event(new ScriptedEvent.RackSwitchFailure("rack1", CUT, 10)).build();
    Log log = Log.run(s, 0);

    assertThat(log.downs).extracting(d -> d.service).containsExactlyInAnyOrder("s1", "s2");
    assertThat(log.downtime("s1", OutageCause.RACK_SWITCH_FAILURE)).isEqualTo(10.0, offset(1e-9));
    assertThat(log.downtime("s2", OutageCause.RACK_SWITCH_FAILURE)).isEqualTo(10.0, offset(1e-9));
    assertThat(log.events(ClusterEvent.NodeDeclaredDead.class)).isEmpty();
    assertThat(log.events(ClusterEvent.NodeFenced.class)).isEmpty();
  }

  @Test
  void independentRacksCutOffAtOnceAreEachRecovered() {
    Scenario s = racksOfTwo(5)
        .event(new ScriptedEvent.RackSwitchFailure("rack1", CUT, 1800))
        .event(new ScriptedEvent.RackSwitchFailure("rack2", CUT + 5, 1800)).build();
    for (int rep = 0; rep < 5; rep++) {
      Log log = Log.run(s, rep);
      assertThat(log.downs).extracting(d -> d.service).containsExactlyInAnyOrder("s1", "s2", "s3", "s4");
      for (String svc : List.of("s1", "s2", "s3", "s4")) {
        assertThat(log.downtime(svc)).isBetween(DEADTIME - KEEPALIVE + FENCE + BOOT, DEADTIME + FENCE + BOOT);
        assertThat(log.downtime(svc, OutageCause.RACK_SWITCH_FAILURE)).isEqualTo(log.downtime(svc));
      }
      assertThat(log.events(ClusterEvent.NodeFenced.class)).extracting(ClusterEvent.NodeFenced::node)
          .containsExactlyInAnyOrder("n1", "n2", "n3", "n4");
      assertThat(log.events(ClusterEvent.NodeRejoined.class)).extracting(ClusterEvent.NodeRejoined::node)
          .containsExactlyInAnyOrder("n1", "n2", "n3", "n4");
      assertThat(log.incidents).doesNotContainKeys(Incident.QUORUM_LOSS, Incident.FALSE_FAILOVER);
    }
  }

  @Test
  void withoutFencingTheCutOffCopiesMeetTheirDuplicatesWhenTheSwitchReturns() {
    Scenario s = racksOfTwo(3).fencing(false, fixed(FENCE), 1.0)
        .event(new ScriptedEvent.RackSwitchFailure("rack2", CUT, 1800)).build();
    Log log = Log.run(s, 0);

    // down for the whole cut, then both copies stopped and repaired by hand (manual recovery 1 h)
    for (String svc : List.of("s3", "s4")) {
      assertThat(log.downtime(svc, OutageCause.RACK_SWITCH_FAILURE)).isEqualTo(1800.0, offset(1e-9));
      assertThat(log.downtime(svc, OutageCause.SPLIT_BRAIN)).isEqualTo(HOUR, offset(1e-9));
    }
    assertThat(log.incidents.get(Incident.SPLIT_BRAIN)).isEqualTo(2);
    assertThat(log.downs).extracting(d -> d.service).containsOnly("s3", "s4");
  }

  @Test
  void aStorageSystemTakesDownOnlyTheVmsWhoseHomeItServes() {
    Scenario s = racksOfTwo(3)
        .storageFor("san1", null, "rack1")
        .storageFor("san2", null, "rack2", "rack3")
        .event(new ScriptedEvent.NamedStorageFailure("san2", CUT, 600)).build();
    Log log = Log.run(s, 0);

    assertThat(log.downs).extracting(d -> d.service).containsExactlyInAnyOrder("s3", "s4", "s5", "s6");
    for (String svc : List.of("s3", "s4", "s5", "s6")) {
      assertThat(log.downtime(svc, OutageCause.STORAGE_FAILURE)).isEqualTo(600.0, offset(1e-9));
    }
  }

  @Test
  void aRackHoldingEveryNodeIsDownExactlyWhileItsSwitchIs() {
    // nobody is left to act, so each switch outage is a service outage of its own length: the availability
    // of an alternating renewal process, MTTF / (MTTF + MTTR) = 100 / 102
    FailureMode sw = new FailureMode(exp(100 * HOUR), fixed(2 * HOUR), true);
    Scenario s = ScenarioBuilder.scenario()
        .node("n1").node("n2")
        .vm("x1", "n1", fixed(BOOT)).service("s1", "x1")
        .rack("rack1", sw, "n1", "n2")
        .heartbeat(KEEPALIVE, DEADTIME, 15, 60)
        .horizon(20_000 * HOUR).replications(20).build();
    Replications.Interval down = Replications.interval(s,
        r -> r.byCause.getOrDefault(OutageCause.RACK_SWITCH_FAILURE, 0.0) / r.end);
    assertThat(down.contains(2.0 / 102)).as("%s", down).isTrue();
  }

  /** Every service transition, with per-service downtime by cause. */
  private static final class Log implements ClusterObserver {
    record Down(String service, double time, OutageCause cause) {}

    final List<Down> downs = new ArrayList<>();
    final Map<String, Integer> outages = new HashMap<>();
    final Map<String, Map<OutageCause, Double>> byCause = new HashMap<>();
    final Map<Incident, Integer> incidents = new EnumMap<>(Incident.class);
    final List<ClusterEvent> events = new ArrayList<>();
    private final Map<String, Down> open = new HashMap<>();

    static Log run(Scenario s, int replication) {
      Log log = new Log();
      new ClusterSimulation(s, new RandomStreams(s.experiment().seed()), replication, log).run();
      return log;
    }

    @Override
    public void serviceDown(String service, OutageCause cause, double time) {
      Down before = open.get(service);
      if (before == null) {
        outages.merge(service, 1, Integer::sum);
        if (time > 0) {
          downs.add(new Down(service, time, cause));
        }
      } else {
        close(before, time);
      }
      open.put(service, new Down(service, time, cause));
    }

    @Override
    public void serviceUp(String service, double time) {
      Down before = open.remove(service);
      if (before != null) {
        close(before, time);
      }
    }

    @Override
    public void incident(Incident kind, String subject, double time) {
      incidents.merge(kind, 1, Integer::sum);
    }

    @Override
    public void onEvent(ClusterEvent e) {
      events.add(e);
    }

    @Override
    public void finish(double time) {
      new ArrayList<>(open.values()).forEach(d -> close(d, time));
      open.clear();
    }

    private void close(Down d, double time) {
      byCause.computeIfAbsent(d.service, k -> new EnumMap<>(OutageCause.class))
          .merge(d.cause, time - d.time, Double::sum);
    }

    double downtime(String service) {
      return byCause.getOrDefault(service, Map.of()).values().stream().mapToDouble(Double::doubleValue).sum();
    }

    double downtime(String service, OutageCause cause) {
      return byCause.getOrDefault(service, Map.of()).getOrDefault(cause, 0.0);
    }

    <T extends ClusterEvent> List<T> events(Class<T> type) {
      return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }
}
