package org.hasim.migration;

import java.util.List;
import java.util.Optional;
import org.hasim.scenario.MigrationSpec;

/**
 * What one migration did (DESIGN §4.5): its push rounds, times, bytes, stop reason and outcome.
 *
 * @param vm VM name
 * @param source source node
 * @param target target node
 * @param algorithm the algorithm used
 * @param rounds the completed push rounds, in order (empty for post-copy)
 * @param start simulation time the migration started, s
 * @param totalTime start to terminal state, s
 * @param downtime time the VM was paused (pause to resume incl. resume cost and ARP), s; 0 if never paused
 * @param bytesSent every byte put on the wire: rounds, last dirty set, CPU/device state, pulled pages, and
 *     the part of a flow that was in flight when the migration ended
 * @param pulledBytes bytes pulled after resume (post-copy and hybrid)
 * @param degradedTime time the VM ran degraded on the target while pages were pulled, s
 * @param stopReason why pre-copy stopped; empty if it ended before deciding
 * @param outcome how it ended
 * @param fault what ended it when it did not commit
 */
public record MigrationRecord(
    String vm,
    String source,
    String target,
    MigrationSpec.Algorithm algorithm,
    List<Round> rounds,
    double start,
    double totalTime,
    double downtime,
    long bytesSent,
    long pulledBytes,
    double degradedTime,
    Optional<StopReason> stopReason,
    Outcome outcome,
    Fault fault) {

  public MigrationRecord {
    rounds = List.copyOf(rounds);
  }

  /** Total bytes sent relative to the VM's memory. */
  public double sentFactor(long memory) {
    return (double) bytesSent / memory;
  }

  /**
   * One push round.
   *
   * @param index 1-based
   * @param bytes bytes sent in the round
   * @param duration seconds
   * @param pagesDirtied pages the VM dirtied while the round ran (sent by the next round)
   * @param rate average rate achieved, bits/s
   */
  public record Round(int index, long bytes, double duration, long pagesDirtied, double rate) {}

  /** Why the pre-copy phase stopped. */
  public enum StopReason {
    /** The algorithm's round limit (29 for xen-legacy/xen-2005, 5 for xen-v2). */
    ROUND_LIMIT,
    /** Fewer than 50 pages dirtied in the last round. */
    FEW_DIRTY,
    /** More than 3 × the VM's pages sent in total. */
    SENT_LIMIT,
    /** xen-2005: the rate limit reached the maximum and the round did not shrink. */
    MAX_RATE,
    /** xen-2005: less than 256 KiB left to send. */
    REMAINDER_SMALL,
    /** qemu: the rest fits in the maximum downtime at the measured rate. */
    DOWNTIME_REACHED,
    /** post-copy: no push rounds by design. */
    POST_COPY,
    /** hybrid: the configured number of push rounds is done. */
    PUSH_ROUNDS_DONE
  }

  /** How a migration ended. */
  public enum Outcome {
    COMMITTED,
    ABORTED,
    FELL_BACK_TO_RESTART,
    VM_LOST
  }

  /** What ended a migration that did not commit. */
  public enum Fault {
    NONE,
    SOURCE_FAILED,
    TARGET_FAILED,
    LINK_FAILED,
    TIMEOUT
  }
}
