package org.hasim.scenario.bind;

import java.util.ArrayList;
import java.util.List;
import org.hasim.scenario.MaintenanceSpec;
import org.hasim.scenario.ScriptedEvent;
import org.hasim.scenario.Units;
import org.hasim.scenario.tree.ListNode;
import org.hasim.scenario.tree.Node;
import org.hasim.scenario.tree.ScalarNode;

/** Controlled downtime: {@code maintenance:} windows and scripted {@code events:}. */
final class ControlBinder {
  private static final List<String> MAINTENANCE_KEYS =
      List.of("nodes", "period", "duration", "offset", "stagger", "skip_when_degraded");

  private ControlBinder() {}

  static List<MaintenanceSpec> maintenance(Node n, String path, List<String> nodeNames) {
    ListNode list = Values.list(n, path);
    List<MaintenanceSpec> out = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      Fields f = Fields.of(list.items().get(i), path + "[" + i + "]", MAINTENANCE_KEYS);
      List<String> nodes = f.req("nodes", (x, q) -> maintainedNodes(x, q, nodeNames));
      double period = f.req("period", Values::positiveDuration);
      double duration = f.req("duration", Values::positiveDuration);
      if (duration >= period) {
        throw f.error("duration", "duration (" + Units.formatDuration(duration) + ") must be shorter than "
            + "period (" + Units.formatDuration(period) + ")", "a node is maintained for part of each period");
      }
      out.add(new MaintenanceSpec(List.copyOf(nodes), period, duration, f.get("offset", Values::duration, 0.0),
          f.get("stagger", Values::bool, true), f.get("skip_when_degraded", Values::bool, true)));
    }
    return out;
  }

  private static List<String> maintainedNodes(Node n, String path, List<String> nodeNames) {
    if (n instanceof ScalarNode s && s.text().equals("all")) {
      return nodeNames;
    }
    if (n instanceof ScalarNode) {
      throw n.location().error(path, "expected a list of nodes or 'all'", "write e.g. [node1, node2] or all");
    }
    List<String> known = Names.indexed(nodeNames);
    List<String> nodes = Values.listOf((x, q) -> Names.reference(x, q, "node", known)).apply(n, path);
    if (nodes.isEmpty()) {
      throw n.location().error(path, "no nodes listed", "write e.g. [node1, node2] or all");
    }
    return nodes;
  }

  static List<ScriptedEvent> events(Node n, String path, EventParser parser) {
    ListNode list = Values.list(n, path);
    List<ScriptedEvent> out = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      out.add(parser.parse(list.items().get(i), path + "[" + i + "]"));
    }
    return out;
  }
}
