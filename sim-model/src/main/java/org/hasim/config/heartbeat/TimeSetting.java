package org.hasim.config.heartbeat;

/** A time directive's value in seconds, the text as written, and its line. */
public record TimeSetting(double seconds, String text, int line) {}
