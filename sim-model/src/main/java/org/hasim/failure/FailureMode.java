package org.hasim.failure;

/**
 * One way a component fails: time to failure (from the moment it is up again) and time to repair.
 * {@code needsCrew} says whether the repair waits for a crew of the repair facility (hardware) or
 * happens by itself (a reboot).
 */
public record FailureMode(Distribution timeToFailure, Distribution timeToRepair, boolean needsCrew) {}
