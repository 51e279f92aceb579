package org.hasim.cluster;

import java.util.ArrayList;
import java.util.List;
import org.hasim.scenario.NodeSpec;
import org.hasim.vm.Vm;

/**
 * A physical host during one replication: its state, the VMs it runs and the memory they hold. Every change
 * of state or free memory is reported to the {@link Watcher} (the cluster's placement index and counters).
 */
public final class Node {
  /** Told after a node's state or free memory changed. */
  interface Watcher {
    void changed(Node node, NodeState before);
  }

  private final NodeSpec spec;
  private final int index;
  private final int rack;
  private final Watcher watcher;
  private NodeState state = NodeState.UP;
  private final List<Vm> vms = new ArrayList<>();
  private long reservedMemory;
  private long incomingMemory;
  private int vcpus;
  private int activeMigrations;
  private boolean hardwareBroken;

  Node(NodeSpec spec, int index) {
    this(spec, index, -1, (n, before) -> {});
  }

  Node(NodeSpec spec, int index, int rack, Watcher watcher) {
    this.spec = spec;
    this.index = index;
    this.rack = rack;
    this.watcher = watcher;
  }

  /** Index of the node's rack in the scenario's rack list, or -1 when it is in no rack. */
  public int rack() {
    return rack;
  }

  public String name() {
    return spec.name();
  }

  public NodeSpec spec() {
    return spec;
  }

  /** Position in the scenario's node list (stable tie-breaker for placement). */
  public int index() {
    return index;
  }

  public NodeState state() {
    return state;
  }

  /** Applies a transition of the node state machine ({@link NodeState}); illegal ones are bugs. */
  public void moveTo(NodeState next) {
    if (next == state) {
      return;
    }
    if (!state.canMoveTo(next)) {
      throw new IllegalStateException("node " + name() + ": illegal transition " + state + " -> " + next);
    }
    NodeState before = state;
    state = next;
    watcher.changed(this, before);
  }

  /** VMs placed on this node (running, booting, stopping or reserved for an incoming migration). */
  public List<Vm> vms() {
    return vms;
  }

  public long freeMemory() {
    return spec.vmMemory() - reservedMemory - incomingMemory;
  }

  /**
   * Reserves memory for a VM migrating in: the target holds the VM's full memory from the start of the
   * migration until it commits or aborts (DESIGN §4.5), while the source still holds it too.
   */
  public void reserveIncoming(long bytes) {
    incomingMemory += bytes;
    watcher.changed(this, state);
  }

  public void releaseIncoming(long bytes) {
    incomingMemory -= bytes;
    watcher.changed(this, state);
  }

  /** Migrations this node takes part in now, as source or target (Pacemaker's migration-limit). */
  public int activeMigrations() {
    return activeMigrations;
  }

  public void migrationStarted() {
    activeMigrations++;
  }

  public void migrationEnded() {
    activeMigrations--;
  }

  public long reservedMemory() {
    return reservedMemory;
  }

  public boolean canHost(Vm vm) {
    return state == NodeState.UP && freeMemory() >= vm.spec().memory();
  }

  /** vCPUs of the VMs placed here. */
  public int vcpus() {
    return vcpus;
  }

  void reserve(Vm vm) {
    vms.add(vm);
    reservedMemory += vm.spec().memory();
    vcpus += vm.spec().vcpus();
    watcher.changed(this, state);
  }

  void release(Vm vm) {
    if (vms.remove(vm)) {
      reservedMemory -= vm.spec().memory();
      vcpus -= vm.spec().vcpus();
      watcher.changed(this, state);
    }
  }

  /** Whether the hardware is broken and needs a crew (as opposed to a reboot). */
  public boolean hardwareBroken() {
    return hardwareBroken;
  }

  public void setHardwareBroken(boolean broken) {
    this.hardwareBroken = broken;
  }

  @Override
  public String toString() {
    return name() + "[" + state + "]";
  }
}
