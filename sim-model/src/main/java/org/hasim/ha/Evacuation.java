package org.hasim.ha;

import org.hasim.cluster.Node;
import org.hasim.cluster.Rack;
import org.hasim.vm.Vm;

/** How VMs leave a node on purpose: by restart (shutdown + boot) or by live migration. */
public interface Evacuation {
  /** Moves every VM off {@code node} (which is DRAINING); runs {@code done} once it holds none. */
  void evacuate(Node node, Runnable done);

  /** Moves one running VM to {@code target} (failback, scripted migration). */
  void move(Vm vm, Node target);

  /** {@code node} has just failed (its VMs are already down). */
  default void nodeFailed(Node node) {}

  /** The switch of {@code rack} went down or came back ({@link Rack#switchUp()}). */
  default void rackSwitchChanged(Rack rack) {}
}
