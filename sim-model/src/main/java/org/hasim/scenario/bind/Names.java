package org.hasim.scenario.bind;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
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
          + (known.isEmpty() ? "there are no " + what + "s" : what + "s: " + listing(known)));
    }
    return name;
  }

  /** The names joined by commas; a long list is cut after {@value #LISTED} names. */
  static String listing(Collection<String> names) {
    if (names.size() <= LISTED) {
      return String.join(", ", names);
    }
    return String.join(", ", names.stream().limit(LISTED).toList()) + ", … (" + names.size() + " in all)";
  }

  /**
   * An unmodifiable list of {@code names} in order whose {@code contains} is a hash lookup, for
   * references into large groups (20,000 VMs of a fleet would otherwise cost a linear scan each).
   */
  static List<String> indexed(List<String> names) {
    return names instanceof IndexedNames ? names : new IndexedNames(names);
  }

  private static final int LISTED = 30;

  private static final class IndexedNames extends AbstractList<String> implements RandomAccess {
    private final List<String> names;
    private final Set<String> set;

    IndexedNames(List<String> names) {
      this.names = List.copyOf(names);
      this.set = new HashSet<>(names);
    }

    @Override
    public String get(int index) {
      return names.get(index);
    }

    @Override
    public int size() {
      return names.size();
    }

    @Override
    public boolean contains(Object o) {
      return set.contains(o);
    }
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
