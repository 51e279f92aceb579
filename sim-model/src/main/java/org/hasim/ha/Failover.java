package org.hasim.ha;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hasim.cluster.Cluster;
import org.hasim.cluster.ClusterEvent;
import org.hasim.cluster.ClusterObserver;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.cluster.Node;
import org.hasim.cluster.NodeState;
import org.hasim.cluster.OutageCause;
import org.hasim.engine.ReplicationStreams;
import org.hasim.engine.SimClock;
import org.hasim.scenario.HaSpec;
import org.hasim.vm.Vm;

/**
 * What a side with quorum does about a node it has declared dead (DESIGN §4.4, docs/model.md): fence it
 * (STONITH takes a drawn time and works with a probability; a failed fence means manual recovery), then,
 * subject to coverage, restart its VMs on the side's nodes — or, without fencing, start second copies of
 * VMs the "dead" node in fact still runs (split brain). A fence that lands on a live node kills it (a false
 * failover, or a node cut off behind its rack switch) and it reboots.
 */
final class Failover {
  /** Reboot after a successful STONITH when the node has no hypervisor repair time of its own. */
  static final double DEFAULT_FENCE_REBOOT_S = 120.0;

  private final SimClock clock;
  private final ClusterManager manager;
  private final HaSpec ha;
  private final ReplicationStreams streams;
  private final ClusterObserver observer;
  private final SplitBrain splitBrain;

  Failover(SimClock clock, ClusterManager manager, HaSpec ha, ReplicationStreams streams,
      ClusterObserver observer, SplitBrain splitBrain) {
    this.clock = clock;
    this.manager = manager;
    this.ha = ha;
    this.streams = streams;
    this.observer = observer;
    this.splitBrain = splitBrain;
  }

  /** Side {@code side} recovers node {@code n}'s {@code victims}: fencing first when it is enabled. */
  void handle(int side, Node n, List<Vm> victims) {
    if (ha.fencing().enabled()) {
      fence(side, n, victims);
    } else {
      recover(side, n, victims);
    }
  }

  private void fence(int side, Node n, List<Vm> victims) {
    Membership membership = manager.membership();
    double duration = ha.fencing().time().sample(streams.get("fencing.time"));
    boolean works = streams.get("fencing.success").nextDouble() < ha.fencing().successProbability();
    clock.schedule(duration, () -> {
      if (membership.controller(side) == null) {
        victims.forEach(manager::park);
        return; // the fencing side died meanwhile
      }
      observer.onEvent(new ClusterEvent.NodeFenced(clock.now(), n.name(), works));
      if (!works) {
        observer.incident(Incident.FENCING_FAILURE, n.name(), clock.now());
        manualRecovery(side, victims);
        return;
      }
      Set<Vm> lost = new LinkedHashSet<>(victims);
      if (n.state().isAlive()) {
        // a live node is killed: cut off behind its failed rack switch (its services were down already), or
        // a false failover, or it came back before the fence landed
        boolean cutOff = manager.cluster().cutOff(n);
        if (!cutOff && (!victims.isEmpty() || !n.vms().isEmpty())) {
          observer.incident(Incident.FALSE_FAILOVER, n.name(), clock.now());
        }
        lost.addAll(n.vms());
        membership.exclude(side, n); // we know it is down: no second detection and fence
        manager.nodeDown(n, NodeState.FENCED, "fenced",
            cutOff ? OutageCause.RACK_SWITCH_FAILURE : OutageCause.FALSE_FAILOVER);
        manager.forgetLost(n); // they are recovered here
        manager.returnAfter(n, rebootTime(n));
      }
      recover(side, n, new ArrayList<>(lost));
    });
  }

  private double rebootTime(Node n) {
    return n.spec().hypervisor()
        .map(m -> m.timeToRepair().sample(streams.get("node." + n.name() + ".fence-reboot")))
        .orElse(DEFAULT_FENCE_REBOOT_S);
  }

  /** Restarts the victims of node {@code n} on side {@code side}, subject to coverage. */
  private void recover(int side, Node n, List<Vm> victims) {
    boolean covered = streams.get("coverage").nextDouble() < ha.coverage();
    if (!covered) {
      observer.incident(Incident.UNCOVERED_FAILURE, n.name(), clock.now());
      manualRecovery(side, victims);
      return;
    }
    Cluster cluster = manager.cluster();
    for (Vm vm : victims) {
      if (vm.state().isServing() && cluster.hostOf(vm).map(h -> h.state().isAlive()).orElse(false)) {
        splitBrain.startCopy(side, vm); // fencing is off and the "dead" node still runs it
      } else if (vm.host() < 0) {
        manager.restartElsewhere(vm, side, vm.downCause(), null);
      }
    }
  }

  /** The automatic recovery did not work: the VMs run again after a manual recovery (it includes starting them). */
  void manualRecovery(int side, List<Vm> victims) {
    VmOperations ops = manager.ops();
    victims.forEach(vm -> ops.recause(vm, OutageCause.UNCOVERED_FAILURE));
    double duration = ha.manualRecovery().sample(streams.get("manual-recovery"));
    clock.schedule(duration, () -> {
      for (Vm vm : victims) {
        if (vm.host() < 0 && !vm.state().isServing()) {
          manager.place(vm, side, null).ifPresentOrElse(node -> ops.runNow(vm, node), () -> manager.park(vm));
        }
      }
    });
  }
}
