package org.hasim.ha;

import java.util.List;
import org.hasim.cluster.ClusterEvent;
import org.hasim.cluster.ClusterObserver;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.cluster.Node;
import org.hasim.engine.ReplicationStreams;
import org.hasim.engine.SimClock;
import org.hasim.scenario.HeartbeatSpec;

/**
 * Heartbeat failure detection, computed rather than simulated packet by packet. When a side stops
 * hearing node n at time t (n died, or the path was cut), the last heartbeat it got was sent at t − φ with
 * φ uniform in [0, keepalive) (from n's own phase stream); a warning is logged at t − φ + warntime and n
 * is declared dead at t − φ + deadtime — unless contact came back in between. Each loss of contact bumps
 * an epoch per (side, node), so a check scheduled for an earlier loss never acts on a later one.
 */
public final class HeartbeatDetector {
  /** Called when a side declares a node dead. */
  public interface Declarer {
    void declareDead(int side, Node node);
  }

  private final SimClock clock;
  private final HeartbeatSpec spec;
  private final ReplicationStreams streams;
  private final ClusterObserver observer;
  private final Membership membership;
  private final int[][] epoch;
  private final ReplicationStreams.Family phaseStreams;
  private Declarer declarer;

  public HeartbeatDetector(SimClock clock, HeartbeatSpec spec, ReplicationStreams streams,
      ClusterObserver observer, Membership membership, int nodes) {
    this.clock = clock;
    this.spec = spec;
    this.streams = streams;
    this.observer = observer;
    this.membership = membership;
    this.epoch = new int[membership.sides()][nodes];
    List<Node> all = membership.nodes();
    this.phaseStreams = streams.family(i -> "node." + all.get(i).name() + ".heartbeat-phase");
  }

  public void setDeclarer(Declarer declarer) {
    this.declarer = declarer;
  }

  /** Side {@code side} has just stopped hearing {@code n}. */
  public void contactLost(int side, Node n) {
    int e = ++epoch[side][n.index()];
    double phase = phaseStreams.get(n.index()).nextDouble() * spec.keepalive();
    double lastHeard = clock.now() - phase;
    if (spec.warntime() < spec.deadtime()) {
      clock.at(lastHeard + spec.warntime(), () -> {
        if (stillLost(side, n, e)) {
          Node by = membership.controller(side);
          observer.onEvent(new ClusterEvent.HeartbeatLate(clock.now(), n.name(), by == null ? "-" : by.name()));
          observer.incident(Incident.HEARTBEAT_WARNING, n.name(), clock.now());
        }
      });
    }
    clock.at(lastHeard + spec.deadtime(), () -> {
      if (stillLost(side, n, e) && !membership.isExcludedBy(side, n) && membership.controller(side) != null) {
        declarer.declareDead(side, n);
      }
    });
  }

  /** Side {@code side} hears {@code n} again: pending checks for it are void. */
  public void contactRegained(int side, Node n) {
    epoch[side][n.index()]++;
  }

  private boolean stillLost(int side, Node n, int e) {
    return epoch[side][n.index()] == e;
  }
}
