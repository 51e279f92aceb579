package org.hasim.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hasim.cluster.ScenarioBuilder.HOUR;
import static org.hasim.cluster.ScenarioBuilder.fixed;

import java.util.List;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.scenario.QuorumSpec.NoQuorumPolicy;
import org.hasim.scenario.ScriptedEvent;
import org.junit.jupiter.api.Test;

/** A network partition of a two-node cluster: split brain without fencing, a clean false failover with it. */
class PartitionTest {

  private static ScenarioBuilder cluster(boolean fencing, NoQuorumPolicy policy, boolean twoNode) {
    return ScenarioBuilder.scenario()
        .node("n1").node("n2")
        .vm("x0", "n1", fixed(30)).vm("x1", "n2", fixed(30))
        .service("web", "x0").service("db", "x1")
        .heartbeat(1, 10, 5, 20)
        .fencing(fencing, fixed(5), 1.0)
        .quorum(policy, twoNode)
        .coverage(1.0, fixed(HOUR))
        .event(new ScriptedEvent.Partition(List.of("n1"), List.of("n2"), 1000, 600))
        .horizon(10 * HOUR);
  }

  @Test
  void withoutFencingAndIgnoringQuorumBothSidesStartTheOthersVms() {
    Recorder r = Replications.one(cluster(false, NoQuorumPolicy.IGNORE, false).build(), 0);
    assertThat(r.incidents(Incident.SPLIT_BRAIN)).isEqualTo(2);
    assertThat(r.incidents(Incident.FALSE_FAILOVER)).isZero();
    // once the partition heals, both copies are stopped and the data repaired by hand (1 h)
    assertThat(r.byCause.get(OutageCause.SPLIT_BRAIN)).isCloseTo(2 * HOUR, org.assertj.core.data.Offset.offset(1.0));
  }

  @Test
  void withFencingThereIsNoSplitBrainButAFalseFailover() {
    Recorder r = Replications.one(cluster(true, NoQuorumPolicy.IGNORE, false).build(), 0);
    assertThat(r.incidents(Incident.SPLIT_BRAIN)).isZero();
    assertThat(r.incidents(Incident.FALSE_FAILOVER)).isEqualTo(1);
    // exactly one node was shot; its VM served until the shot and restarts on the survivor: outage =
    // boot (30 s); the other side's fence never lands because its fencer is dead by then
    assertThat(r.byCause.get(OutageCause.FALSE_FAILOVER)).isCloseTo(30.0, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void withFencingAndTwoNodeQuorumThereIsNoSplitBrainForAnySeed() {
    for (int rep = 0; rep < 50; rep++) {
      Recorder r = Replications.one(cluster(true, NoQuorumPolicy.STOP, true).build(), rep);
      assertThat(r.incidents(Incident.SPLIT_BRAIN)).isZero();
      assertThat(r.incidents(Incident.FALSE_FAILOVER)).isEqualTo(1);
    }
  }

  @Test
  void twoNodeClusterWithoutTwoNodeStopsEverythingOnQuorumLoss() {
    Recorder r = Replications.one(cluster(true, NoQuorumPolicy.STOP, false).build(), 0);
    assertThat(r.incidents(Incident.SPLIT_BRAIN)).isZero();
    assertThat(r.byCause.get(OutageCause.QUORUM_LOSS)).isPositive();
  }
}
