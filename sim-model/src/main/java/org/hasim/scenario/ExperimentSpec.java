package org.hasim.scenario;

/** Replications of {@code horizon} seconds each, measured after {@code warmup} seconds, from {@code seed}. */
public record ExperimentSpec(double horizon, double warmup, int replications, long seed) {}
