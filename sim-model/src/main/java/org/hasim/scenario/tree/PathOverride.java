package org.hasim.scenario.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hasim.scenario.DidYouMean;

/**
 * "Set the value at this dotted path" — one entry of a variant or one {@code --set path=value}. Paths are
 * keys separated by dots; list items are addressed by index ({@code cluster.nodes[0]}) or by their {@code
 * name} ({@code vms[x0]}). Applying creates missing maps on the way and replaces (never merges) the value.
 */
public record PathOverride(String path, List<Segment> segments, Node value, Location location) {

  private static final String EXAMPLE = "write e.g. ha.heartbeat.deadtime, cluster.nodes[0].memory or "
      + "vms[x0].memory";

  /** One step of a path. */
  public sealed interface Segment {
    /** A map key. */
    record Key(String name) implements Segment {}

    /** A list item by position, 0-based. */
    record Index(int index) implements Segment {}

    /** A list item by the value of its {@code name} key. */
    record Named(String name) implements Segment {}
  }

  public PathOverride {
    segments = List.copyOf(segments);
  }

  /** Parses {@code path} (written at {@code at}); {@code value} is what to put there. */
  public static PathOverride of(String path, Node value, Location at) {
    return new PathOverride(path, parsePath(path, at), value, at);
  }

  /** Parses one {@code --set path=value} argument; the value is read as YAML ({@code 10s}, {@code [a, b]}). */
  public static PathOverride fromArgument(String argument) {
    Source source = Source.commandLine(argument);
    Location at = new Location(source, 0, 0);
    int eq = argument.indexOf('=');
    if (eq < 0) {
      throw at.error(null, "expected path=value, found no '='", "write e.g. --set ha.heartbeat.deadtime=10s");
    }
    String path = argument.substring(0, eq).trim();
    Node value = TreeReader.parse(argument.substring(eq + 1), source, false);
    return of(path, value, at);
  }

  /** The first key of the path. */
  public String firstKey() {
    return segments.get(0) instanceof Segment.Key k ? k.name() : "";
  }

  /** A copy of {@code root} with the value set. */
  public Node applyTo(Node root) {
    return set(root, 0);
  }

  private Node set(Node current, int i) {
    if (i == segments.size()) {
      return value;
    }
    Segment s = segments.get(i);
    String here = render(i);
    if (s instanceof Segment.Key k) {
      MapNode map;
      if (current == null || current.isNull()) {
        map = new MapNode(List.of(), location);
      } else if (current instanceof MapNode m) {
        map = m;
      } else {
        throw location.error(path, "cannot set '" + path + "': '" + here + "' is " + current.kindName()
            + ", not a map", null);
      }
      Node child = map.entry(k.name()).map(MapNode.Entry::value).orElse(null);
      return map.with(k.name(), location, set(child, i + 1));
    }
    if (!(current instanceof ListNode list)) {
      String what = current == null || current.isNull() ? "not in the file" : current.kindName();
      throw location.error(path, "cannot set '" + path + "': '" + here + "' is " + what + ", not a list",
          null);
    }
    int index = indexOf(list, s, here);
    return list.with(index, set(list.items().get(index), i + 1));
  }

  private int indexOf(ListNode list, Segment s, String here) {
    if (s instanceof Segment.Index ix) {
      if (ix.index() >= list.items().size()) {
        throw location.error(path, "'" + here + "' has no item [" + ix.index() + "]",
            "it has " + list.items().size() + " item(s), numbered from 0");
      }
      return ix.index();
    }
    String name = ((Segment.Named) s).name();
    List<String> names = new ArrayList<>();
    for (int j = 0; j < list.items().size(); j++) {
      Optional<String> n = nameOf(list.items().get(j));
      if (n.isPresent() && n.get().equals(name)) {
        return j;
      }
      n.ifPresent(names::add);
    }
    throw location.error(path, "'" + here + "' has no item named '" + name + "'",
        DidYouMean.phrase(name, names) + "items: " + String.join(", ", names));
  }

  private static Optional<String> nameOf(Node item) {
    if (item instanceof MapNode m && m.get("name").orElse(null) instanceof ScalarNode s) {
      return Optional.of(s.text());
    }
    return Optional.empty();
  }

  /** The path before segment {@code i} (the container being stepped into), rendered back to text. */
  private String render(int i) {
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < i; j++) {
      Segment s = segments.get(j);
      if (s instanceof Segment.Key k) {
        sb.append(sb.length() == 0 ? "" : ".").append(k.name());
      } else if (s instanceof Segment.Index ix) {
        sb.append('[').append(ix.index()).append(']');
      } else {
        sb.append('[').append(((Segment.Named) s).name()).append(']');
      }
    }
    return sb.length() == 0 ? "(top level)" : sb.toString();
  }

  private static List<Segment> parsePath(String path, Location at) {
    List<Segment> out = new ArrayList<>();
    int i = 0;
    int n = path.length();
    boolean expectKey = true;
    while (i < n) {
      char c = path.charAt(i);
      if (c == '[') {
        int close = path.indexOf(']', i);
        String sel = close < 0 ? "" : path.substring(i + 1, close).trim();
        if (out.isEmpty() || sel.isEmpty()) {
          throw badPath(path, at, "'[' must follow a key and hold an index or a name");
        }
        out.add(sel.chars().allMatch(Character::isDigit) ? index(sel, path, at) : new Segment.Named(sel));
        i = close + 1;
        expectKey = false;
      } else if (c == '.') {
        if (expectKey) {
          throw badPath(path, at, "empty key");
        }
        expectKey = true;
        i++;
      } else {
        if (!expectKey) {
          throw badPath(path, at, "expected '.' or '[' after ']'");
        }
        int end = i;
        while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        String key = path.substring(i, end).trim();
        if (key.contains("]") || key.contains("=")) {
          throw badPath(path, at, "unexpected character in '" + key + "'");
        }
        out.add(new Segment.Key(key));
        i = end;
        expectKey = false;
      }
    }
    if (out.isEmpty() || expectKey) {
      throw badPath(path, at, out.isEmpty() ? "the path is empty" : "the path ends with '.'");
    }
    return out;
  }

  private static Segment index(String sel, String path, Location at) {
    try {
      return new Segment.Index(Integer.parseInt(sel));
    } catch (NumberFormatException e) {
      throw badPath(path, at, "index " + sel + " is too large");
    }
  }

  private static RuntimeException badPath(String path, Location at, String why) {
    return at.error(path, "bad path '" + path + "': " + why, EXAMPLE);
  }
}
