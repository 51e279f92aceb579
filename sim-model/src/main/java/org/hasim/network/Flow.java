package org.hasim.network;

import java.util.List;
import org.hasim.engine.SimClock;

/**
 * A transfer of a number of bytes over a path of links, optionally capped. Its rate is set by the {@link
 * Network}; the bytes still to send are integrated from the rate since the last recomputation, and the
 * completion is one scheduled event, moved whenever the rate changes. Infinite-size flows model
 * background bulk traffic that only ends when cancelled.
 */
public final class Flow {
  /** Life cycle of a flow. */
  public enum Status {
    ACTIVE,
    COMPLETED,
    CANCELLED
  }

  private final Network network;
  private final List<Link> path;
  /** The path as an array, for the network's inner loops. */
  final Link[] links;
  private final double size;
  private final FlowObserver observer;
  private double cap;
  private double sent;
  private double rate;
  private double lastUpdate;
  private Status status = Status.ACTIVE;
  private boolean stalled;
  SimClock.Scheduled completion;
  /** What the completion event runs (set by the network). */
  Runnable transferDone;
  /** Scratch of {@link Network}'s recomputation: visit stamp. */
  int mark;

  Flow(Network network, List<Link> path, double bytes, double cap, FlowObserver observer, double now) {
    this.network = network;
    this.path = List.copyOf(path);
    this.links = this.path.toArray(new Link[0]);
    this.size = bytes;
    this.cap = cap;
    this.observer = observer;
    this.lastUpdate = now;
  }

  public List<Link> path() {
    return path;
  }

  /** Total size in bytes ({@code Double.POSITIVE_INFINITY} for background traffic). */
  public double size() {
    return size;
  }

  /** Rate cap in bits/s ({@link Network#UNCAPPED} for none). */
  public double cap() {
    return cap;
  }

  /** Current rate in bits/s. */
  public double rate() {
    return rate;
  }

  public Status status() {
    return status;
  }

  /** Whether a link on the path is down. */
  public boolean isStalled() {
    return stalled;
  }

  /** Bytes still to send at the current simulation time. */
  public double remaining() {
    return size - transferred();
  }

  /** Bytes sent so far at the current simulation time. */
  public double transferred() {
    return Math.min(size, sent + rate / 8.0 * (network.now() - lastUpdate));
  }

  /** Changes the rate cap (bits/s, {@link Network#UNCAPPED} for none); shares are recomputed at once. */
  public void setCap(double bps) {
    network.changeCap(this, bps);
  }

  /** Stops the flow; its share goes to the others at once. No observer callback. */
  public void cancel() {
    network.cancel(this);
  }

  FlowObserver observer() {
    return observer;
  }

  void setCapValue(double cap) {
    this.cap = cap;
  }

  /** Brings the bytes sent up to {@code now} at the old rate. */
  void advance(double now) {
    sent = Math.min(size, sent + rate / 8.0 * (now - lastUpdate));
    lastUpdate = now;
  }

  double remainingAtLastUpdate() {
    return size - sent;
  }

  void setRate(double rate) {
    this.rate = rate;
  }

  void finish(Status s) {
    if (s == Status.COMPLETED) {
      sent = size;
    }
    rate = 0.0;
    status = s;
  }

  void setStalled(boolean stalled) {
    this.stalled = stalled;
  }

  @Override
  public String toString() {
    return "Flow[" + status + ", " + rate + " bit/s, " + (size - sent) + " B left]";
  }
}
