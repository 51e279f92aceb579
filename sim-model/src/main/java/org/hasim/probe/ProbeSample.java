package org.hasim.probe;

/**
 * One point of a probe's time series: at {@code time} (seconds from the start of the run; for packets and
 * requests, when they were sent) an observation of {@code kind} with {@code value}. Kinds and units:
 * {@code rtt}, {@code delay}, {@code response} in milliseconds; {@code lost} and {@code failed} with value
 * 1; the tcp transfer's events ({@code start}, {@code stall}, {@code retransmit}, {@code resume}, {@code
 * complete}, {@code interrupted}, {@code reconnect}, {@code abandoned}) with the bytes delivered so far.
 */
public record ProbeSample(String probe, double time, String kind, double value) {
  public static final String RTT = "rtt";
  public static final String DELAY = "delay";
  public static final String LOST = "lost";
  public static final String RESPONSE = "response";
  public static final String FAILED = "failed";
}
