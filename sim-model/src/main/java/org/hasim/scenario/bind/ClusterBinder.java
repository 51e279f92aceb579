package org.hasim.scenario.bind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hasim.failure.FailureMode;
import org.hasim.scenario.ClusterSpec;
import org.hasim.scenario.CpuPerformance;
import org.hasim.scenario.NetworkSpec;
import org.hasim.scenario.NetworkSpec.Traffic;
import org.hasim.scenario.NodeSpec;
import org.hasim.scenario.RackSpec;
import org.hasim.scenario.RepairSpec;
import org.hasim.scenario.StorageSpec;
import org.hasim.scenario.Units;
import org.hasim.scenario.tree.ListNode;
import org.hasim.scenario.tree.Node;

/**
 * {@code cluster:} — networks, nodes (groups expanded), racks, shared storage and the repair facility (racks
 * and storage systems in {@link RackBinder}).
 */
final class ClusterBinder {
  static final long DEFAULT_DOM0 = 512L * 1024 * 1024;
  private static final List<String> CLUSTER_KEYS = List.of("nodes", "networks", "storage", "repair", "racks");
  private static final List<String> NODE_KEYS = List.of(
      "name", "count", "cpus", "memory", "dom0_memory", "cpu_model", "networks", "failures",
      "fails_when_idle", "virtualization_overhead", "consolidation_limit", "consolidation_slowdown");
  private static final List<String> NETWORK_KEYS =
      List.of("name", "bandwidth", "latency", "buffer", "carries", "failures");
  private static final Map<String, Traffic> TRAFFIC = Values.ordered(
      "heartbeat", Traffic.HEARTBEAT, "migration", Traffic.MIGRATION, "service", Traffic.SERVICE);

  /** The bound cluster and where each node and network was written. */
  record Bound(ClusterSpec spec, List<Placed<NodeSpec>> nodes, List<Placed<NetworkSpec>> networks) {}

  private ClusterBinder() {}

  static Bound bind(Node n, String path) {
    Fields f = Fields.of(n, path, CLUSTER_KEYS);
    List<Placed<NetworkSpec>> networks = f.has("networks")
        ? networks(f.req("networks"), f.at("networks"))
        : List.of(new Placed<>(defaultNetwork(), f.map(), f.at("networks")));
    List<String> networkNames = networks.stream().map(p -> p.spec().name()).toList();
    List<Placed<NodeSpec>> nodes = nodes(f.req("nodes"), f.at("nodes"), networkNames);
    List<String> nodeNames = nodes.stream().map(p -> p.spec().name()).toList();
    checkFailingHeartbeatMedia(networks, nodes.size());
    List<RackSpec> racks = f.get("racks", (x, p) -> RackBinder.racks(x, p, nodeNames), List.of());
    List<String> rackNames = racks.stream().map(RackSpec::name).toList();
    List<StorageSpec> storages =
        f.get("storage", (x, p) -> RackBinder.storages(x, p, rackNames), List.of());
    RepairSpec repair = f.get("repair", ClusterBinder::repair, new RepairSpec(1));
    ClusterSpec spec = new ClusterSpec(nodes.stream().map(Placed::spec).toList(),
        networks.stream().map(Placed::spec).toList(), storages, repair, racks);
    return new Bound(spec, nodes, networks);
  }

  /**
   * A cluster of more than two nodes whose heartbeat networks can all fail at once would split n ways,
   * which the model does not simulate; refuse it rather than ignore the failures.
   */
  private static void checkFailingHeartbeatMedia(List<Placed<NetworkSpec>> networks, int nodes) {
    if (nodes <= 2) {
      return;
    }
    Placed<NetworkSpec> failing = null;
    for (Placed<NetworkSpec> n : networks) {
      if (n.spec().carries().contains(Traffic.HEARTBEAT)) {
        if (n.spec().failures().isEmpty()) {
          return; // a heartbeat medium that never fails keeps the nodes in touch
        }
        failing = n;
      }
    }
    if (failing != null) {
      throw failing.error("failures", "every heartbeat network of this " + nodes + "-node cluster can fail,"
          + " and an n-way split of the cluster is not simulated", "add a second heartbeat network without"
          + " failures (Heartbeat advises two media anyway), or keep failures on networks that do not carry"
          + " heartbeat");
    }
  }

  static NetworkSpec defaultNetwork() {
    return new NetworkSpec("lan", 1e9, 100e-6, 256 * 1024, EnumSet.allOf(Traffic.class), Optional.empty());
  }

