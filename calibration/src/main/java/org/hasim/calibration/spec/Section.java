package org.hasim.calibration.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hasim.scenario.DidYouMean;
import org.hasim.scenario.InputException;
import org.hasim.scenario.Units;
import org.hasim.scenario.tree.ListNode;
import org.hasim.scenario.tree.Location;
import org.hasim.scenario.tree.MapNode;
import org.hasim.scenario.tree.Node;
import org.hasim.scenario.tree.ScalarNode;

/**
 * One map of a calibration file with the keys it may hold: unknown keys are refused with "did you mean"
 * and the allowed keys; getters convert values and report problems at the value's line.
 */
final class Section {
  private final MapNode map;
  private final String path;

  private Section(MapNode map, String path) {
    this.map = map;
    this.path = path;
  }

  static Section of(Node node, String path, List<String> allowed) {
    if (!(node instanceof MapNode m)) {
      throw node.location().error(path.isEmpty() ? null : path, "expected a map with keys "
          + String.join(", ", allowed) + ", found " + node.kindName(), null);
    }
    for (MapNode.Entry e : m.entries()) {
      if (!allowed.contains(e.key())) {
        throw e.keyLocation().error(at(path, e.key()), "unknown key '" + e.key() + "'",
            DidYouMean.phrase(e.key(), allowed) + "allowed keys" + (path.isEmpty() ? "" : " in " + path)
                + ": " + String.join(", ", allowed));
      }
    }
    return new Section(m, path);
  }

  static String at(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  String path(String key) {
    return at(path, key);
  }

  Location location() {
    return map.location();
  }

  boolean has(String key) {
    return map.get(key).isPresent();
  }

  Optional<Node> opt(String key) {
    return map.get(key);
  }

  Node req(String key) {
    return map.get(key).orElseThrow(() -> map.location().error(path(key), "missing required key '" + key
        + "'", null));
  }

  String text(String key) {
    return text(req(key), path(key));
  }

  Optional<String> optText(String key) {
    return opt(key).map(n -> text(n, path(key)));
  }

  static String text(Node n, String field) {
    if (!(n instanceof ScalarNode s) || s.isNull()) {
      throw n.location().error(field, "expected a single value, found " + n.kindName(), null);
    }
    return s.text().trim();
  }

  /** A plain number (no unit). */
  static double number(Node n, String field) {
    String t = text(n, field);
    try {
      double v = Double.parseDouble(t);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw n.location().error(field, "'" + t + "' is not a number", "write a plain number such as 210 or 0.7");
  }

  double number(String key) {
    return number(req(key), path(key));
  }

  /** A quantity with a unit, converted to SI by {@code parser} (one of {@link Units}' methods). */
  static double quantity(Node n, String field, Function<String, Double> parser) {
    try {
      return parser.apply(text(n, field));
    } catch (Units.QuantityException e) {
      throw n.location().error(field, e.getMessage(), e.hint());
    }
  }

  double quantity(String key, Function<String, Double> parser) {
    return quantity(req(key), path(key), parser);
  }

  /** A list of single values; a single value counts as a list of one. */
  List<String> texts(String key) {
    Optional<Node> n = opt(key);
    if (n.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    List<Node> items = n.get() instanceof ListNode l ? l.items() : List.of(n.get());
    for (int i = 0; i < items.size(); i++) {
      out.add(text(items.get(i), path(key) + "[" + i + "]"));
    }
    return out;
  }

  /** The items of a list value (empty when absent). */
  List<Node> items(String key) {
    Optional<Node> n = opt(key);
    if (n.isEmpty()) {
      return List.of();
    }
    if (!(n.get() instanceof ListNode l)) {
      throw n.get().location().error(path(key), "expected a list, found " + n.get().kindName(), null);
    }
    return l.items();
  }

  InputException error(String key, String problem, String hint) {
    Node where = opt(key).orElse(map);
    return where.location().error(path(key), problem, hint);
  }

  /** Exactly one of {@code keys} must be present; returns it. */
  String oneOf(List<String> keys, String what) {
    List<String> present = keys.stream().filter(this::has).toList();
    if (present.size() != 1) {
      throw map.location().error(path.isEmpty() ? null : path, (present.isEmpty() ? "no " : "more than one ")
          + what + " given" + (present.isEmpty() ? "" : " (" + String.join(", ", present) + ")"),
          "give exactly one of " + String.join(", ", keys));
    }
    return present.get(0);
  }
}
