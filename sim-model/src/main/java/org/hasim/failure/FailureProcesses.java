package org.hasim.failure;

import org.hasim.cluster.Cluster;
import org.hasim.cluster.Node;
import org.hasim.cluster.NodeState;
import org.hasim.cluster.OutageCause;
import org.hasim.cluster.ServiceTracker;
import org.hasim.engine.ReplicationStreams;
import org.hasim.engine.SimClock;
import org.hasim.ha.ClusterManager;
import org.hasim.scenario.Scenario;
import org.hasim.vm.Vm;
import umontreal.ssj.rng.RandomStream;

/**
 * The uncontrolled failure processes of one replication. Node hardware and shared storage alternate
 * between up and down (time to failure, then time to repair, each from its own stream), whatever the
 * cluster manager does, so every recovery policy sees the same failures. A hypervisor failure that finds
 * its node already down is absorbed. A VM's crash clock runs while the VM is running and is drawn afresh
 * each time it starts.
 */
public final class FailureProcesses {
  private final SimClock clock;
  private final ReplicationStreams streams;
  private final ClusterManager manager;
  private final RepairFacility repairs;
  private SimClock.Scheduled[] crashTimers = new SimClock.Scheduled[0];
  private AgingClock[] idleAware;

  public FailureProcesses(SimClock clock, ReplicationStreams streams, ClusterManager manager,
      RepairFacility repairs) {
    this.clock = clock;
    this.streams = streams;
    this.manager = manager;
    this.repairs = repairs;
  }

  /** Arms every node, storage and VM failure process of the scenario. */
  public void start(Scenario scenario, Cluster cluster, ServiceTracker services) {
    idleAware = new AgingClock[cluster.nodes().size()];
    cluster.onOccupancyChange(this::occupancyChanged);
    for (Node n : cluster.nodes()) {
      n.spec().hardware().ifPresent(mode -> armHardware(n, mode));
      n.spec().hypervisor().ifPresent(mode -> armHypervisor(n, mode));
    }
    scenario.cluster().storage().flatMap(s -> s.failures()).ifPresent(mode -> armStorage(mode, services));
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
      clock.schedule(lifetime, failure);
    } else {
      idleAware[n.index()] = new AgingClock(clock, lifetime, failure);
      occupancyChanged(n);
    }
  }

  private void armHypervisor(Node n, FailureMode mode) {
    RandomStream ttf = streams.get("node." + n.name() + ".hypervisor.ttf");
    RandomStream ttr = streams.get("node." + n.name() + ".hypervisor.ttr");
    clock.schedule(mode.timeToFailure().sample(ttf), () -> {
      double reboot = mode.timeToRepair().sample(ttr);
      if (n.state().isAlive()) {
        manager.nodeDown(n, NodeState.REBOOTING, "hypervisor", OutageCause.NODE_FAILURE);
        manager.returnAfter(n, reboot);
      }
      clock.schedule(reboot, () -> armHypervisor(n, mode));
    });
  }

  private void armStorage(FailureMode mode, ServiceTracker services) {
    RandomStream ttf = streams.get("storage.ttf");
    RandomStream ttr = streams.get("storage.ttr");
    clock.schedule(mode.timeToFailure().sample(ttf), () -> {
      double repair = mode.timeToRepair().sample(ttr);
      services.setStorageUp(false, clock.now());
      Runnable repaired = () -> {
        services.setStorageUp(true, clock.now());
        armStorage(mode, services);
      };
      if (mode.needsCrew()) {
        repairs.request(repair, repaired);
      } else {
        clock.schedule(repair, repaired);
      }
    });
  }

  private void armCrash(Vm vm) {
    vm.spec().crash().ifPresent(mode -> {
      if (vm.index() >= crashTimers.length) {
        crashTimers = java.util.Arrays.copyOf(crashTimers, manager.cluster().vms().size());
      }
      if (crashTimers[vm.index()] != null) {
        crashTimers[vm.index()].cancel(); // drawn for an earlier run of the VM
      }
      int generation = vm.generation();
      double ttf = mode.timeToFailure().sample(streams.get("vm." + vm.name() + ".crash.ttf"));
      crashTimers[vm.index()] = clock.schedule(ttf, () -> {
        if (vm.generation() == generation) {
          manager.vmCrashed(vm);
        }
      });
    });
  }
}
