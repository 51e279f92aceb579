package org.hasim.failure;

import java.util.List;
import java.util.function.Consumer;
import org.hasim.cluster.Cluster;
import org.hasim.cluster.Node;
import org.hasim.cluster.NodeState;
import org.hasim.cluster.OutageCause;
import org.hasim.cluster.Rack;
import org.hasim.cluster.ServiceTracker;
import org.hasim.engine.ReplicationStreams;
import org.hasim.engine.SimClock;
import org.hasim.engine.TimerSet;
import org.hasim.ha.ClusterManager;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.StorageSpec;
import org.hasim.vm.Vm;
import umontreal.ssj.rng.RandomStream;

/**
 * The uncontrolled failure processes of one replication. Node hardware, storage systems and rack switches
 * alternate between up and down (time to failure, then time to repair, each from its own stream), whatever
 * the cluster manager does, so every recovery policy sees the same failures. A hypervisor failure that
 * finds its node already down is absorbed. A VM's crash clock runs while the VM is running and is drawn
 * afresh each time it starts.
 *
 * <p>The long-lived timers (each node's next hardware and hypervisor failure, each VM's next crash) live in
 * {@link TimerSet}s, out of the event list, which then only holds what is about to happen.
 *
 * <p>Streams: {@code storage.ttf}/{@code .ttr} for a storage serving every node (the single-storage form),
 * {@code storage.<name>.ttf}/{@code .ttr} for one serving some racks, {@code rack.<name>.switch.ttf}/{@code
 * .ttr} for a rack switch.
 */
public final class FailureProcesses {
  private final SimClock clock;
  private final ReplicationStreams streams;
  private final ClusterManager manager;
  private final RepairFacility repairs;
  private TimerSet crashTimers;
  private TimerSet hardwareTimers;
  private TimerSet hypervisorTimers;
  private Runnable[] hardwareFailures;
  private Runnable[] hypervisorFailures;
  private int[] crashGeneration;
  private AgingClock[] idleAware;
  private ReplicationStreams.Family crashStreams;

  public FailureProcesses(SimClock clock, ReplicationStreams streams, ClusterManager manager,
      RepairFacility repairs) {
    this.clock = clock;
    this.streams = streams;
    this.manager = manager;
    this.repairs = repairs;
  }

  /** Arms every node, storage and VM failure process of the scenario. */
  public void start(Scenario scenario, Cluster cluster, ServiceTracker services,
      org.hasim.ha.NetworkFailures networkFailures) {
    int nodes = cluster.nodes().size();
    idleAware = new AgingClock[nodes];
    hardwareFailures = new Runnable[nodes];
    hypervisorFailures = new Runnable[nodes];
    hardwareTimers = clock.timers(nodes, i -> hardwareFailures[i].run());
    hypervisorTimers = clock.timers(nodes, i -> hypervisorFailures[i].run());
    crashStreams = streams.family(i -> "vm." + cluster.vms().get(i).name() + ".crash.ttf");
    crashGeneration = new int[cluster.vms().size()];
    crashTimers = clock.timers(cluster.vms().size(), i -> {
      Vm vm = cluster.vms().get(i);
      if (vm.generation() == crashGeneration[i]) {
        manager.vmCrashed(vm);
      }
    });
    cluster.onOccupancyChange(this::occupancyChanged);
    for (Node n : cluster.nodes()) {
      n.spec().hardware().ifPresent(mode -> armHardware(n, mode));
      n.spec().hypervisor().ifPresent(mode -> armHypervisor(n, mode));
    }
    List<StorageSpec> storages = scenario.cluster().storages();
    for (int k = 0; k < storages.size(); k++) {
      StorageSpec storage = storages.get(k);
      String stream = storage.servesAll() ? "storage" : "storage." + storage.name();
      int index = k;
      storage.failures().ifPresent(mode -> armAlternating(mode, stream,
          up -> services.setStorageUp(index, up, clock.now())));
    }
    for (Rack rack : cluster.racks()) {
      rack.spec().switchFailures().ifPresent(mode -> armAlternating(mode, "rack." + rack.name() + ".switch",
          up -> {
            if (up) {
              manager.rackIsolation().switchUp(rack);
            } else {
              manager.rackIsolation().switchDown(rack);
            }
          }));
    }
    var networks = scenario.cluster().networks();
    for (int k = 0; k < networks.size(); k++) {
      int index = k;
      networks.get(k).failures().ifPresent(mode -> armAlternating(mode, "network." + networks.get(index).name(),
          up -> networkFailures.changed(index, up)));
    }
    manager.ops().onRunning(this::armCrash);
  }

