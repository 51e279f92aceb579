package org.hasim.scenario;

import java.util.List;

/** Events at fixed times for experiments, written e.g. {@code maintenance node1 at 10s for 1h}. */
public sealed interface ScriptedEvent {
  /** Absolute simulation time in seconds. */
  double at();

  /** Node taken down on purpose (heartbeat stop), back after {@code duration}. */
  record Maintenance(String node, double at, double duration) implements ScriptedEvent {}

  /** Uncontrolled node failure, repaired after {@code repairAfter} seconds. */
  record NodeCrash(String node, double at, double repairAfter) implements ScriptedEvent {}

  /** A VM crash. */
  record VmCrash(String vm, double at) implements ScriptedEvent {}

  /** The heartbeat path between two groups of nodes is cut for {@code duration}. */
  record Partition(List<String> sideA, List<String> sideB, double at, double duration)
      implements ScriptedEvent {}

  /** The (only) shared storage fails, repaired after {@code duration}. */
  record StorageFailure(double at, double duration) implements ScriptedEvent {}

  /** Storage system {@code storage} (one of several) fails, repaired after {@code duration}. */
  record NamedStorageFailure(String storage, double at, double duration) implements ScriptedEvent {}

  /** The top-of-rack switch of {@code rack} fails, repaired after {@code duration}. */
  record RackSwitchFailure(String rack, double at, double duration) implements ScriptedEvent {}

  /** A live migration of {@code vm} to {@code target} (experiments, probes). */
  record Migrate(String vm, String target, double at) implements ScriptedEvent {}
}