  private static List<Placed<NetworkSpec>> networks(Node n, String path) {
    ListNode list = Values.list(n, path);
    if (list.items().isEmpty()) {
      throw n.location().error(path, "at least one network is needed",
          "leave 'networks' out for one 1Gbit/s network 'lan' carrying everything");
    }
    Names.Unique unique = new Names.Unique("network");
    List<Placed<NetworkSpec>> out = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      String p = path + "[" + i + "]";
      Fields f = Fields.of(list.items().get(i), p, NETWORK_KEYS);
      String name = f.req("name", Values::entityName);
      unique.add(name, f.req("name"), f.at("name"));
      Set<Traffic> carries = f.has("carries") ? carries(f.req("carries"), f.at("carries"))
          : EnumSet.allOf(Traffic.class);
      NetworkSpec spec = new NetworkSpec(name, f.req("bandwidth", Values::bandwidth),
          f.get("latency", Values::duration, 100e-6), f.get("buffer", Values::size, 256L * 1024),
          Set.copyOf(carries), f.opt("failures", (x, q) -> Distributions.failureMode(x, q, "ttr", true)));
      out.add(new Placed<>(spec, f.map(), p));
    }
    return out;
  }

  private static Set<Traffic> carries(Node n, String path) {
    List<Traffic> kinds = Values.listOf(Values.choice(TRAFFIC)).apply(n, path);
    if (kinds.isEmpty()) {
      throw n.location().error(path, "a network must carry some traffic",
          "allowed: heartbeat, migration, service");
    }
    return EnumSet.copyOf(kinds);
  }

  private static List<Placed<NodeSpec>> nodes(Node n, String path, List<String> networkNames) {
    ListNode list = Values.list(n, path);
    if (list.items().isEmpty()) {
      throw n.location().error(path, "the cluster needs at least one node", null);
    }
    Names.Unique unique = new Names.Unique("node");
    List<Placed<NodeSpec>> out = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      String p = path + "[" + i + "]";
      Fields f = Fields.of(list.items().get(i), p, NODE_KEYS);
      int count = f.get("count", Values.integer(1), 1);
      List<String> names = Names.expand(f.req("name"), f.at("name"), count);
      NodeSpec template = node(f, networkNames);
      for (String name : names) {
        unique.add(name, f.req("name"), f.at("name"));
        out.add(new Placed<>(new NodeSpec(name, template.cpus(), template.memory(), template.dom0Memory(),
            template.cpuModel(), template.networks(), template.hardware(), template.hypervisor(),
            template.failsWhenIdle(), template.performance()),
            f.map(), p));
      }
    }
    return out;
  }

  private static NodeSpec node(Fields f, List<String> networkNames) {
    long memory = f.req("memory", Values::size);
    long dom0 = f.get("dom0_memory", Values::size, DEFAULT_DOM0);
    if (memory <= dom0) {
      throw f.error("memory", "memory " + Units.formatSize(memory) + " is not more than dom0_memory "
          + Units.formatSize(dom0), "a node needs memory beyond what dom0 reserves (default 512MiB)");
    }
    List<String> networks = f.has("networks")
        ? Values.listOf((x, q) -> Names.reference(x, q, "network", networkNames))
            .apply(f.req("networks"), f.at("networks"))
        : networkNames;
    Optional<FailureMode> hardware = Optional.empty();
    Optional<FailureMode> hypervisor = Optional.empty();
    if (f.has("failures")) {
      Fields fail = Fields.of(f.req("failures"), f.at("failures"), List.of("hardware", "hypervisor"));
      hardware = fail.opt("hardware", (x, q) -> Distributions.failureMode(x, q, "ttr", true));
      hypervisor = fail.opt("hypervisor", (x, q) -> Distributions.failureMode(x, q, "ttr", false));
    }
    return new NodeSpec("", f.get("cpus", Values.integer(1), 4), memory, dom0,
        f.get("cpu_model", Values::text, "generic"), List.copyOf(networks), hardware, hypervisor,
        f.get("fails_when_idle", Values::bool, true), performance(f));
  }

  private static CpuPerformance performance(Fields f) {
    double overhead = f.get("virtualization_overhead", ClusterBinder::overhead, 0.0);
    int limit = f.get("consolidation_limit", Values.integer(1), CpuPerformance.DEFAULT_CONSOLIDATION_LIMIT);
    double slowdown = f.get("consolidation_slowdown", ClusterBinder::nonNegative, 1.0 / limit);
    return new CpuPerformance(overhead, limit, slowdown);
  }

  private static double overhead(Node n, String path) {
    double v = nonNegative(n, path);
    if (v > 10) {
      throw n.location().error(path, Values.text(n, path) + " is not a plausible overhead",
          "it is a fraction: 0.03 means a domU runs CPU work 3 % slower than bare metal");
    }
    return v;
  }

  private static double nonNegative(Node n, String path) {
    double v = Values.number(n, path);
    if (v < 0) {
      throw n.location().error(path, "must be >= 0, found " + Values.text(n, path), null);
    }
    return v;
  }

  private static RepairSpec repair(Node n, String path) {
    Fields f = Fields.of(n, path, List.of("crews"));
    if (f.has("crews") && Values.text(f.req("crews"), f.at("crews")).equals("unlimited")) {
      return new RepairSpec(RepairSpec.UNLIMITED);
    }
    return new RepairSpec(f.get("crews", (x, q) -> {
      try {
        return Values.integer(1).apply(x, q);
      } catch (RuntimeException e) {
        throw x.location().error(q, "'" + Values.text(x, q) + "' is not a number of crews",
            "write an integer >= 1 or unlimited");
      }
    }, 1));
  }
}
