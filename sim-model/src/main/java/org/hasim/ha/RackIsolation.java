package org.hasim.ha;

import java.util.List;
import org.hasim.cluster.ClusterEvent;
import org.hasim.cluster.Node;
import org.hasim.cluster.NodeState;
import org.hasim.cluster.Rack;

/**
 * What a top-of-rack switch failure does to the cluster manager (see docs/model.md, "Racks").
 *
 * <p>Switch down: the rack's nodes are cut off — from users (their VMs' services are down, cause {@code
 * rack-switch-failure}) and from the other nodes' heartbeats. The rack is isolated on a side of its own
 * ({@link Membership#rackSide}), which is frozen: it takes no action. The side each node was on stops
 * hearing it, so after the usual detection delay it declares each live node dead and, with fencing (over
 * the management network, a separate path), shoots it and restarts its VMs on its own nodes — those VMs
 * stay attributed to the switch until they run again. Live migrations to or from the rack fail like a
 * link failure, and the rack's uplink goes down. Any number of racks can be cut off at once.
 *
 * <p>Switch back: the rack's nodes rejoin the side they came from; pending detections of live nodes are
 * void, up nodes are members again, nodes that waited to join (rebooted after the fence) join, split-brain
 * copies (fencing off) are resolved as after a partition, and waiting VMs are placed.
 */
public final class RackIsolation {
  private final ClusterManager manager;

  public RackIsolation(ClusterManager manager) {
    this.manager = manager;
  }

  /** The switch of {@code rack} fails. */
  public void switchDown(Rack rack) {
    if (!rack.switchUp()) {
      return;
    }
    Membership membership = manager.membership();
    double now = manager.clock().now();
    manager.cluster().setSwitchUp(rack, false);
    manager.switchCountChanged(1);
    manager.observer().onEvent(new ClusterEvent.RackSwitchChanged(now, rack.name(), false));
    manager.ops().services().rackSwitchChanged(rack, now);
    List<Node> nodes = rack.nodes();
    int[] from = new int[nodes.size()];
    for (int i = 0; i < nodes.size(); i++) {
      from[i] = membership.sideOf(nodes.get(i));
    }
    membership.isolate(Membership.rackSide(rack.index()), nodes);
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).state().isAlive()) {
        manager.detector().contactLost(from[i], nodes.get(i));
      }
    }
    manager.evacuation().rackSwitchChanged(rack);
  }

  /** The switch of {@code rack} is repaired. */
  public void switchUp(Rack rack) {
    if (rack.switchUp()) {
      return;
    }
    Membership membership = manager.membership();
    double now = manager.clock().now();
    manager.cluster().setSwitchUp(rack, true);
    manager.switchCountChanged(-1);
    manager.observer().onEvent(new ClusterEvent.RackSwitchChanged(now, rack.name(), true));
    membership.reconnect(Membership.rackSide(rack.index()));
    for (Node n : rack.nodes()) {
      if (n.state().isAlive()) {
        manager.detector().contactRegained(membership.sideOf(n), n); // a pending detection is void
      }
      if (n.state() == NodeState.UP) {
        membership.include(n);
      }
    }
    manager.evacuation().rackSwitchChanged(rack);
    manager.ops().services().rackSwitchChanged(rack, now);
    manager.resolveSplitBrain();
    for (Node n : rack.nodes()) {
      if (n.state() == NodeState.JOINING) {
        manager.becomeUp(n);
      }
    }
    manager.updateQuorum(Membership.MAIN);
    if (membership.partitioned()) {
      manager.updateQuorum(Membership.PARTITION);
    }
    manager.placeWaiting();
  }
}
