package org.hasim.stats;

/**
 * A difference (variant − baseline) estimated two ways: {@code paired} on common random numbers (the
 * reported one) and {@code unpaired} (Welch), which ignores the pairing and is shown only to make the gain of
 * common random numbers visible.
 */
public record Difference(Statistic paired, Statistic unpaired) {}
