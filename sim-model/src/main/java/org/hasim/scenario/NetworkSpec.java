package org.hasim.scenario;

import java.util.Optional;
import java.util.Set;
import org.hasim.failure.FailureMode;

/**
 * A network (one shared link per network in this version). {@code bandwidth} in bits/s, {@code latency}
 * in seconds (one way), {@code buffer} in bytes. {@code carries} says which traffic uses it.
 */
public record NetworkSpec(
    String name,
    double bandwidth,
    double latency,
    long buffer,
    Set<Traffic> carries,
    Optional<FailureMode> failures) {

  /** Kinds of traffic a network can carry. */
  public enum Traffic {
    HEARTBEAT,
    MIGRATION,
    SERVICE
  }
}
