package org.hasim.scenario.bind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.hasim.scenario.tree.MapNode;
import org.hasim.scenario.tree.Node;
import org.hasim.scenario.tree.PathOverride;

/**
 * The {@code variants:} section: variant name → dotted paths and the values to put there, e.g. {@code
 * live-migration: {ha.recovery: live-migration}}.
 */
public final class Variants {
  private Variants() {}

  /** The variants of {@code root} in file order; empty when there are none. */
  public static LinkedHashMap<String, List<PathOverride>> read(MapNode root) {
    LinkedHashMap<String, List<PathOverride>> out = new LinkedHashMap<>();
    Node section = root.get("variants").orElse(null);
    if (section == null) {
      return out;
    }
    if (!(section instanceof MapNode variants)) {
      throw section.location().error("variants", "expected a map of variant name → changes, found "
          + section.kindName(), "write e.g. variants: {live-migration: {ha.recovery: live-migration}}");
    }
    for (MapNode.Entry v : variants.entries()) {
      String path = "variants." + v.key();
      if (!Values.SCENARIO_NAME.matcher(v.key()).matches()) {
        throw v.keyLocation().error(path, "'" + v.key() + "' is not a valid variant name",
            "use lower-case letters, digits, '.', '_' and '-'");
      }
      out.put(v.key(), overrides(v.value(), path));
    }
    return out;
  }

  private static List<PathOverride> overrides(Node n, String path) {
    List<PathOverride> out = new ArrayList<>();
    if (n.isNull()) {
      return out;
    }
    if (!(n instanceof MapNode changes)) {
      throw n.location().error(path, "expected a map of dotted paths to values, found " + n.kindName(),
          "write e.g. {ha.recovery: live-migration, ha.heartbeat.deadtime: 10s}");
    }
    for (MapNode.Entry e : changes.entries()) {
      PathOverride o = PathOverride.of(e.key(), e.value(), e.keyLocation());
      checkTarget(o);
      out.add(o);
    }
    return out;
  }

  /** Variants, included files and --set change the scenario, not its variants, sweep or includes. */
  public static void checkTarget(PathOverride o) {
    String key = o.firstKey();
    if (key.equals("variants") || key.equals("include") || key.equals("sweep")) {
      throw o.location().error(o.path(), key + " cannot be changed by a variant, an included file or --set",
          key.equals("include") ? "list every included file under the scenario's own include:" : null);
    }
  }
}
