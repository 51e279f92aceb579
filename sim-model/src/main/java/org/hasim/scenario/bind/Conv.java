package org.hasim.scenario.bind;

import org.hasim.scenario.tree.Node;

/** Converts one located value at {@code path} to a Java value, or throws an InputException there. */
@FunctionalInterface
interface Conv<T> {
  T apply(Node node, String path);
}
