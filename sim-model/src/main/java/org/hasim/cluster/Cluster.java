package org.hasim.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hasim.scenario.HaSpec.PlacementPolicy;
import org.hasim.scenario.Scenario;
import org.hasim.vm.Vm;

/**
 * The object graph of one replication: nodes, VMs and where each VM is placed, with the memory capacity
 * rule (a VM holds its full memory on its host; a node offers {@code memory - dom0_memory}) and the
 * placement policy.
 */
public final class Cluster {
  private final List<Node> nodes = new ArrayList<>();
  private final List<Vm> vms = new ArrayList<>();
  private final Map<String, Node> nodesByName = new HashMap<>();
  private final Map<String, Vm> vmsByName = new HashMap<>();
  private final PlacementPolicy placement;
  private final boolean sharedStorage;
  private java.util.function.Consumer<Node> occupancyListener = n -> {};

  public Cluster(Scenario scenario) {
    for (var spec : scenario.cluster().nodes()) {
      Node n = new Node(spec, nodes.size());
      nodes.add(n);
      nodesByName.put(n.name(), n);
    }
    for (var spec : scenario.vms()) {
      Vm v = new Vm(spec, vms.size());
      vms.add(v);
      vmsByName.put(v.name(), v);
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

  public Node node(String name) {
    return nodesByName.get(name);
  }

  public Node node(int index) {
    return nodes.get(index);
  }

  public Vm vm(String name) {
    return vmsByName.get(name);
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

  private static double vcpuLoad(Node n) {
    int vcpus = 0;
    for (Vm v : n.vms()) {
      vcpus += v.spec().vcpus();
    }
    return (double) vcpus / Math.max(1, n.spec().cpus());
  }
}
