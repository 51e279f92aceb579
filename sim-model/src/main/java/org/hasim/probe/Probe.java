package org.hasim.probe;

/** A probe of one replication: idle until its window opens, then event-driven until it closes. */
public interface Probe {
  /** Start of the observation window, seconds. */
  double start();

  /** Opens the window (called by the simulation at {@link #start()}). */
  void begin();

  /** The run ends at {@code time}: a window still open is closed and its summary reported. */
  void close(double time);
}
