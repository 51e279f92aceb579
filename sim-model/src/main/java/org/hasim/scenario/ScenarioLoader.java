package org.hasim.scenario;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hasim.scenario.bind.Includes;
import org.hasim.scenario.bind.ScenarioBinder;
import org.hasim.scenario.bind.SweepSection;
import org.hasim.scenario.bind.Variants;
import org.hasim.scenario.tree.MapNode;
import org.hasim.scenario.tree.Node;
import org.hasim.scenario.tree.PathOverride;
import org.hasim.scenario.tree.TreeReader;

/**
 * Reads a scenario file (YAML, or JSON when the name ends in {@code .json}; format in
 * docs/scenario-format.md) into the base scenario and its variants. Overrides act on the raw tree before
 * binding, so they are checked exactly like values in the file: the files named under {@code include:}
 * apply first (e.g. a calibrated parameter set), then a variant's changes, then the command line's {@code
 * --set path=value} overrides on top of the base and of each variant.
 */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  /**
   * @param file the scenario file
   * @param setOverrides {@code path=value} strings from {@code --set}, e.g. {@code vms[x0].memory=2GiB}
   * @throws InputException for anything wrong in the file or the overrides
   */
  public static ScenarioSet load(Path file, List<String> setOverrides) {
    Node parsed = TreeReader.readFile(file);
    MapNode file0 = ScenarioBinder.requireMap(parsed);
    MapNode root = (MapNode) apply(file0, Includes.read(file0));
    List<PathOverride> sets = setOverrides.stream().map(PathOverride::fromArgument).toList();
    sets.forEach(Variants::checkTarget);
    LinkedHashMap<String, List<PathOverride>> variantChanges = Variants.read(root);
    Scenario base = ScenarioBinder.bind(apply(root, sets));
    LinkedHashMap<String, Scenario> variants = new LinkedHashMap<>();
    for (Map.Entry<String, List<PathOverride>> v : variantChanges.entrySet()) {
      variants.put(v.getKey(), variant(v.getKey(), root, v.getValue(), sets));
    }
    return new ScenarioSet(file, base, variants);
  }

  /**
   * The file's {@code sweep:} section, if it has one (read as written: overrides do not apply to it).
   *
   * @throws InputException for a file that cannot be read or a section of the wrong shape
   */
  public static Optional<SweepDeclaration> sweep(Path file) {
    return SweepSection.read(ScenarioBinder.requireMap(TreeReader.readFile(file)));
  }

  private static Scenario variant(String name, Node root, List<PathOverride> changes, List<PathOverride> sets) {
    try {
      return ScenarioBinder.bind(apply(apply(root, changes), sets));
    } catch (InputException e) {
      // The base bound cleanly, so the variant's changes caused this: say which variant.
      throw new InputException(e.file(), e.line(), e.column(), e.field().orElse(null),
          "in variant '" + name + "': " + e.getMessage(), e.hint().orElse(null));
    }
  }

  private static Node apply(Node root, List<PathOverride> overrides) {
    Node n = root;
    for (PathOverride o : overrides) {
      n = o.applyTo(n);
    }
    return n;
  }
}
