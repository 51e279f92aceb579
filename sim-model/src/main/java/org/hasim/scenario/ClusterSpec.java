package org.hasim.scenario;

import java.util.List;
import java.util.Optional;

/**
 * Physical side of the cluster. Node groups in the file are expanded into individual nodes by the loader.
 * {@code storages} is empty when VM images are local-only (then nothing can be restarted elsewhere); it
 * holds one system serving every node in the single-storage form, or several each serving some racks.
 * {@code racks} groups nodes behind top-of-rack switches; nodes in no rack have no switch of their own.
 */
public record ClusterSpec(
    List<NodeSpec> nodes,
    List<NetworkSpec> networks,
    List<StorageSpec> storages,
    RepairSpec repair,
    List<RackSpec> racks) {

  public ClusterSpec {
    storages = List.copyOf(storages);
    racks = List.copyOf(racks);
  }

  /** A cluster without racks and with at most one storage system, serving every node. */
  public ClusterSpec(List<NodeSpec> nodes, List<NetworkSpec> networks, Optional<StorageSpec> storage,
      RepairSpec repair) {
    this(nodes, networks, storage.map(List::of).orElse(List.of()), repair, List.of());
  }

  /** The first storage system, if any (the only one in the single-storage form). */
  public Optional<StorageSpec> storage() {
    return storages.isEmpty() ? Optional.empty() : Optional.of(storages.get(0));
  }

  public NodeSpec node(String name) {
    return nodes.stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
  }
}