  private void occupancyChanged(Node n) {
    AgingClock c = idleAware[n.index()];
    if (c != null) {
      if (n.vms().isEmpty()) {
        c.pause();
      } else {
        c.resume();
      }
    }
  }

  private void armHardware(Node n, FailureMode mode) {
    RandomStream ttf = streams.get("node." + n.name() + ".hardware.ttf");
    RandomStream ttr = streams.get("node." + n.name() + ".hardware.ttr");
    double lifetime = mode.timeToFailure().sample(ttf);
    Runnable failure = () -> {
      double repair = mode.timeToRepair().sample(ttr);
      n.setHardwareBroken(true);
      manager.nodeDown(n, NodeState.FAILED, "hardware", OutageCause.NODE_FAILURE);
      Runnable repaired = () -> {
        n.setHardwareBroken(false);
        if (n.state() == NodeState.FAILED) {
          manager.rejoin(n);
        }
        armHardware(n, mode);
      };
      if (mode.needsCrew()) {
        repairs.request(repair, repaired);
      } else {
        clock.schedule(repair, repaired);
      }
    };
    if (n.spec().failsWhenIdle()) {
      hardwareFailures[n.index()] = failure;
      hardwareTimers.set(n.index(), lifetime);
    } else {
      idleAware[n.index()] = new AgingClock(clock, lifetime, failure);
      occupancyChanged(n);
    }
  }

  private void armHypervisor(Node n, FailureMode mode) {
    RandomStream ttf = streams.get("node." + n.name() + ".hypervisor.ttf");
    RandomStream ttr = streams.get("node." + n.name() + ".hypervisor.ttr");
    hypervisorFailures[n.index()] = () -> {
      double reboot = mode.timeToRepair().sample(ttr);
      if (n.state().isAlive()) {
        manager.nodeDown(n, NodeState.REBOOTING, "hypervisor", OutageCause.NODE_FAILURE);
        manager.returnAfter(n, reboot);
      }
      clock.schedule(reboot, () -> armHypervisor(n, mode));
    };
    hypervisorTimers.set(n.index(), mode.timeToFailure().sample(ttf));
  }

  /** A component that fails and is repaired by turns, telling {@code setUp} each time. */
  private void armAlternating(FailureMode mode, String stream, Consumer<Boolean> setUp) {
    RandomStream ttf = streams.get(stream + ".ttf");
    RandomStream ttr = streams.get(stream + ".ttr");
    clock.schedule(mode.timeToFailure().sample(ttf), () -> {
      double repair = mode.timeToRepair().sample(ttr);
      setUp.accept(false);
      Runnable repaired = () -> {
        setUp.accept(true);
        armAlternating(mode, stream, setUp);
      };
      if (mode.needsCrew()) {
        repairs.request(repair, repaired);
      } else {
        clock.schedule(repair, repaired);
      }
    });
  }

  /**
   * Draws the VM's time to crash afresh (it has just started running), replacing the one drawn for its
   * earlier run. The timers live in a {@link TimerSet}: thousands of VMs re-arm them at every start.
   */
  private void armCrash(Vm vm) {
    vm.spec().crash().ifPresent(mode -> {
      crashGeneration[vm.index()] = vm.generation();
      double ttf = mode.timeToFailure().sample(crashStreams.get(vm.index()));
      crashTimers.set(vm.index(), ttf);
    });
  }
}
