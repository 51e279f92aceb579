package org.hasim.scenario;

/** Heartbeat timing in seconds (ha.cf: keepalive, deadtime, warntime, initdead). */
public record HeartbeatSpec(double keepalive, double deadtime, double warntime, double initdead) {}
