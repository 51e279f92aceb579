package org.hasim.reports.journal;

/**
 * The journals given to a merge do not cover the sweep: a shard is missing or did not finish. The message
 * names the shards and tasks and how to finish them; the CLI prints it and exits 1 without writing results.
 */
public final class IncompleteSweepException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IncompleteSweepException(String message) {
    super(message);
  }
}
