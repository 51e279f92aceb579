package org.hasim.ha;

import java.util.BitSet;
import java.util.List;
import java.util.function.BiConsumer;
import org.hasim.cluster.Node;
import org.hasim.scenario.QuorumSpec;

/**
 * Who believes whom to be a member. Nodes are split into heartbeat <em>sides</em>: side {@link #MAIN}
 * normally; a partition (scripted, or a congested heartbeat network) puts its second group on side {@link
 * #PARTITION}; a rack whose switch fails is <em>isolated</em> on a side of its own, {@link #rackSide}, so
 * any number of racks can be cut off at once, independently of each other and of a partition. Each side
 * keeps the set of nodes it has excluded (declared dead, or that left on purpose); every other node still
 * counts as a member and votes, even if it has in fact died and the side has not noticed yet. A side has
 * quorum when its members hold more than half of all votes, or with {@code two_node} in a two-node cluster
 * while it has at least one member.
 *
 * <p>An isolated rack's side is <em>frozen</em>: the cluster manager takes no action on it (no detection,
 * no quorum policy, no placement); the rest of the cluster decides what happens to its nodes. When the
 * switch returns, the rack's nodes go back to the side they came from, whose view is kept (the frozen
 * side learnt nothing).
 */
public final class Membership {
  /** The side of every node while nothing is cut. */
  public static final int MAIN = 0;
  /** The side of the second group of a partition. */
  public static final int PARTITION = 1;

  private final List<Node> nodes;
  private final QuorumSpec quorum;
  private final int[] sideOf;
  private final int[] sideBeforeIsolation;
  private final BitSet[] excluded;
  private final boolean[] isolated;
  private final BiConsumer<Node, Integer> sideListener;
  private int isolatedSides;
  private boolean partitioned;

  public Membership(List<Node> nodes, QuorumSpec quorum) {
    this(nodes, quorum, 0, (n, s) -> {});
  }

  /**
   * @param racks number of racks (each gets a side for when it is isolated)
   * @param sideListener told whenever a node changes side
   */
  public Membership(List<Node> nodes, QuorumSpec quorum, int racks, BiConsumer<Node, Integer> sideListener) {
    this.nodes = nodes;
    this.quorum = quorum;
    this.sideOf = new int[nodes.size()];
    this.sideBeforeIsolation = new int[nodes.size()];
    int sides = 2 + racks;
    this.excluded = new BitSet[sides];
    this.isolated = new boolean[sides];
    for (int s = 0; s < sides; s++) {
      excluded[s] = new BitSet(nodes.size());
    }
    this.sideListener = sideListener;
  }

  /** The nodes, in scenario order. */
  public List<Node> nodes() {
    return nodes;
  }

  /** Number of sides: main, partition, one per rack. */
  public int sides() {
    return excluded.length;
  }

  /** The side rack {@code rack} (index in the scenario) is isolated on. */
  public static int rackSide(int rack) {
    return 2 + rack;
  }

  public int sideOf(Node n) {
    return sideOf[n.index()];
  }

  /** Whether a partition (side {@link #PARTITION}) is in place. */
  public boolean partitioned() {
    return partitioned;
  }

  /** Whether the nodes are split in any way: a partition or an isolated rack. */
  public boolean split() {
    return partitioned || isolatedSides > 0;
  }

  /** Whether {@code side} is an isolated rack's (frozen) side. */
  public boolean isIsolated(int side) {
    return isolated[side];
  }

  /** Whether heartbeats from {@code a} reach {@code b}. */
  public boolean connected(Node a, Node b) {
    return sideOf[a.index()] == sideOf[b.index()];
  }

  /**
   * Moves {@code side1} nodes to side {@link #PARTITION}; it starts with the view side {@link #MAIN} had.
   * Nodes of an isolated rack stay isolated and go to the partition side when their rack returns.
   */
  public void split(List<Node> side1) {
    partitioned = true;
    excluded[PARTITION].clear();
    excluded[PARTITION].or(excluded[MAIN]);
    for (Node n : side1) {
      if (isolated[sideOf[n.index()]]) {
        sideBeforeIsolation[n.index()] = PARTITION;
      } else {
        setSide(n, PARTITION);
      }
    }
  }

  /** Ends a partition: one side again, whose view excludes what either side had excluded. */
  public void heal() {
    partitioned = false;
    excluded[MAIN].or(excluded[PARTITION]);
    excluded[PARTITION].clear();
    for (Node n : nodes) {
      if (sideOf[n.index()] == PARTITION) {
        setSide(n, MAIN);
      }
      sideBeforeIsolation[n.index()] = MAIN;
    }
  }

  /** Cuts {@code rackNodes} off on {@code side} (a {@link #rackSide}). */
  public void isolate(int side, List<Node> rackNodes) {
    if (isolated[side]) {
      return;
    }
    isolated[side] = true;
    isolatedSides++;
    excluded[side].clear();
    for (Node n : rackNodes) {
      sideBeforeIsolation[n.index()] = sideOf[n.index()];
      setSide(n, side);
    }
  }

  /** The nodes of isolated {@code side} return to the side they came from, which keeps its own view. */
  public void reconnect(int side) {
    if (!isolated[side]) {
      return;
    }
    isolated[side] = false;
    isolatedSides--;
    excluded[side].clear();
    for (Node n : nodes) {
      if (sideOf[n.index()] == side) {
        int back = sideBeforeIsolation[n.index()];
        setSide(n, back == PARTITION && !partitioned ? MAIN : back);
      }
    }
  }

  public boolean isExcludedBy(int side, Node n) {
    return excluded[side].get(n.index());
  }

  public void exclude(int side, Node n) {
    excluded[side].set(n.index());
  }

  /** {@code n} left on purpose: every side knows at once. */
  public void excludeEverywhere(Node n) {
    for (BitSet b : excluded) {
      b.set(n.index());
    }
  }

  /** {@code n} is up and heard again by its side (and, when nothing is split, by everyone). */
  public void include(Node n) {
    excluded[sideOf(n)].clear(n.index());
    if (!split()) {
      for (BitSet b : excluded) {
        b.clear(n.index());
      }
    }
  }

  public int members(int side) {
    return nodes.size() - excluded[side].cardinality();
  }

  public boolean hasQuorum(int side) {
    int total = nodes.size();
    int members = members(side);
    if (quorum.twoNode() && total == 2) {
      return members >= 1;
    }
    return 2 * members > total;
  }

  /** The lowest-index node of {@code side} that is alive and a member: the side's designated controller. */
  public Node controller(int side) {
    for (Node n : nodes) {
      if (sideOf[n.index()] == side && n.state().isAlive() && !excluded[side].get(n.index())) {
        return n;
      }
    }
    return null;
  }

  private void setSide(Node n, int side) {
    if (sideOf[n.index()] != side) {
      sideOf[n.index()] = side;
      sideListener.accept(n, side);
    }
  }
}
