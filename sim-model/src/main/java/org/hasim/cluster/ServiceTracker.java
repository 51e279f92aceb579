package org.hasim.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.ServiceSpec;
import org.hasim.vm.Vm;

/**
 * Derives each service's up/down state and outage cause from its VM, its dependencies, the VM's storage
 * system and its host's rack switch, and reports changes to the observer. A service is up when its VM is
 * serving, every service it depends on is up, the storage holding the VM's image is up and the VM's host
 * is not cut off by its rack switch. When it is down the cause is, in this order: storage failure,
 * rack-switch failure, its VM's down cause, the cause of the first dependency that is down.
 *
 * <p>A VM's image lives on the storage system serving its home node (every VM's, in the single-storage
 * form), wherever the VM runs. Changes propagate incrementally from what changed — a VM, a storage system
 * (its VMs' services), a rack switch (the services of the VMs its nodes host) — to the services that
 * depend on them, so the cost follows what happened, not the cluster's size.
 */
public final class ServiceTracker {
  private final String[] names;
  private final int[] vmOf;
  private final int[][] dependsOn;
  private final int[][] dependents;
  private final int[][] servicesOfVm;
  private final boolean[] up;
  private final OutageCause[] cause;
  private final List<Vm> vms;
  private final ClusterObserver observer;
  private final int[] storageOfVm;
  private final int[][] servicesOfStorage;
  private final boolean[] storageUp;
  private final int[] rackOfNode;
  private final boolean[] switchDown;

  public ServiceTracker(Scenario scenario, List<Vm> vms, ClusterObserver observer) {
    this(scenario, vms, observer, new int[0]);
  }

  /** A tracker that also knows which rack each node is in ({@code cluster}'s). */
  public ServiceTracker(Scenario scenario, Cluster cluster, ClusterObserver observer) {
    this(scenario, cluster.vms(), observer,
        cluster.nodes().stream().mapToInt(Node::rack).toArray());
  }

  private ServiceTracker(Scenario scenario, List<Vm> vms, ClusterObserver observer, int[] rackOfNode) {
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
    List<List<Integer>> servicesOfVm = new ArrayList<>();
    List<List<Integer>> dependents = new ArrayList<>();
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
    this.servicesOfVm = toArrays(servicesOfVm);
    this.dependents = toArrays(dependents);
    this.rackOfNode = rackOfNode;
    this.switchDown = new boolean[scenario.cluster().racks().size()];
    this.storageOfVm = StorageMap.storageOfVms(scenario);
    int storages = scenario.cluster().storages().size();
    this.storageUp = new boolean[storages];
    java.util.Arrays.fill(storageUp, true);
    this.servicesOfStorage = new int[storages][];
    for (int k = 0; k < storages; k++) {
      int storage = k;
      servicesOfStorage[k] = java.util.stream.IntStream.range(0, n)
          .filter(s -> storageOfVm[vmOf[s]] == storage).toArray();
    }
  }

  private static int[][] toArrays(List<List<Integer>> lists) {
    int[][] out = new int[lists.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
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
      observer.serviceUp(s, names[s], time);
    } else {
      cause[s] = c;
      observer.serviceDown(s, names[s], c, time);
    }
  }

  /** Call after {@code vm} changed state or cause. */
  public void vmChanged(Vm vm, double time) {
    for (int s : servicesOfVm[vm.index()]) {
      refresh(s, time);
    }
  }

  /** Every storage system goes down or comes back (the single-storage form's one system). */
  public void setStorageUp(boolean storageUp, double time) {
    for (int k = 0; k < this.storageUp.length; k++) {
      setStorageUp(k, storageUp, time);
    }
  }

  /** Storage system {@code storage} (index in the scenario) goes down or comes back. */
  public void setStorageUp(int storage, boolean isUp, double time) {
    if (storageUp[storage] == isUp) {
      return;
    }
    storageUp[storage] = isUp;
    for (int s : servicesOfStorage[storage]) {
      refresh(s, time);
    }
  }

  /** The switch of {@code rack} went down or came back: the services of the VMs on its nodes follow. */
  public void rackSwitchChanged(Rack rack, double time) {
    switchDown[rack.index()] = !rack.switchUp();
    for (Node n : rack.nodes()) {
      for (Vm vm : new ArrayList<>(n.vms())) {
        vmChanged(vm, time);
      }
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
      observer.serviceUp(s, names[s], time);
    } else {
      cause[s] = newCause;
      observer.serviceDown(s, names[s], newCause, time);
    }
    for (int d : dependents[s]) {
      refresh(d, time);
    }
  }

  private OutageCause computeCause(int s) {
    int storage = storageOfVm[vmOf[s]];
    if (storage >= 0 && !storageUp[storage]) {
      return OutageCause.STORAGE_FAILURE;
    }
    Vm vm = vms.get(vmOf[s]);
    if (vm.host() >= 0 && vm.host() < rackOfNode.length && rackOfNode[vm.host()] >= 0
        && switchDown[rackOfNode[vm.host()]]) {
      return OutageCause.RACK_SWITCH_FAILURE;
    }
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
