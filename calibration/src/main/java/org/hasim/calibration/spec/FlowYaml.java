package org.hasim.calibration.spec;

import java.util.regex.Pattern;
import org.hasim.scenario.tree.ListNode;
import org.hasim.scenario.tree.MapNode;
import org.hasim.scenario.tree.Node;
import org.hasim.scenario.tree.ScalarNode;

/** Renders a located YAML value back to one line of flow YAML, for {@code --set} and the fragment. */
final class FlowYaml {
  /** Scalars that YAML reads back unchanged without quotes (units, names, numbers). */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.+/-][A-Za-z0-9_.+/ -]*");

  private FlowYaml() {}

  static String render(Node n) {
    if (n instanceof ScalarNode s) {
      if (s.isNull()) {
        return "null";
      }
      String t = s.text();
      boolean plain = PLAIN.matcher(t).matches() && !t.endsWith(" ")
          && (s.kind() != ScalarNode.Kind.STRING || !looksTyped(t));
      return plain ? t : quote(t);
    }
    if (n instanceof ListNode l) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < l.items().size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(render(l.items().get(i)));
      }
      return sb.append(']').toString();
    }
    MapNode m = (MapNode) n;
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < m.entries().size(); i++) {
      MapNode.Entry e = m.entries().get(i);
      sb.append(i == 0 ? "" : ", ").append(e.key()).append(": ").append(render(e.value()));
    }
    return sb.append('}').toString();
  }

  /** A quoted string that would read as a number, boolean or null without its quotes. */
  private static boolean looksTyped(String t) {
    return t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")
        || t.matches("(?i)true|false|yes|no|on|off|null|~");
  }

  private static String quote(String t) {
    return '"' + t.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
