package org.hasim.cli;

import java.util.Optional;
import org.hasim.config.rules.ValidationOptions;
import picocli.CommandLine.Option;

/** What `validate` and `import` need beyond the configs: the migration bandwidth and node memory. */
final class ConfigCheckOptions {
  @Option(names = "--migration-bandwidth", paramLabel = "RATE", defaultValue = "1Gbit/s",
      description = "Live-migration bandwidth for timeout checks (default: ${DEFAULT-VALUE}).")
  String migrationBandwidth;

  @Option(names = "--node-memory", paramLabel = "SIZE",
      description = "Memory of each node (e.g. 8GiB) for the N-1 capacity check; default: the CIB's "
          + "node utilization 'memory' (MiB).")
  String nodeMemory;

  /** The options, read with the same units as scenario files. */
  ValidationOptions toValidationOptions() {
    double bandwidth = CliUnits.bitRate("--migration-bandwidth", migrationBandwidth);
    if (!(bandwidth > 0)) {
      throw CliUnits.bad("--migration-bandwidth", "bandwidth must be positive", "write e.g. 1Gbit/s");
    }
    Optional<Long> memory = Optional.ofNullable(nodeMemory)
        .map(m -> (long) CliUnits.size("--node-memory", m));
    return new ValidationOptions(bandwidth, memory, ValidationOptions.DEFAULT_DOM0);
  }
}
