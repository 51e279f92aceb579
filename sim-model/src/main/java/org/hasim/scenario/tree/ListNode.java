package org.hasim.scenario.tree;

import java.util.ArrayList;
import java.util.List;

/** A list of nodes in file order. */
public record ListNode(List<Node> items, Location location) implements Node {

  public ListNode {
    items = List.copyOf(items);
  }

  @Override
  public String kindName() {
    return "a list";
  }

  /** A copy with item {@code index} replaced. */
  public ListNode with(int index, Node value) {
    List<Node> copy = new ArrayList<>(items);
    copy.set(index, value);
    return new ListNode(copy, location);
  }
}
