package org.hasim.ha;

import java.util.ArrayList;
import java.util.List;
import org.hasim.cluster.Cluster;
import org.hasim.cluster.ClusterEvent;
import org.hasim.cluster.ClusterObserver;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.cluster.Node;
import org.hasim.cluster.NodeState;
import org.hasim.engine.SimClock;
import org.hasim.network.ClusterNetworks;
import org.hasim.network.Link;
import org.hasim.scenario.HeartbeatSpec;

/**
 * Heartbeats sharing a network with bulk traffic (DESIGN §4.4, §4.6). A heartbeat takes the least delayed
 * heartbeat medium; its delay is that network's small-packet delay (latency + queueing, a full buffer
 * when a migration saturates it). When the delay exceeds {@code warntime} a late-heartbeat warning is
 * logged; when it exceeds {@code deadtime} the heartbeats of the node that is sending the bulk traffic
 * (the migration source) no longer arrive in time, exactly as if the path were cut: the others declare it
 * dead after the usual detection delay, a <em>false failover</em>. Evaluated only when a link's load
 * changes, never packet by packet.
 */
public final class HeartbeatCongestion {
  private final SimClock clock;
  private final ClusterNetworks networks;
  private final HeartbeatSpec spec;
  private final ClusterManager manager;
  private final Cluster cluster;
  private final ClusterObserver observer;
  private final List<Link> media;
  private boolean warned;
  private boolean cut;

  public HeartbeatCongestion(SimClock clock, ClusterNetworks networks, HeartbeatSpec spec,
      ClusterManager manager, ClusterObserver observer) {
    this.clock = clock;
    this.networks = networks;
    this.spec = spec;
    this.manager = manager;
    this.cluster = manager.cluster();
    this.observer = observer;
    this.media = networks.heartbeatLinks();
    if (!media.isEmpty()) {
      networks.network().addListener((link, before, after) -> {
        if (media.contains(link)) {
          reassess();
        }
      });
    }
  }

  /** Current heartbeat delay: the best medium's small-packet delay. */
  public double heartbeatDelay() {
    double best = Double.POSITIVE_INFINITY;
    for (Link l : media) {
      best = Math.min(best, networks.network().smallPacketDelay(List.of(l)));
    }
    return best;
  }

  private void reassess() {
    double delay = heartbeatDelay();
    if (delay > spec.warntime() && !warned) {
      warned = true;
      for (Node n : senders()) {
        observer.onEvent(new ClusterEvent.HeartbeatLate(clock.now(), n.name(), "congestion"));
        observer.incident(Incident.HEARTBEAT_WARNING, n.name(), clock.now());
      }
    } else if (delay <= spec.warntime()) {
      warned = false;
    }
    if (delay > spec.deadtime() && !cut && !manager.membership().partitioned()) {
      List<Node> cutOff = senders();
      if (!cutOff.isEmpty() && cutOff.size() < cluster.nodes().size()) {
        cut = true;
        manager.startPartition(cutOff);
      }
    } else if (delay <= spec.deadtime() && cut) {
      cut = false;
      manager.healPartition();
    }
  }

  /** Nodes that are sources of bulk traffic now: the draining nodes (their migrations fill the link). */
  private List<Node> senders() {
    List<Node> out = new ArrayList<>();
    for (Node n : cluster.nodes()) {
      if (n.activeMigrations() > 0 && n.state() == NodeState.DRAINING) {
        out.add(n);
      }
    }
    if (out.isEmpty()) {
      for (Node n : cluster.nodes()) {
        if (n.activeMigrations() > 0) {
          out.add(n);
          break;
        }
      }
    }
    return out;
  }
}
