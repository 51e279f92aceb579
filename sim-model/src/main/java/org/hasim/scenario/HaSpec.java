package org.hasim.scenario;

import org.hasim.failure.Distribution;

/**
 * Cluster-manager settings (Heartbeat/Pacemaker). {@code coverage} is the probability that an automatic
 * recovery works; otherwise {@code manualRecovery} applies. {@code monitorInterval} is the VM resource's
 * monitor operation; {@code migrationThreshold} the failures after which a VM is moved ({@code
 * Integer.MAX_VALUE} = INFINITY).
 */
public record HaSpec(
    HeartbeatSpec heartbeat,
    FencingSpec fencing,
    QuorumSpec quorum,
    double coverage,
    Distribution manualRecovery,
    PlacementPolicy placement,
    boolean failback,
    double monitorInterval,
    int migrationThreshold,
    RecoveryPolicy recovery,
    MigrationSpec migration) {

  public HaSpec withRecovery(RecoveryPolicy r) {
    return new HaSpec(heartbeat, fencing, quorum, coverage, manualRecovery, placement, failback,
        monitorInterval, migrationThreshold, r, migration);
  }

  /** How VMs leave a node taken down on purpose. */
  public enum RecoveryPolicy {
    /** Clean shutdown, then boot on the target (the paper's "before"). */
    RESTART,
    /** Live migration, falling back to restart (the paper's change). */
    LIVE_MIGRATION
  }

  /** Where restarted VMs go. */
  public enum PlacementPolicy {
    LEAST_LOADED,
    BALANCED
  }
}
