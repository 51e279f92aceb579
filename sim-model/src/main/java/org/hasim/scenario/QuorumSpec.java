package org.hasim.scenario;

/** Quorum: what a partition without a majority of votes does, and the two-node special case. */
public record QuorumSpec(NoQuorumPolicy policy, boolean twoNode) {

  /** Pacemaker's {@code no-quorum-policy}. */
  public enum NoQuorumPolicy {
    STOP,
    FREEZE,
    IGNORE,
    FENCE
  }
}
