package org.hasim.migration;

/**
 * What a {@link Migration} tells its owner (the cluster manager). Calls happen inside simulation events,
 * at the simulation time given.
 */
public interface MigrationOwner {

  /** The VM stopped running at {@code t} (stop-and-copy began). */
  default void onPaused(double t) {}

  /**
   * The VM runs again and is reachable at {@code t}: on the target ({@code onTarget}) after stop-and-copy,
   * resume and ARP; or on the source when a migration is abandoned while the VM was paused.
   */
  default void onResumed(double t, boolean onTarget) {}

  /** The migration reached a terminal state; {@code record.outcome()} says which. Called exactly once. */
  void onFinished(MigrationRecord record);
}
