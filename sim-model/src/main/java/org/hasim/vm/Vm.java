package org.hasim.vm;

import org.hasim.cluster.OutageCause;
import org.hasim.scenario.VmSpec;

/**
 * A domU during one replication: its state, its current host (null when it has none) and, while it is
 * not serving, the cause its outage is attributed to. The host is a node name's index to keep this
 * package free of the cluster package's mutable types.
 */
public final class Vm {
  private final VmSpec spec;
  private final int index;
  private VmState state = VmState.STOPPED;
  private int host = -1;
  private OutageCause downCause = OutageCause.NODE_FAILURE;
  private int generation;

  public Vm(VmSpec spec, int index) {
    this.spec = spec;
    this.index = index;
  }

  public VmSpec spec() {
    return spec;
  }

  public String name() {
    return spec.name();
  }

  public int index() {
    return index;
  }

  public VmState state() {
    return state;
  }

  /** Applies a transition of the VM state machine ({@link VmState}); illegal ones are bugs. */
  public void moveTo(VmState next) {
    if (next == state) {
      return;
    }
    if (!state.canMoveTo(next)) {
      throw new IllegalStateException("vm " + name() + ": illegal transition " + state + " -> " + next);
    }
    state = next;
    generation++;
  }

  /**
   * Incremented at every state change: an action scheduled for one incarnation of the VM (a boot
   * completing, a crash) checks it so it does not act on a later one.
   */
  public int generation() {
    return generation;
  }

  /** Index of the host node, or -1. */
  public int host() {
    return host;
  }

  public void setHost(int host) {
    this.host = host;
  }

  public OutageCause downCause() {
    return downCause;
  }

  public void setDownCause(OutageCause cause) {
    this.downCause = cause;
  }

  @Override
  public String toString() {
    return name() + "[" + state + "@" + host + "]";
  }
}
