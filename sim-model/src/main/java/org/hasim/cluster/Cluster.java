package org.hasim.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hasim.scenario.HaSpec.PlacementPolicy;
import org.hasim.scenario.RackSpec;
import org.hasim.scenario.Scenario;
import org.hasim.vm.Vm;

/**
 * The object graph of one replication: nodes, racks, VMs and where each VM is placed, with the memory
 * capacity rule (a VM holds its full memory on its host; a node offers {@code memory - dom0_memory}) and the
 * placement policy.
 *
 * <p>Placement by side ({@link #place(Vm, int, Node)}) reads a {@link FreeMemoryIndex} kept up to date as
 * nodes change, so the least-loaded choice costs O(log n) whatever the cluster's size; the number of nodes
 * that are not UP is counted the same way.
 */
public final class Cluster {
  private final List<Node> nodes = new ArrayList<>();
  private final List<Vm> vms = new ArrayList<>();
  private final List<Rack> racks = new ArrayList<>();
  private final Map<String, Node> nodesByName = new HashMap<>();
  private final Map<String, Vm> vmsByName = new HashMap<>();
  private final Map<String, Rack> racksByName = new HashMap<>();
  private final List<List<Vm>> homedOn = new ArrayList<>();
  private final PlacementPolicy placement;
  private final boolean sharedStorage;
  private final FreeMemoryIndex index;
  private int notUp;
  private java.util.function.Consumer<Node> occupancyListener = n -> {};

  public Cluster(Scenario scenario) {
    Map<String, Integer> rackOfNode = new HashMap<>();
    List<RackSpec> rackSpecs = scenario.cluster().racks();
    for (int r = 0; r < rackSpecs.size(); r++) {
      for (String name : rackSpecs.get(r).nodes()) {
        rackOfNode.put(name, r);
      }
    }
    this.index = new FreeMemoryIndex(scenario.cluster().nodes().size());
    Node.Watcher watcher = this::nodeChanged;
    for (var spec : scenario.cluster().nodes()) {
      Node n = new Node(spec, nodes.size(), rackOfNode.getOrDefault(spec.name(), -1), watcher);
      nodes.add(n);
      nodesByName.put(n.name(), n);
      homedOn.add(new ArrayList<>(0));
      index.update(n.index(), true, n.freeMemory());
    }
    for (int r = 0; r < rackSpecs.size(); r++) {
      List<Node> members = rackSpecs.get(r).nodes().stream().map(nodesByName::get).toList();
      Rack rack = new Rack(rackSpecs.get(r), r, members);
      racks.add(rack);
      racksByName.put(rack.name(), rack);
    }
    for (var spec : scenario.vms()) {
      Vm v = new Vm(spec, vms.size());
      vms.add(v);
      vmsByName.put(v.name(), v);
      Node home = nodesByName.get(spec.home());
      if (home != null) {
        homedOn.get(home.index()).add(v);
      }
    }
    this.placement = scenario.ha().placement();
    this.sharedStorage = scenario.cluster().storage().isPresent();
  }

  public List<Node> nodes() {
    return Collections.unmodifiableList(nodes);
  }

  public List<Vm> vms() {
    return Collections.unmodifiableList(vms);
  }

  public List<Rack> racks() {
    return Collections.unmodifiableList(racks);
  }

  public Node node(String name) {
    return nodesByName.get(name);
  }

  public Node node(int index) {
    return nodes.get(index);
  }

  public Vm vm(String name) {
    return vmsByName.get(name);
  }

  public Rack rack(String name) {
    return racksByName.get(name);
  }

  /** The rack of {@code node}, or null when it is in none. */
  public Rack rackOf(Node node) {
    return node.rack() < 0 ? null : racks.get(node.rack());
  }

  /** Whether {@code node} is behind a rack switch that is down (cut off from the cluster and users). */
  public boolean cutOff(Node node) {
    return node.rack() >= 0 && !racks.get(node.rack()).switchUp();
  }

