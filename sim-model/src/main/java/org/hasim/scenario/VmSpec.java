package org.hasim.scenario;

import java.util.Optional;
import org.hasim.failure.Distribution;
import org.hasim.failure.FailureMode;

/**
 * A domU. {@code memory} in bytes; {@code crash} is its own crash process (time to crash, time to restart
 * once detected); {@code dirty} is its dirty-memory model for live migration; {@code resumeTime} the
 * resume cost after stop-and-copy and {@code arpTime} the time until the network learns the new location.
 */
public record VmSpec(
    String name,
    long memory,
    int vcpus,
    String home,
    Distribution bootTime,
    Distribution shutdownTime,
    Optional<FailureMode> crash,
    DirtyModel dirty,
    double resumeTime,
    double arpTime) {}
