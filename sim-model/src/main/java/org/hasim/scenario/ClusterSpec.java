package org.hasim.scenario;

import java.util.List;
import java.util.Optional;

/**
 * Physical side of the cluster. Node groups in the file are expanded into individual nodes by the loader.
 * {@code storage} is empty when VM images are local-only (then nothing can be restarted elsewhere).
 */
public record ClusterSpec(
    List<NodeSpec> nodes, List<NetworkSpec> networks, Optional<StorageSpec> storage, RepairSpec repair) {

  public NodeSpec node(String name) {
    return nodes.stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
  }
}