  /** Sets the state of a rack's switch (the manager reacts; see {@code ClusterManager#rackSwitch}). */
  public void setSwitchUp(Rack rack, boolean up) {
    rack.setSwitchUp(up);
  }

  /** VMs whose home is {@code node}, in scenario order. */
  public List<Vm> vmsHomedOn(Node node) {
    return Collections.unmodifiableList(homedOn.get(node.index()));
  }

  /** Number of nodes whose state is not UP. */
  public int nodesNotUp() {
    return notUp;
  }

  /** The VM's host, if it has one. */
  public Optional<Node> hostOf(Vm vm) {
    return vm.host() < 0 ? Optional.empty() : Optional.of(nodes.get(vm.host()));
  }

  /** Told when a node goes from hosting no VM to some, or back (cold-standby aging). */
  public void onOccupancyChange(java.util.function.Consumer<Node> listener) {
    this.occupancyListener = listener;
  }

  /** Puts {@code vm} on {@code node}, reserving its memory there. */
  public void assign(Vm vm, Node node) {
    if (vm.host() == node.index()) {
      return;
    }
    unassign(vm);
    node.reserve(vm);
    vm.setHost(node.index());
    if (node.vms().size() == 1) {
      occupancyListener.accept(node);
    }
  }

  /** Removes {@code vm} from its host, releasing its memory. */
  public void unassign(Vm vm) {
    if (vm.host() >= 0) {
      Node node = nodes.get(vm.host());
      node.release(vm);
      vm.setHost(-1);
      if (node.vms().isEmpty()) {
        occupancyListener.accept(node);
      }
    }
  }

  /** {@code node} now belongs to heartbeat side {@code side} (placement by side follows). */
  public void sideChanged(Node node, int side) {
    index.moveToSide(node.index(), side);
  }

  /**
   * Chooses a node for {@code vm} among {@code candidates} that are UP and have room: the one with the
   * most free memory (least-loaded) or the fewest vCPUs per CPU (balanced); ties go to the first in
   * scenario order so runs are reproducible. Without shared storage a VM's image lives on its home node
   * only, so it can run nowhere else.
   */
  public Optional<Node> place(Vm vm, List<Node> candidates) {
    Node best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Node n : candidates) {
      if (!n.canHost(vm) || (!sharedStorage && !n.name().equals(vm.spec().home()))) {
        continue;
      }
      double score = placement == PlacementPolicy.BALANCED ? -vcpuLoad(n) : n.freeMemory();
      if (score > bestScore) {
        best = n;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The same choice as {@link #place(Vm, List)} among the UP nodes of heartbeat side {@code side} other
   * than {@code avoid} (may be null), without listing them: least-loaded reads the free-memory index (if the
   * node with the most free memory cannot hold the VM, none can); balanced scans the nodes.
   */
  public Optional<Node> place(Vm vm, int side, Node avoid) {
    if (!sharedStorage) {
      Node home = nodesByName.get(vm.spec().home());
      boolean fits = home != null && home != avoid && home.state() == NodeState.UP
          && index.sideOf(home.index()) == side && home.canHost(vm);
      return fits ? Optional.of(home) : Optional.empty();
    }
    if (placement == PlacementPolicy.BALANCED) {
      List<Node> candidates = new ArrayList<>();
      for (Node n : nodes) {
        if (n != avoid && n.state() == NodeState.UP && index.sideOf(n.index()) == side) {
          candidates.add(n);
        }
      }
      return place(vm, candidates);
    }
    int best = index.best(side, avoid == null ? -1 : avoid.index());
    if (best < 0 || !nodes.get(best).canHost(vm)) {
      return Optional.empty();
    }
    return Optional.of(nodes.get(best));
  }

  private void nodeChanged(Node n, NodeState before) {
    if (before != n.state()) {
      if (before == NodeState.UP) {
        notUp++;
      } else if (n.state() == NodeState.UP) {
        notUp--;
      }
    }
    index.update(n.index(), n.state() == NodeState.UP, n.freeMemory());
  }

  private static double vcpuLoad(Node n) {
    return (double) n.vcpus() / Math.max(1, n.spec().cpus());
  }
}
