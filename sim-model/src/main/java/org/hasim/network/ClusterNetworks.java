package org.hasim.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hasim.engine.SimClock;
import org.hasim.scenario.NetworkSpec;
import org.hasim.scenario.NetworkSpec.Traffic;
import org.hasim.scenario.NodeSpec;
import org.hasim.scenario.RackSpec;
import org.hasim.scenario.Scenario;

/**
 * The scenario's networks on one {@link Network}: each network is one shared link (a switch), and a
 * node reaches the networks it has a NIC on. A rack with an {@code uplink} adds one link, its switch's
 * connection to the rest of the cluster, shared by every network's traffic that leaves or enters the rack:
 * a path between nodes of different racks crosses both racks' uplinks and the network's link; within a rack
 * only the network's link. Picks the path for migration traffic between two nodes and lists the links
 * heartbeats can use.
 */
public final class ClusterNetworks {
  /** Buffer of a rack uplink, bytes (only small-packet delays read it; no heartbeat crosses an uplink). */
  private static final long UPLINK_BUFFER = 256 * 1024;
  private final Network network;
  private final Map<String, Link> links = new HashMap<>();
  private final List<NetworkSpec> specs;
  private final Map<String, List<String>> networksOfNode = new HashMap<>();
  private final Map<String, String> rackOfNode = new HashMap<>();
  private final Map<String, Link> uplinks = new HashMap<>();

  public ClusterNetworks(SimClock clock, Scenario scenario) {
    this.network = new Network(clock);
    this.specs = scenario.cluster().networks();
    for (NetworkSpec n : specs) {
      links.put(n.name(), network.addLink(n.name(), n.bandwidth(), n.latency(), n.buffer()));
    }
    for (NodeSpec node : scenario.cluster().nodes()) {
      networksOfNode.put(node.name(), node.networks());
    }
    for (RackSpec rack : scenario.cluster().racks()) {
      rack.nodes().forEach(node -> rackOfNode.put(node, rack.name()));
      if (rack.hasUplink()) {
        uplinks.put(rack.name(), network.addLink(rack.name() + ".uplink", rack.uplink(), 0.0, UPLINK_BUFFER));
      }
    }
  }

  /** The uplink of rack {@code rack}, if it has one. */
  public Optional<Link> uplink(String rack) {
    return Optional.ofNullable(uplinks.get(rack));
  }

  public Network network() {
    return network;
  }

  public Link link(String network) {
    return links.get(network);
  }

  /** The first network (in file order) that carries migration traffic and both nodes are on. */
  public Optional<List<Link>> migrationPath(String source, String target) {
    for (NetworkSpec n : specs) {
      if (n.carries().contains(Traffic.MIGRATION) && on(source, n) && on(target, n)) {
        return Optional.of(path(source, target, links.get(n.name())));
      }
    }
    return Optional.empty();
  }

  /**
   * The path from a client outside the cluster to {@code node}: the first network (in file order) that
   * carries service traffic and the node is on. Empty when the node is on none.
   */
  public Optional<List<Link>> clientPath(String node) {
    for (NetworkSpec n : specs) {
      if (n.carries().contains(Traffic.SERVICE) && on(node, n)) {
        return Optional.of(List.of(links.get(n.name())));
      }
    }
    return Optional.empty();
  }

  /**
   * The service-traffic path between two nodes: none (an empty list, the host's own bridge) when they are
   * the same node, else the first network carrying service traffic that both are on. Empty when there is
   * no such network.
   */
  public Optional<List<Link>> servicePath(String a, String b) {
    if (a.equals(b)) {
      return Optional.of(List.of());
    }
    for (NetworkSpec n : specs) {
      if (n.carries().contains(Traffic.SERVICE) && on(a, n) && on(b, n)) {
        return Optional.of(List.of(links.get(n.name())));
      }
    }
    return Optional.empty();
  }

  /** Links of the networks that carry heartbeats (the heartbeat media). */
  public List<Link> heartbeatLinks() {
    List<Link> out = new ArrayList<>();
    for (NetworkSpec n : specs) {
      if (n.carries().contains(Traffic.HEARTBEAT)) {
        out.add(links.get(n.name()));
      }
    }
    return out;
  }

  public List<NetworkSpec> specs() {
    return specs;
  }

  private List<Link> path(String source, String target, Link network) {
    String a = rackOfNode.get(source);
    String b = rackOfNode.get(target);
    if (java.util.Objects.equals(a, b)) {
      return List.of(network);
    }
    List<Link> path = new ArrayList<>(3);
    if (a != null && uplinks.containsKey(a)) {
      path.add(uplinks.get(a));
    }
    path.add(network);
    if (b != null && uplinks.containsKey(b)) {
      path.add(uplinks.get(b));
    }
    return List.copyOf(path);
  }

  private boolean on(String node, NetworkSpec n) {
    return networksOfNode.getOrDefault(node, List.of()).contains(n.name());
  }
}
