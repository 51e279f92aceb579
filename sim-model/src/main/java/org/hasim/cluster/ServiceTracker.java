package org.hasim.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.ServiceSpec;
import org.hasim.vm.Vm;

/**
 * Derives each service's up/down state and outage cause from its VM, its dependencies and the shared
 * storage, and reports changes to the observer. A service is up when its VM is serving, every service it
 * depends on is up and storage is up. When it is down the cause is, in this order: storage failure, its
 * VM's down cause, the cause of the first dependency that is down. Changes propagate incrementally from
 * the VM that changed to the services that depend on it, so the cost follows what happened, not the
 * cluster's size.
 */
public final class ServiceTracker {
  private final String[] names;
  private final int[] vmOf;
  private final int[][] dependsOn;
  private final List<List<Integer>> dependents = new ArrayList<>();
  private final List<List<Integer>> servicesOfVm = new ArrayList<>();
  private final boolean[] up;
  private final OutageCause[] cause;
  private final List<Vm> vms;
  private final ClusterObserver observer;
  private boolean storageUp = true;

  public ServiceTracker(Scenario scenario, List<Vm> vms, ClusterObserver observer) {
    List<ServiceSpec> specs = scenario.services();
    int n = specs.size();
    this.names = new String[n];
    this.vmOf = new int[n];
    this.dependsOn = new int[n][];
    this.up = new boolean[n];
    this.cause = new OutageCause[n];
    this.vms = vms;
    this.observer = observer;
    Map<String, Integer> serviceIndex = new HashMap<>();
    Map<String, Integer> vmIndex = new HashMap<>();
    for (int i = 0; i < vms.size(); i++) {
      vmIndex.put(vms.get(i).name(), i);
      servicesOfVm.add(new ArrayList<>(1));
    }
    for (int i = 0; i < n; i++) {
      serviceIndex.put(specs.get(i).name(), i);
      dependents.add(new ArrayList<>(1));
    }
    for (int i = 0; i < n; i++) {
      ServiceSpec s = specs.get(i);
      names[i] = s.name();
      vmOf[i] = vmIndex.get(s.vm());
      servicesOfVm.get(vmOf[i]).add(i);
      dependsOn[i] = s.dependsOn().stream().mapToInt(serviceIndex::get).toArray();
      for (int d : dependsOn[i]) {
        dependents.get(d).add(i);
      }
      cause[i] = OutageCause.NODE_FAILURE; // every service starts down until its VM has booted
    }
  }

  /**
   * Reports every service's initial state, dependencies first so that no service is reported down and
   * then up again at the same instant.
   */
  public void start(double time) {
    boolean[] done = new boolean[names.length];
    for (int i = 0; i < names.length; i++) {
      startInOrder(i, done, time);
    }
  }

  private void startInOrder(int s, boolean[] done, double time) {
    if (done[s]) {
      return;
    }
    done[s] = true;
    for (int d : dependsOn[s]) {
      startInOrder(d, done, time);
    }
    OutageCause c = computeCause(s);
    up[s] = c == null;
    if (up[s]) {
      observer.serviceUp(names[s], time);
    } else {
      cause[s] = c;
      observer.serviceDown(names[s], c, time);
    }
  }

  /** Call after {@code vm} changed state or cause. */
  public void vmChanged(Vm vm, double time) {
    for (int s : servicesOfVm.get(vm.index())) {
      refresh(s, time);
    }
  }

  public void setStorageUp(boolean storageUp, double time) {
    if (this.storageUp == storageUp) {
      return;
    }
    this.storageUp = storageUp;
    for (int i = 0; i < names.length; i++) {
      refresh(i, time);
    }
  }

  public boolean isUp(String service) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(service)) {
        return up[i];
      }
    }
    throw new IllegalArgumentException(service);
  }

  private void refresh(int s, double time) {
    OutageCause newCause = computeCause(s);
    boolean newUp = newCause == null;
    if (newUp == up[s] && (newUp || newCause == cause[s])) {
      return;
    }
    up[s] = newUp;
    if (newUp) {
      observer.serviceUp(names[s], time);
    } else {
      cause[s] = newCause;
      observer.serviceDown(names[s], newCause, time);
    }
    for (int d : dependents.get(s)) {
      refresh(d, time);
    }
  }

  private OutageCause computeCause(int s) {
    if (!storageUp) {
      return OutageCause.STORAGE_FAILURE;
    }
    Vm vm = vms.get(vmOf[s]);
    if (!vm.state().isServing()) {
      return vm.downCause();
    }
    for (int d : dependsOn[s]) {
      if (!up[d]) {
        return cause[d];
      }
    }
    return null;
  }
}
