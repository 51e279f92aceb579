package org.hasim.scenario;

import java.util.Optional;
import org.hasim.failure.FailureMode;

/** Shared storage holding every VM image; while it is down every service is down. */
public record StorageSpec(String name, Optional<FailureMode> failures) {}
