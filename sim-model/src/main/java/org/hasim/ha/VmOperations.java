package org.hasim.ha;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hasim.cluster.Cluster;
import org.hasim.cluster.ClusterEvent;
import org.hasim.cluster.ClusterObserver;
import org.hasim.cluster.Node;
import org.hasim.cluster.OutageCause;
import org.hasim.cluster.ServiceTracker;
import org.hasim.engine.ReplicationStreams;
import org.hasim.engine.SimClock;
import org.hasim.vm.Vm;
import org.hasim.vm.VmState;

/**
 * Starting, stopping and losing VMs: every VM state change goes through here so that the service tracker
 * and observers hear about it, and so that a delayed completion (a boot, a shutdown) is ignored when the
 * VM changed in between (checked with {@link Vm#generation()}).
 */
public final class VmOperations {
  private final SimClock clock;
  private final Cluster cluster;
  private final ServiceTracker services;
  private final ClusterObserver observer;
  private final ReplicationStreams streams;
  private final ReplicationStreams.Family bootStreams;
  private final ReplicationStreams.Family shutdownStreams;
  private Consumer<Vm> onRunning = vm -> {};
  private final List<Consumer<Vm>> stateListeners = new ArrayList<>();

  public VmOperations(SimClock clock, Cluster cluster, ServiceTracker services, ClusterObserver observer,
      ReplicationStreams streams) {
    this.clock = clock;
    this.cluster = cluster;
    this.services = services;
    this.observer = observer;
    this.streams = streams;
    this.bootStreams = streams.family(i -> "vm." + cluster.vms().get(i).name() + ".boot");
    this.shutdownStreams = streams.family(i -> "vm." + cluster.vms().get(i).name() + ".shutdown");
  }

  /** The service tracker every VM change is reported to. */
  public ServiceTracker services() {
    return services;
  }

  /** Called each time a VM reaches RUNNING (the manager arms its crash clock there). */
  public void onRunning(Consumer<Vm> listener) {
    this.onRunning = listener;
  }

  /**
   * Tells {@code listener} after every VM state change (probes, while their window is open). Listeners
   * may remove themselves while being told.
   */
  public void addStateListener(Consumer<Vm> listener) {
    stateListeners.add(listener);
  }

  public void removeStateListener(Consumer<Vm> listener) {
    stateListeners.remove(listener);
  }

  /** Marks the VM running on {@code node} at once (initial placement, manual recovery). */
  public void runNow(Vm vm, Node node) {
    cluster.assign(vm, node);
    set(vm, VmState.RUNNING, vm.downCause());
    observer.onEvent(new ClusterEvent.VmStarted(clock.now(), vm.name(), node.name()));
    onRunning.accept(vm);
  }

  /** Boots {@code vm} on {@code node} for {@code duration} seconds; {@code cause} is its outage meanwhile. */
  public void boot(Vm vm, Node node, double duration, OutageCause cause) {
    cluster.assign(vm, node);
    set(vm, VmState.BOOTING, cause);
    int generation = vm.generation();
    clock.schedule(duration, () -> {
      if (vm.generation() == generation) {
        runNow(vm, node);
      }
    });
  }

  /** Boots with the VM's own boot-time distribution. */
  public void boot(Vm vm, Node node, OutageCause cause) {
    boot(vm, node, vm.spec().bootTime().sample(bootStreams.get(vm.index())), cause);
  }

  /** Clean shutdown; {@code then} runs once the VM is stopped (not if something else happened meanwhile). */
  public void shutdown(Vm vm, OutageCause cause, Runnable then) {
    set(vm, VmState.STOPPING, cause);
    int generation = vm.generation();
    double d = vm.spec().shutdownTime().sample(shutdownStreams.get(vm.index()));
    clock.schedule(d, () -> {
      if (vm.generation() == generation) {
        stop(vm, cause);
        then.run();
      }
    });
  }

  /** Stops the VM at once and frees its host's memory. */
  public void stop(Vm vm, OutageCause cause) {
    String host = cluster.hostOf(vm).map(Node::name).orElse("-");
    cluster.unassign(vm);
    set(vm, VmState.STOPPED, cause);
    observer.onEvent(new ClusterEvent.VmStopped(clock.now(), vm.name(), host, cause));
  }

  /** The VM died (crash, or its host died): not on any host until someone restarts it. */
  public void fail(Vm vm, OutageCause cause) {
    cluster.unassign(vm);
    set(vm, VmState.FAILED, cause);
  }

  /** Changes the cause an ongoing outage is attributed to. */
  public void recause(Vm vm, OutageCause cause) {
    if (!vm.state().isServing() && vm.downCause() != cause) {
      vm.setDownCause(cause);
      services.vmChanged(vm, clock.now());
    }
  }

  /** Moves the VM to {@code state}; its services are re-evaluated. */
  public void set(Vm vm, VmState state, OutageCause cause) {
    vm.moveTo(state);
    vm.setDownCause(cause);
    services.vmChanged(vm, clock.now());
    if (!stateListeners.isEmpty()) {
      for (Object listener : stateListeners.toArray()) {
        @SuppressWarnings("unchecked")
        Consumer<Vm> l = (Consumer<Vm>) listener;
        l.accept(vm);
      }
    }
  }
}
