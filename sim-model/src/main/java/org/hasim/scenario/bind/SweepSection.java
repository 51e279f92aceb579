package org.hasim.scenario.bind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.hasim.scenario.SweepDeclaration;
import org.hasim.scenario.tree.ListNode;
import org.hasim.scenario.tree.MapNode;
import org.hasim.scenario.tree.Node;
import org.hasim.scenario.tree.ScalarNode;

/**
 * The {@code sweep:} section: {@code params} (path → list of values, or one {@code lo..hi:step} range),
 * {@code goal} and {@code minimize}. Only its shape is checked here; the values are checked when each design
 * point is loaded, the goal and paths by the sweep command.
 */
public final class SweepSection {
  static final List<String> KEYS = List.of("params", "goal", "minimize");
  private static final String HINT = "write e.g. sweep: {params: {cluster.networks[0].bandwidth: [100Mbit/s, "
      + "1Gbit/s]}} or {params: {cluster.repair.crews: 1..4:1}}";

  private SweepSection() {}

  /** The section of {@code root}, if it has one. */
  public static Optional<SweepDeclaration> read(MapNode root) {
    Node section = root.get("sweep").orElse(null);
    if (section == null || section.isNull()) {
      return Optional.empty();
    }
    Fields f = Fields.of(section, "sweep", KEYS);
    LinkedHashMap<String, SweepDeclaration.Param> params = new LinkedHashMap<>();
    Node p = f.opt("params").orElse(null);
    if (p != null) {
      if (!(p instanceof MapNode map)) {
        throw p.location().error("sweep.params", "expected a map of paths to values, found " + p.kindName(), HINT);
      }
      for (MapNode.Entry e : map.entries()) {
        params.put(e.key(), new SweepDeclaration.Param(items(e.value(), "sweep.params." + e.key()),
            e.keyLocation()));
      }
    }
    Optional<String> goal = f.opt("goal").map(n -> Values.text(n, "sweep.goal"));
    Optional<String> minimize = f.opt("minimize").map(n -> Values.text(n, "sweep.minimize"));
    if (minimize.isPresent() && goal.isEmpty()) {
      throw f.error("minimize", "'minimize' needs a 'goal'", "write e.g. goal: 'services.web.availability"
          + ".ci_low>=0.9999'");
    }
    return Optional.of(new SweepDeclaration(params, goal, minimize, section.location()));
  }

  private static List<String> items(Node n, String path) {
    List<String> out = new ArrayList<>();
    if (n instanceof ScalarNode s && !s.isNull()) {
      out.add(s.text());
      return out;
    }
    if (!(n instanceof ListNode list) || list.items().isEmpty()) {
      throw n.location().error(path, "expected a list of values or a range lo..hi:step", HINT);
    }
    for (Node item : list.items()) {
      if (!(item instanceof ScalarNode s) || s.isNull()) {
        throw item.location().error(path, "each value must be written as text, found " + item.kindName(),
            "quote a map or list value, e.g. '{constant: 5MiB/s}'");
      }
      out.add(s.text());
    }
    return out;
  }
}
