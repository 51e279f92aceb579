package org.hasim.scenario.bind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hasim.scenario.tree.ListNode;
import org.hasim.scenario.tree.MapNode;
import org.hasim.scenario.tree.Node;
import org.hasim.scenario.tree.PathOverride;
import org.hasim.scenario.tree.ScalarNode;
import org.hasim.scenario.tree.Source;
import org.hasim.scenario.tree.TreeReader;

/**
 * The {@code include:} key: files of {@code path: value} overrides (the shape of one variant) applied to
 * the scenario before its variants and {@code --set}. This is how a scenario loads a calibrated parameter
 * set. File names are relative to the including file. The values keep the included file's locations, so an
 * error caused by an included value points into that file.
 */
public final class Includes {
  private static final String HINT = "write e.g. include: [../../calibration/calibrated/paper.yaml]; paths "
      + "are relative to the scenario's directory";

  private Includes() {}

  /** The overrides of every file listed under {@code include} of {@code root}, in order. */
  public static List<PathOverride> read(MapNode root) {
    Node section = root.get("include").orElse(null);
    if (section == null) {
      return List.of();
    }
    List<Node> entries = section instanceof ListNode list ? list.items() : List.of(section);
    List<PathOverride> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String field = section instanceof ListNode ? "include[" + i + "]" : "include";
      out.addAll(readOne(entries.get(i), field));
    }
    return out;
  }

  private static List<PathOverride> readOne(Node entry, String field) {
    if (!(entry instanceof ScalarNode s) || s.isNull() || s.kind() != ScalarNode.Kind.STRING
        || s.text().isBlank()) {
      throw entry.location().error(field, "expected a file name, found " + entry.kindName(), HINT);
    }
    Source from = entry.location().source();
    Path file = from.baseDir().resolve(s.text().trim()).normalize();
    if (!Files.isRegularFile(file)) {
      throw entry.location().error(field, "included file '" + file + "' does not exist", HINT);
    }
    Node parsed = TreeReader.readFile(file);
    if (parsed.isNull()) {
      return List.of();
    }
    if (!(parsed instanceof MapNode changes)) {
      throw parsed.location().error(null, "an included file must be a map of dotted paths to values, found "
          + parsed.kindName(), "write e.g. vms[x0].resume_time: 20ms");
    }
    List<PathOverride> out = new ArrayList<>();
    for (MapNode.Entry e : changes.entries()) {
      PathOverride o = PathOverride.of(e.key(), e.value(), e.keyLocation());
      Variants.checkTarget(o);
      out.add(o);
    }
    return out;
  }
}
