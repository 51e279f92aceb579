package org.hasim.scenario.bind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hasim.scenario.DidYouMean;
import org.hasim.scenario.tree.Location;
import org.hasim.scenario.tree.Node;

/** Name bookkeeping: group expansion, uniqueness and references with "did you mean". */
final class Names {
  private Names() {}

  /**
   * The names of a group of {@code count}: {@code name} alone for one member, else {@code name-1 …
   * name-N}; a {@code {i}} in the name is replaced by the member number instead.
   */
  static List<String> expand(Node nameNode, String path, int count) {
    String raw = Values.text(nameNode, path);
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String name = raw.contains("{i}") ? raw.replace("{i}", String.valueOf(i))
          : count == 1 ? raw : raw + "-" + i;
      if (!Values.ENTITY_NAME.matcher(name).matches()) {
        throw nameNode.location().error(path, "'" + raw + "' is not a valid name",
            "use letters, digits, '.', '_' and '-' (and {i} for the member number of a group)");
      }
      out.add(name);
    }
    return out;
  }

  /** {@code name} must be one of {@code known} (a {@code what}: node, VM, ...). */
  static String reference(Node n, String path, String what, Collection<String> known) {
    String name = Values.text(n, path);
    if (!known.contains(name)) {
      throw n.location().error(path, "unknown " + what + " '" + name + "'", DidYouMean.phrase(name, known)
          + (known.isEmpty() ? "there are no " + what + "s" : what + "s: " + String.join(", ", known)));
    }
    return name;
  }

  /** Refuses a second use of a name within one kind of entity. */
  static final class Unique {
    private final String what;
    private final Map<String, Location> seen = new HashMap<>();

    Unique(String what) {
      this.what = what;
    }

    void add(String name, Node at, String path) {
      Location first = seen.putIfAbsent(name, at.location());
      if (first != null) {
        String where = first.source().equals(at.location().source()) && first.line() > 0
            ? " (first at line " + first.line() + ")" : "";
        throw at.location().error(path, "duplicate " + what + " name '" + name + "'" + where,
            what + " names must be unique" + (what.equals("node") || what.equals("VM")
                ? " (groups expand to name-1 … name-N)" : ""));
      }
    }
  }
}
