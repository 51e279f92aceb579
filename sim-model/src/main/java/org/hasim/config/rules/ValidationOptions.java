package org.hasim.config.rules;

import java.util.Optional;

/**
 * What the files do not say but some rules need: the live-migration bandwidth (bits/s, default 1 Gbit/s),
 * the memory of each node (bytes) when the CIB has no {@code memory} utilization, and the memory dom0
 * keeps for itself (bytes, Xen's 512 MiB by default, DESIGN §4.2).
 */
public record ValidationOptions(double migrationBandwidth, Optional<Long> nodeMemory, long dom0Memory) {
  public static final double DEFAULT_BANDWIDTH = 1e9;
  public static final long DEFAULT_DOM0 = 512L * 1024 * 1024;

  public static ValidationOptions defaults() {
    return new ValidationOptions(DEFAULT_BANDWIDTH, Optional.empty(), DEFAULT_DOM0);
  }

  public ValidationOptions {
    if (!(migrationBandwidth > 0)) {
      throw new IllegalArgumentException("migration bandwidth must be positive");
    }
  }
}
