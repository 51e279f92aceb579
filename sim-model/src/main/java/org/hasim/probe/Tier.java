package org.hasim.probe;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.hasim.cluster.Cluster;
import org.hasim.cluster.Node;
import org.hasim.vm.Vm;
import org.hasim.vm.VmState;

/**
 * One tier of the web workload: a multi-server FCFS queue whose servers are its VM's vCPUs, running on
 * the {@link HostCpu} of the VM's current host. While the VM is paused (stop-and-copy) the jobs in service
 * keep their remaining work and wait; they continue on the host the VM resumes on. When the VM goes down
 * any other way every job in the tier fails.
 */
final class Tier {
  /** A request's work at this tier: done or failed, exactly one of them, once. */
  interface Work {
    double demand();

    void served();

    void failed();
  }

  private final Vm vm;
  private final Cluster cluster;
  private final Function<Node, HostCpu> cpus;
  private final int servers;
  private final Deque<Work> queue = new ArrayDeque<>();
  private final List<Running> inService = new ArrayList<>();
  private HostCpu attachedTo;

  private record Running(Work work, HostCpu.Job job) {}

  Tier(Vm vm, Cluster cluster, Function<Node, HostCpu> cpus) {
    this.vm = vm;
    this.cluster = cluster;
    this.cpus = cpus;
    this.servers = vm.spec().vcpus();
  }

  Vm vm() {
    return vm;
  }

  /** A request reaches the VM (which serves now). */
  void arrive(Work w) {
    if (inService.size() < servers) {
      startService(w);
    } else {
      queue.addLast(w);
    }
  }

  private void startService(Work w) {
    HostCpu cpu = currentCpu();
    Running[] self = new Running[1];
    HostCpu.Job job = new HostCpu.Job(w.demand(), () -> finished(self[0]));
    self[0] = new Running(w, job);
    inService.add(self[0]);
    cpu.add(job);
  }

  private HostCpu currentCpu() {
    if (attachedTo == null) {
      attachedTo = cpus.apply(cluster.hostOf(vm).orElseThrow());
    }
    return attachedTo;
  }

  private void finished(Running r) {
    inService.remove(r);
    if (!queue.isEmpty() && vm.state().isServing()) {
      startService(queue.pollFirst());
    }
    r.work().served();
  }

  /** The VM changed state: pause, resume (perhaps on another host) or go down. */
  void vmChanged() {
    if (vm.state().isServing()) {
      Node host = cluster.hostOf(vm).orElseThrow();
      if (attachedTo != null && attachedTo.node() == host) {
        return;
      }
      if (attachedTo != null) {
        inService.forEach(r -> attachedTo.remove(r.job()));
      }
      attachedTo = cpus.apply(host);
      inService.forEach(r -> attachedTo.add(r.job()));
      while (inService.size() < servers && !queue.isEmpty()) {
        startService(queue.pollFirst());
      }
    } else if (vm.state() == VmState.PAUSED) {
      if (attachedTo != null) {
        inService.forEach(r -> attachedTo.remove(r.job()));
        attachedTo = null;
      }
    } else {
      failAll();
    }
  }

  private void failAll() {
    if (attachedTo != null) {
      inService.forEach(r -> attachedTo.remove(r.job()));
      attachedTo = null;
    }
    List<Work> victims = new ArrayList<>();
    inService.forEach(r -> victims.add(r.work()));
    victims.addAll(queue);
    inService.clear();
    queue.clear();
    victims.forEach(Work::failed);
  }
}
