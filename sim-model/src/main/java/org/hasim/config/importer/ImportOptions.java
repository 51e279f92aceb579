package org.hasim.config.importer;

import java.util.Optional;

/**
 * Choices the config files cannot make: the scenario name (derived from the cluster name when empty), the
 * migration network's bandwidth (bits/s) and the node memory (bytes) when the CIB has no utilization.
 */
public record ImportOptions(Optional<String> name, double migrationBandwidth, Optional<Long> nodeMemory) {
  public static ImportOptions defaults() {
    return new ImportOptions(Optional.empty(), 1e9, Optional.empty());
  }
}
