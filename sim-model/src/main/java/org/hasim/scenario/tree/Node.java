package org.hasim.scenario.tree;

/** A located value of the raw tree: a map, a list or a scalar. Immutable. */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

  Location location();

  /** "a map", "a list", "a value" — for messages. */
  String kindName();

  /** True for an explicit YAML null / empty value, which counts as "not given". */
  default boolean isNull() {
    return false;
  }
}
