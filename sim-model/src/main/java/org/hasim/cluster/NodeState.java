package org.hasim.cluster;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * States of a physical node and the transitions allowed between them — the node's state machine in one
 * place. {@link Node#moveTo} refuses anything not listed here.
 */
public enum NodeState {
  /** Running, member of the cluster, can host VMs. */
  UP,
  /** Maintenance started: evacuating its VMs, accepts no new ones. */
  DRAINING,
  /** Down on purpose (heartbeat stopped), no VMs. */
  MAINTENANCE,
  /** Hardware failure, waiting for a crew or being repaired. */
  FAILED,
  /** Hypervisor (dom0/Xen) failure: rebooting by itself. */
  REBOOTING,
  /** Killed by STONITH, rebooting. */
  FENCED,
  /** Back from repair or reboot, waiting {@code initdead} before it may take resources alone. */
  JOINING;

  private static final Map<NodeState, Set<NodeState>> NEXT = new EnumMap<>(Map.of(
      UP, EnumSet.of(DRAINING, FAILED, REBOOTING, FENCED),
      DRAINING, EnumSet.of(MAINTENANCE, FAILED, REBOOTING, FENCED, UP),
      MAINTENANCE, EnumSet.of(JOINING, UP, FAILED, REBOOTING),
      FAILED, EnumSet.of(JOINING, UP),
      REBOOTING, EnumSet.of(JOINING, UP, FAILED),
      FENCED, EnumSet.of(JOINING, UP, FAILED),
      JOINING, EnumSet.of(UP, FAILED, REBOOTING, FENCED)));

  public boolean canMoveTo(NodeState next) {
    return NEXT.get(this).contains(next);
  }

  /** Whether the node's hardware and dom0 are running (it can run VMs and send heartbeats). */
  public boolean isAlive() {
    return this == UP || this == DRAINING || this == JOINING;
  }
}
