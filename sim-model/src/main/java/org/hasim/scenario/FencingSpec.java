package org.hasim.scenario;

import org.hasim.failure.Distribution;

/** STONITH: whether a node declared dead is fenced first, how long that takes and how often it works. */
public record FencingSpec(boolean enabled, Distribution time, double successProbability) {}
