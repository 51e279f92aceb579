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
  private static final Svc[] NONE = new Svc[0];

  private final Svc[] services;
  /** The first service of each VM (others follow through {@link Svc#nextOfVm}); null for none. */
  private final Svc[] firstOfVm;
  private final ClusterObserver observer;
  private final Svc[][] servicesOfStorage;
  private final boolean[] storageUp;
  private final int[] rackOfNode;
  private final boolean[] switchDown;
  private boolean serviceNetworkDown;

  /**
   * One service's constants and state in one object, allocated together, so that following a VM to its
   * service touches one or two cache lines rather than one per array — with 10^5 services that is most of
   * the cost of a VM state change.
   */
  private static final class Svc {
    final int index;
    final String name;
    final Vm vm;
    final int storage;
    Svc[] dependsOn = NONE;
    Svc[] dependents = NONE;
    Svc nextOfVm;
    boolean up;
    OutageCause cause = OutageCause.NODE_FAILURE; // every service starts down until its VM has booted

    Svc(int index, String name, Vm vm, int storage) {
      this.index = index;
      this.name = name;
      this.vm = vm;
      this.storage = storage;
    }
  }

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
    this.observer = observer;
    this.services = new Svc[n];
    this.firstOfVm = new Svc[vms.size()];
    int[] storageOfVm = StorageMap.storageOfVms(scenario);
    Map<String, Integer> vmIndex = new HashMap<>();
    for (int i = 0; i < vms.size(); i++) {
      vmIndex.put(vms.get(i).name(), i);
    }
    Map<String, Svc> byName = new HashMap<>();
    Svc[] lastOfVm = new Svc[vms.size()];
    for (int i = 0; i < n; i++) {
      ServiceSpec spec = specs.get(i);
      int v = vmIndex.get(spec.vm());
      Svc svc = new Svc(i, spec.name(), vms.get(v), storageOfVm[v]);
      services[i] = svc;
      byName.put(spec.name(), svc);
      if (lastOfVm[v] == null) {
        firstOfVm[v] = svc;
      } else {
        lastOfVm[v].nextOfVm = svc;
      }
      lastOfVm[v] = svc;
    }
    List<List<Svc>> dependents = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      dependents.add(new ArrayList<>(0));
    }
    for (int i = 0; i < n; i++) {
      List<String> deps = specs.get(i).dependsOn();
      if (!deps.isEmpty()) {
        services[i].dependsOn = deps.stream().map(byName::get).toArray(Svc[]::new);
        for (Svc d : services[i].dependsOn) {
          dependents.get(d.index).add(services[i]);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (!dependents.get(i).isEmpty()) {
        services[i].dependents = dependents.get(i).toArray(NONE);
      }
    }
    this.rackOfNode = rackOfNode;
    this.switchDown = new boolean[scenario.cluster().racks().size()];
    int storages = scenario.cluster().storages().size();
    this.storageUp = new boolean[storages];
    java.util.Arrays.fill(storageUp, true);
    this.servicesOfStorage = new Svc[storages][];
    for (int k = 0; k < storages; k++) {
      int storage = k;
      servicesOfStorage[k] = java.util.Arrays.stream(services).filter(x -> x.storage == storage)
          .toArray(Svc[]::new);
    }
  }

  /**
   * Reports every service's initial state, dependencies first so that no service is reported down and
   * then up again at the same instant.
   */
  public void start(double time) {
    boolean[] done = new boolean[services.length];
    for (Svc s : services) {
      startInOrder(s, done, time);
    }
  }

  private void startInOrder(Svc s, boolean[] done, double time) {
    if (done[s.index]) {
      return;
    }
    done[s.index] = true;
    for (Svc d : s.dependsOn) {
      startInOrder(d, done, time);
    }
    OutageCause c = computeCause(s);
    s.up = c == null;
    if (s.up) {
      observer.serviceUp(s.index, s.name, time);
    } else {
      s.cause = c;
      observer.serviceDown(s.index, s.name, c, time);
    }
  }

  /** Call after {@code vm} changed state or cause. */
  public void vmChanged(Vm vm, double time) {
    for (Svc s = firstOfVm[vm.index()]; s != null; s = s.nextOfVm) {
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
    for (Svc s : servicesOfStorage[storage]) {
      refresh(s, time);
    }
  }

  /**
   * Whether clients can reach the cluster at all: false while every network that carries service traffic
   * is down. Then every service is down, attributed to {@link OutageCause#NETWORK_FAILURE}.
   */
  public void setServiceNetworkUp(boolean up, double time) {
    if (serviceNetworkDown == !up) {
      return;
    }
    serviceNetworkDown = !up;
    for (Svc s : services) {
      refresh(s, time);
    }
  }

  /** The switch of {@code rack} went down or came back: the services of the VMs on its nodes follow. */
  public void rackSwitchChanged(Rack rack, double time) {
    switchDown[rack.index()] = !rack.switchUp();
    for (Node n : rack.nodes()) {
      for (Vm vm : n.vms()) {
        vmChanged(vm, time);
      }
    }
  }

  public boolean isUp(String service) {
    for (Svc s : services) {
      if (s.name.equals(service)) {
        return s.up;
      }
    }
    throw new IllegalArgumentException(service);
  }

  private void refresh(Svc s, double time) {
    OutageCause newCause = computeCause(s);
    boolean newUp = newCause == null;
    if (newUp == s.up && (newUp || newCause == s.cause)) {
      return;
    }
    s.up = newUp;
    if (newUp) {
      observer.serviceUp(s.index, s.name, time);
    } else {
      s.cause = newCause;
      observer.serviceDown(s.index, s.name, newCause, time);
    }
    for (Svc d : s.dependents) {
      refresh(d, time);
    }
  }

  private OutageCause computeCause(Svc s) {
    if (s.storage >= 0 && !storageUp[s.storage]) {
      return OutageCause.STORAGE_FAILURE;
    }
    if (serviceNetworkDown) {
      return OutageCause.NETWORK_FAILURE;
    }
    Vm vm = s.vm;
    int host = vm.host();
    if (host >= 0 && host < rackOfNode.length && rackOfNode[host] >= 0 && switchDown[rackOfNode[host]]) {
      return OutageCause.RACK_SWITCH_FAILURE;
    }
    if (!vm.state().isServing()) {
      return vm.downCause();
    }
    for (Svc d : s.dependsOn) {
      if (!d.up) {
        return d.cause;
      }
    }
    return null;
  }
}
