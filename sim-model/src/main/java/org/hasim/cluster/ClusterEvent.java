package org.hasim.cluster;

/**
 * What happened in the cluster, for traces and tests (delivered to {@link ClusterObserver#onEvent}).
 * Metrics do not depend on these: they come from the service up/down callbacks.
 */
public sealed interface ClusterEvent {
  double time();

  record NodeFailed(double time, String node, String kind) implements ClusterEvent {}

  record NodeDeclaredDead(double time, String node, String by) implements ClusterEvent {}

  record HeartbeatLate(double time, String node, String by) implements ClusterEvent {}

  record NodeFenced(double time, String node, boolean success) implements ClusterEvent {}

  record NodeRejoined(double time, String node) implements ClusterEvent {}

  record NodeLeft(double time, String node) implements ClusterEvent {}

  record VmStarted(double time, String vm, String node) implements ClusterEvent {}

  record VmStopped(double time, String vm, String node, OutageCause cause) implements ClusterEvent {}

  record SplitBrain(double time, String vm, String node) implements ClusterEvent {}

  record QuorumChanged(double time, String node, boolean hasQuorum) implements ClusterEvent {}

  record RackSwitchChanged(double time, String rack, boolean up) implements ClusterEvent {}
}
