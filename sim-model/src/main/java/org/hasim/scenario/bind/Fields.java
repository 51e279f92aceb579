package org.hasim.scenario.bind;

import java.util.List;
import java.util.Optional;
import org.hasim.scenario.DidYouMean;
import org.hasim.scenario.InputException;
import org.hasim.scenario.tree.Location;
import org.hasim.scenario.tree.MapNode;
import org.hasim.scenario.tree.Node;

/**
 * One map of the file with the keys it may hold. Creating it refuses unknown keys (with "did you mean" and
 * the allowed keys); the getters convert values and apply defaults. A key whose value is empty (YAML null)
 * counts as absent.
 */
final class Fields {
  private final MapNode map;
  private final String path;

  private Fields(MapNode map, String path) {
    this.map = map;
    this.path = path;
  }

  /** The map at {@code path}, checked against {@code allowed} keys. */
  static Fields of(Node node, String path, List<String> allowed) {
    if (!(node instanceof MapNode map)) {
      throw node.location().error(path, "expected a map with keys " + String.join(", ", allowed)
          + ", found " + node.kindName(), null);
    }
    for (MapNode.Entry e : map.entries()) {
      if (!allowed.contains(e.key())) {
        throw e.keyLocation().error(join(path, e.key()), "unknown key '" + e.key() + "'",
            DidYouMean.phrase(e.key(), allowed) + "allowed keys" + (path.isEmpty() ? "" : " in " + path)
                + ": " + String.join(", ", allowed));
      }
    }
    return new Fields(map, path);
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  String path() {
    return path;
  }

  String at(String key) {
    return join(path, key);
  }

  Location location() {
    return map.location();
  }

  MapNode map() {
    return map;
  }

  boolean has(String key) {
    return map.get(key).isPresent();
  }

  Optional<Node> opt(String key) {
    return map.get(key);
  }

  /** The value of {@code key}, or this map itself when absent (where to point an error about the key). */
  Node nodeOr(String key) {
    return map.get(key).orElse(map);
  }

  Node req(String key) {
    return map.get(key).orElseThrow(() -> missing(key));
  }

  <T> T req(String key, Conv<T> conv) {
    return conv.apply(req(key), at(key));
  }

  <T> T get(String key, Conv<T> conv, T dflt) {
    return opt(key, conv).orElse(dflt);
  }

  <T> Optional<T> opt(String key, Conv<T> conv) {
    return map.get(key).map(n -> conv.apply(n, at(key)));
  }

  InputException missing(String key) {
    // An explicit empty value (e.g. from --set name=) is where the problem was written.
    Location where = map.entry(key).map(e -> e.value().location()).orElse(map.location());
    return where.error(at(key), "missing required key '" + key + "'", null);
  }

  /** An error about {@code key}: at its value when given, else at this map. */
  InputException error(String key, String problem, String hint) {
    return nodeOr(key).location().error(at(key), problem, hint);
  }
}
