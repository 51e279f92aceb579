package org.hasim.scenario;

/**
 * Live-migration settings: algorithm, at most {@code limit} concurrent migrations per node ({@code
 * Integer.MAX_VALUE} for Pacemaker's -1), a {@code timeout} after which a migration falls back to restart,
 * {@code pushRounds} for the hybrid algorithm, {@code maxDowntime} for qemu's stop rule, and the rate limits
 * of xen-2005 (bits/s).
 */
public record MigrationSpec(
    Algorithm algorithm,
    int limit,
    double timeout,
    int pushRounds,
    double maxDowntime,
    double minRate,
    double maxRate) {

  /** Migration algorithms (DESIGN §4.5). */
  public enum Algorithm {
    XEN_LEGACY,
    XEN_V2,
    XEN_2005,
    QEMU,
    POST_COPY,
    HYBRID
  }
}
