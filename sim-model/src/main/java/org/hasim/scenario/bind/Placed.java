package org.hasim.scenario.bind;

import org.hasim.scenario.InputException;
import org.hasim.scenario.tree.MapNode;
import org.hasim.scenario.tree.Node;

/** A bound value with the raw node and path it came from, so later checks can point at the right line. */
record Placed<T>(T spec, Node node, String path) {

  Node field(String key) {
    return node instanceof MapNode m ? m.get(key).orElse(node) : node;
  }

  String at(String key) {
    return Fields.join(path, key);
  }

  InputException error(String key, String problem, String hint) {
    return field(key).location().error(at(key), problem, hint);
  }
}
