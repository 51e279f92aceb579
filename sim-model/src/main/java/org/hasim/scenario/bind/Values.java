package org.hasim.scenario.bind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.hasim.scenario.DidYouMean;
import org.hasim.scenario.InputException;
import org.hasim.scenario.Units;
import org.hasim.scenario.tree.ListNode;
import org.hasim.scenario.tree.Node;
import org.hasim.scenario.tree.ScalarNode;

/** Conversions of single values: text, names, numbers, booleans, choices and quantities with units. */
final class Values {
  static final Pattern SCENARIO_NAME = Pattern.compile("[a-z0-9._-]+");
  static final Pattern ENTITY_NAME = Pattern.compile("[A-Za-z0-9._-]+");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private Values() {}

  static ScalarNode scalar(Node n, String path) {
    if (n instanceof ScalarNode s) {
      return s;
    }
    throw n.location().error(path, "expected a single value, found " + n.kindName(), null);
  }

  static String text(Node n, String path) {
    return scalar(n, path).text();
  }

  /** A scenario or variant name: lower case letters, digits, '.', '_' and '-'. */
  static String scenarioName(Node n, String path) {
    String s = text(n, path);
    if (!SCENARIO_NAME.matcher(s).matches()) {
      throw n.location().error(path, "'" + s + "' is not a valid name",
          "use lower-case letters, digits, '.', '_' and '-', e.g. two-node-maintenance");
    }
    return s;
  }

  /** A node, VM, service or network name: letters, digits, '.', '_' and '-'. */
  static String entityName(Node n, String path) {
    String s = text(n, path);
    if (!ENTITY_NAME.matcher(s).matches()) {
      throw n.location().error(path, "'" + s + "' is not a valid name",
          "use letters, digits, '.', '_' and '-' (no spaces)");
    }
    return s;
  }

  static boolean bool(Node n, String path) {
    String s = text(n, path);
    if (s.equals("true") || s.equals("false")) {
      return Boolean.parseBoolean(s);
    }
    throw n.location().error(path, "'" + s + "' is not true or false", "write true or false");
  }

  static long longInteger(Node n, String path) {
    String s = text(n, path);
    if (!INTEGER.matcher(s).matches()) {
      throw n.location().error(path, "'" + s + "' is not a whole number", null);
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw n.location().error(path, "'" + s + "' is too large", null);
    }
  }

  /** An int at least {@code min}. */
  static Conv<Integer> integer(int min) {
    return (n, path) -> {
      long v = longInteger(n, path);
      if (v < min) {
        throw n.location().error(path, v + " is too small", "it must be an integer >= " + min);
      }
      if (v > Integer.MAX_VALUE) {
        throw n.location().error(path, v + " is too large", "it must be at most " + Integer.MAX_VALUE);
      }
      return (int) v;
    };
  }

  /** A plain number without unit (shape parameters, probabilities). */
  static double number(Node n, String path) {
    String s = text(n, path);
    if (!DECIMAL.matcher(s).matches()) {
      boolean hasUnit = !s.isEmpty() && Character.isDigit(s.charAt(0));
      throw n.location().error(path, "'" + s + "' is not a plain number",
          hasUnit ? "this field has no unit; write just the number" : null);
    }
    return Double.parseDouble(s);
  }

  static double positiveNumber(Node n, String path) {
    double v = number(n, path);
    if (!(v > 0)) {
      throw n.location().error(path, "must be > 0, found " + text(n, path), null);
    }
    return v;
  }

  /** A probability in [0, 1]. */
  static double probability(Node n, String path) {
    double v = number(n, path);
    if (v < 0 || v > 1) {
      throw n.location().error(path, text(n, path) + " is outside [0, 1]",
          "a probability is between 0 and 1, e.g. 0.99");
    }
    return v;
  }

  static double duration(Node n, String path) {
    return quantity(n, path, Units::duration);
  }

  static double positiveDuration(Node n, String path) {
    double v = duration(n, path);
    if (!(v > 0)) {
      throw n.location().error(path, "must be longer than 0s, found " + text(n, path), null);
    }
    return v;
  }

  static long size(Node n, String path) {
    try {
      return Units.size(text(n, path));
    } catch (Units.QuantityException e) {
      throw n.location().error(path, e.getMessage(), e.hint());
    }
  }

  static double bandwidth(Node n, String path) {
    return positive(n, path, quantity(n, path, Units::bandwidth));
  }

  static double byteRate(Node n, String path) {
    return quantity(n, path, Units::byteRate);
  }

  static double rate(Node n, String path) {
    return positive(n, path, quantity(n, path, Units::rate));
  }

  private static double positive(Node n, String path, double v) {
    if (!(v > 0)) {
      throw n.location().error(path, "must be > 0, found " + text(n, path), null);
    }
    return v;
  }

  private static double quantity(Node n, String path, ToDoubleFunction<String> parse) {
    String s = text(n, path);
    try {
      return parse.applyAsDouble(s);
    } catch (Units.QuantityException e) {
      throw n.location().error(path, e.getMessage(), e.hint());
    }
  }

  /** One of the words in {@code choices} (file spelling → value). */
  static <E> Conv<E> choice(Map<String, E> choices) {
    return (n, path) -> {
      String s = text(n, path);
      E v = choices.get(s);
      if (v == null) {
        throw n.location().error(path, "'" + s + "' is not allowed",
            DidYouMean.phrase(s, choices.keySet()) + "allowed: " + String.join(", ", choices.keySet()));
      }
      return v;
    };
  }

  /** An unmodifiable map keeping the order of {@code keyValues} (key, value, key, value, ...). */
  @SuppressWarnings("unchecked")
  static <E> Map<String, E> ordered(Object... keyValues) {
    Map<String, E> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], (E) keyValues[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }

  /** A list of single values, each converted by {@code item}. */
  static <T> Conv<List<T>> listOf(Conv<T> item) {
    return (n, path) -> {
      List<Node> items = list(n, path).items();
      List<T> out = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        out.add(item.apply(items.get(i), path + "[" + i + "]"));
      }
      return out;
    };
  }

  static ListNode list(Node n, String path) {
    if (n instanceof ListNode l) {
      return l;
    }
    throw n.location().error(path, "expected a list, found " + n.kindName(), "write e.g. [a, b] or "
        + "one '- item' per line");
  }

  static InputException error(Node n, String path, String problem, String hint) {
    return n.location().error(path, problem, hint);
  }
}
