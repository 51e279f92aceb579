package org.hasim.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A network link: capacity in bits/s, one-way latency in seconds, buffer in bytes. Created by {@link
 * Network#addLink}; its load is maintained by the network.
 */
public final class Link {
  private final String name;
  private final double capacity;
  private final double latency;
  private final long buffer;
  private final int id;
  private final List<Flow> flows = new ArrayList<>();
  private boolean up = true;
  private double load;
  /** Scratch of {@link Network}'s recomputation: visit stamp and position in the component. */
  int mark;
  int local;

  Link(int id, String name, double capacity, double latency, long buffer) {
    if (!(capacity > 0) || Double.isInfinite(capacity)) {
      throw new IllegalArgumentException("link " + name + ": capacity must be positive and finite");
    }
    if (!(latency >= 0) || Double.isInfinite(latency)) {
      throw new IllegalArgumentException("link " + name + ": latency must be finite and >= 0");
    }
    if (buffer < 0) {
      throw new IllegalArgumentException("link " + name + ": buffer must be >= 0");
    }
    this.id = id;
    this.name = name;
    this.capacity = capacity;
    this.latency = latency;
    this.buffer = buffer;
  }

  public String name() {
    return name;
  }

  /** Capacity in bits/s. */
  public double capacity() {
    return capacity;
  }

  /** One-way propagation latency in seconds. */
  public double latency() {
    return latency;
  }

  /** Buffer (queue) size in bytes. */
  public long buffer() {
    return buffer;
  }

  public boolean isUp() {
    return up;
  }

  /** Sum of the rates of the flows crossing this link, in bits/s. */
  public double load() {
    return load;
  }

  /** Load / capacity, in [0, 1]. */
  public double utilisation() {
    return Math.min(1.0, load / capacity);
  }

  /** The active flows crossing this link (unmodifiable view). */
  public List<Flow> flows() {
    return Collections.unmodifiableList(flows);
  }

  int id() {
    return id;
  }

  void setUpState(boolean up) {
    this.up = up;
  }

  void setLoad(double load) {
    this.load = load;
  }

  void attach(Flow f) {
    flows.add(f);
  }

  void detach(Flow f) {
    flows.remove(f);
  }

  List<Flow> activeFlows() {
    return flows;
  }

  @Override
  public String toString() {
    return "Link[" + name + ", " + capacity + " bit/s" + (up ? "" : ", DOWN") + "]";
  }
}
