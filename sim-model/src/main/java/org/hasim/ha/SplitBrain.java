package org.hasim.ha;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hasim.cluster.ClusterEvent;
import org.hasim.cluster.ClusterObserver;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.cluster.Node;
import org.hasim.cluster.OutageCause;
import org.hasim.engine.ReplicationStreams;
import org.hasim.engine.SimClock;
import org.hasim.scenario.HaSpec;
import org.hasim.vm.Vm;

/**
 * Second copies of VMs started on the same shared disk while the first still runs — what a side does
 * when fencing is off and it declares a live node dead. Each is a split-brain incident (data corruption).
 * When the partition heals, both copies of each such VM are stopped and the data repaired by hand
 * ({@code manual_recovery}); that downtime is attributed to {@link OutageCause#SPLIT_BRAIN}.
 */
final class SplitBrain {
  private final SimClock clock;
  private final ClusterManager manager;
  private final HaSpec ha;
  private final ReplicationStreams streams;
  private final ClusterObserver observer;
  private final Map<Vm, Node> duplicates = new HashMap<>();

  SplitBrain(SimClock clock, ClusterManager manager, HaSpec ha, ReplicationStreams streams,
      ClusterObserver observer) {
    this.clock = clock;
    this.manager = manager;
    this.ha = ha;
    this.streams = streams;
    this.observer = observer;
  }

  /** Side {@code side} starts a second copy of {@code vm}, which still runs where it was. */
  void startCopy(int side, Vm vm) {
    manager.place(vm, side, null).ifPresent(node -> {
      duplicates.put(vm, node);
      observer.incident(Incident.SPLIT_BRAIN, vm.name(), clock.now());
      observer.onEvent(new ClusterEvent.SplitBrain(clock.now(), vm.name(), node.name()));
    });
  }

  /** {@code n} died: the copies it ran are gone with it. */
  void hostDown(Node n) {
    duplicates.values().removeIf(host -> host == n);
  }

  /** Both copies of each duplicated VM are stopped and the data repaired by hand. */
  void resolve() {
    List<Vm> corrupted = new ArrayList<>(duplicates.keySet());
    corrupted.sort(Comparator.comparingInt(Vm::index));
    duplicates.clear();
    VmOperations ops = manager.ops();
    for (Vm vm : corrupted) {
      if (vm.state().isServing()) {
        ops.stop(vm, OutageCause.SPLIT_BRAIN);
      } else {
        ops.recause(vm, OutageCause.SPLIT_BRAIN);
      }
    }
    if (corrupted.isEmpty()) {
      return;
    }
    double duration = ha.manualRecovery().sample(streams.get("manual-recovery"));
    clock.schedule(duration, () -> {
      for (Vm vm : corrupted) {
        if (vm.host() < 0 && !vm.state().isServing()) {
          manager.place(vm, Membership.MAIN, null).ifPresentOrElse(n -> ops.runNow(vm, n),
              () -> manager.park(vm));
        }
      }
    });
  }
}
