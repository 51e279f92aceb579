package org.hasim.ha;

import java.util.BitSet;
import java.util.List;
import org.hasim.cluster.Node;
import org.hasim.scenario.QuorumSpec;

/**
 * Who believes whom to be a member. Nodes are split into heartbeat <em>sides</em> (0 normally; a
 * partition puts its second group on side 1). Each side keeps the set of nodes it has excluded
 * (declared dead, or that left on purpose); every other node still counts as a member and votes, even if
 * it has in fact died and the side has not noticed yet. A side has quorum when its members hold more than
 * half of all votes, or with {@code two_node} in a two-node cluster while it has at least one member.
 */
public final class Membership {
  static final int SIDES = 2;

  private final List<Node> nodes;
  private final QuorumSpec quorum;
  private final int[] sideOf;
  private final BitSet[] excluded = new BitSet[SIDES];
  private boolean partitioned;

  public Membership(List<Node> nodes, QuorumSpec quorum) {
    this.nodes = nodes;
    this.quorum = quorum;
    this.sideOf = new int[nodes.size()];
    for (int s = 0; s < SIDES; s++) {
      excluded[s] = new BitSet(nodes.size());
    }
  }

  public int sideOf(Node n) {
    return sideOf[n.index()];
  }

  public boolean partitioned() {
    return partitioned;
  }

  /** Whether heartbeats from {@code a} reach {@code b}. */
  public boolean connected(Node a, Node b) {
    return sideOf[a.index()] == sideOf[b.index()];
  }

  /** Moves {@code side1} nodes to side 1; side 1 starts with the view side 0 had. */
  public void split(List<Node> side1) {
    partitioned = true;
    excluded[1].clear();
    excluded[1].or(excluded[0]);
    for (Node n : side1) {
      sideOf[n.index()] = 1;
    }
  }

  /** Ends a partition: one side again, whose view excludes what either side had excluded. */
  public void heal() {
    partitioned = false;
    excluded[0].or(excluded[1]);
    excluded[1].clear();
    java.util.Arrays.fill(sideOf, 0);
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

  /** {@code n} is up and heard again by its side (and, when not partitioned, by everyone). */
  public void include(Node n) {
    excluded[sideOf(n)].clear(n.index());
    if (!partitioned) {
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
}
