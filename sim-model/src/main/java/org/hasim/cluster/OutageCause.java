package org.hasim.cluster;

import java.util.Locale;

/** Why a service is down; every second of downtime is attributed to exactly one cause (DESIGN §4.4). */
public enum OutageCause {
  NODE_FAILURE,
  VM_CRASH,
  MAINTENANCE_RESTART,
  MIGRATION_PAUSE,
  FALSE_FAILOVER,
  QUORUM_LOSS,
  STORAGE_FAILURE,
  UNCOVERED_FAILURE,
  CAPACITY_SHORTAGE,
  SPLIT_BRAIN,
  /** The top-of-rack switch of the VM's host is down: the VM is cut off, or was lost with its fenced host. */
  RACK_SWITCH_FAILURE,
  /** Every network that carries service traffic is down: clients reach no service. */
  NETWORK_FAILURE;

  /** Name used in outputs: lower case with dashes, e.g. {@code node-failure}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
