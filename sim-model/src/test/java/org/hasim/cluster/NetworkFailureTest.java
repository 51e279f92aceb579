package org.hasim.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.hasim.cluster.ScenarioBuilder.fixed;

import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.failure.FailureMode;
import org.junit.jupiter.api.Test;

/**
 * The one network of a two-node cluster fails at 1000 s for 600 s: clients reach nothing (network-failure)
 * and the nodes stop hearing each other, so one side fences the other (a false failover).
 */
class NetworkFailureTest {
  private static ScenarioBuilder cluster(boolean fencing) {
    return ScenarioBuilder.scenario()
        .node("n1").node("n2")
        .vm("x0", "n1", fixed(30)).vm("x1", "n2", fixed(30))
        .service("web", "x0").service("db", "x1")
        .heartbeat(1, 30, 15, 60)
        .fencing(fencing, fixed(10), 1.0)
        .networkFailures(new FailureMode(fixed(1000), fixed(600), false))
        .horizon(2500);
  }

  @Test
  void servicesAreUnreachableWhileTheNetworkIsDownAndOneNodeIsFenced() {
    Recorder r = Replications.one(cluster(true).build(), 0);
    assertThat(r.byCause.get(OutageCause.NETWORK_FAILURE)).isCloseTo(2 * 600.0, offset(1e-9));
    assertThat(r.incidents(Incident.FALSE_FAILOVER)).isEqualTo(1);
    assertThat(r.incidents(Incident.SPLIT_BRAIN)).isZero();
    // the fenced node's VM was restarted during the outage (detection ≤ 30 s + fence 10 s + boot 30 s), so
    // nothing is left to attribute once the network is back
    assertThat(r.byCause.getOrDefault(OutageCause.FALSE_FAILOVER, 0.0)).isZero();
    assertThat(r.outages.get("web")).isEqualTo(1);
  }

  @Test
  void withoutFencingTheCutNetworkCausesSplitBrain() {
    Recorder r = Replications.one(cluster(false)
        .quorum(org.hasim.scenario.QuorumSpec.NoQuorumPolicy.IGNORE, true).build(), 0);
    assertThat(r.incidents(Incident.SPLIT_BRAIN)).isEqualTo(2);
    assertThat(r.byCause.get(OutageCause.SPLIT_BRAIN)).isPositive();
  }
}
