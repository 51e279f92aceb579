package org.hasim.calibration.spec;

/**
 * A value the fit does not move but depends on, with the reason it was chosen. {@code valueText} is the
 * value as YAML flow text (e.g. {@code 1Gbit/s} or {@code {working_set: {hot: 16MiB, period: 100ms}}}).
 */
public record FixedAssumption(String path, String valueText, String reason) {}
