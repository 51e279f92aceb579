package org.hasim.ha;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hasim.cluster.ClusterObserver;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.cluster.Node;
import org.hasim.cluster.NodeState;
import org.hasim.cluster.OutageCause;
import org.hasim.engine.SimClock;
import org.hasim.vm.Vm;
import org.hasim.vm.VmState;

/**
 * VMs that should run but have no host: no node had room (capacity shortage), no node was alive, or the
 * side may not act (quorum). They are placed again, in the order they started waiting, whenever room or
 * quorum comes back.
 */
final class WaitingVms {
  private final ClusterManager manager;
  private final SimClock clock;
  private final ClusterObserver observer;
  private final Set<Vm> waiting = new LinkedHashSet<>();

  WaitingVms(ClusterManager manager, SimClock clock, ClusterObserver observer) {
    this.manager = manager;
    this.clock = clock;
    this.observer = observer;
  }

  /**
   * The VM waits; its outage is now attributed to quorum loss (the cluster may not act), a capacity
   * shortage (some node is up but none has room) or stays with its cause (no node is up at all).
   */
  void park(Vm vm, boolean quorumLost) {
    if (vm.state().isServing() || vm.state() == VmState.BOOTING) {
      return;
    }
    if (waiting.add(vm)) {
      OutageCause cause = vm.downCause();
      if (quorumLost) {
        cause = OutageCause.QUORUM_LOSS;
      } else if (anyNodeUp()) {
        cause = OutageCause.CAPACITY_SHORTAGE;
        observer.incident(Incident.CAPACITY_SHORTAGE, vm.name(), clock.now());
      }
      manager.ops().recause(vm, cause);
    }
  }

  /** The VM waits without changing its cause (stopped for quorum, lost with a node nobody recovers). */
  void add(Vm vm) {
    waiting.add(vm);
  }

  /** Places waiting VMs, in the order they started waiting, wherever there is room. */
  void placeAll() {
    if (waiting.isEmpty()) {
      return;
    }
    for (Vm vm : new ArrayList<>(waiting)) {
      if (vm.state().isServing() || vm.host() >= 0) {
        waiting.remove(vm);
        continue;
      }
      for (int side = 0; side < manager.membership().sides(); side++) {
        var node = manager.place(vm, side, null);
        if (node.isPresent()) {
          waiting.remove(vm);
          manager.ops().boot(vm, node.get(), vm.downCause());
          break;
        }
      }
    }
  }

  private boolean anyNodeUp() {
    for (Node o : manager.cluster().nodes()) {
      if (o.state() == NodeState.UP) {
        return true;
      }
    }
    return false;
  }
}
