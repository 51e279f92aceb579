package org.hasim.calibration.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hasim.scenario.DidYouMean;
import org.hasim.scenario.InputException;
import org.hasim.scenario.tree.Node;
import org.hasim.scenario.tree.PathOverride;
import org.hasim.scenario.tree.TreeReader;

/**
 * Reads a fit file (format in docs/calibration.md) and the targets files it names, and checks that every
 * fitted or held-out target exists, that fitted targets are numeric, and that bounds hold the start value.
 */
public final class FitFileReader {
  private static final List<String> TOP = List.of("name", "description", "seed", "replications", "output",
      "targets", "fit", "hold_out", "fixed", "free");
  private static final List<String> FIXED = List.of("path", "value", "reason");
  private static final List<String> FREE = List.of("name", "description", "quantity", "paths",
      "migration_field", "min", "max", "start");

  private FitFileReader() {}

  public static FitSpec read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file.toString(), 0, 0, null, "no such fit file", "check the path");
    }
    Path rel = file.getParent() == null ? Path.of("") : file.getParent();
    Section top = Section.of(TreeReader.readFile(file), "", TOP);
    String name = top.text("name");
    if (!TargetFileReader.ID.matcher(name).matches()) {
      throw top.error("name", "'" + name + "' is not a valid fit name", "use lower-case letters, digits, "
          + "'.', '_' and '-'");
    }
    long seed = (long) top.number("seed");
    int replications = (int) top.number("replications");
    if (replications < 2) {
      throw top.error("replications", "at least 2 replications are needed for an interval", null);
    }
    List<TargetSource> sources = new ArrayList<>();
    List<String> files = top.texts("targets");
    if (files.isEmpty()) {
      throw top.error("targets", "no targets files listed", "write e.g. targets: [../targets/clark2005.yaml]");
    }
    Set<String> sourceIds = new HashSet<>();
    for (String f : files) {
      TargetSource s = TargetFileReader.read(rel.resolve(f).normalize());
      if (!sourceIds.add(s.id())) {
        throw top.error("targets", "two targets files have the source id '" + s.id() + "'", null);
      }
      sources.add(s);
    }
    Map<String, Target> byId = new LinkedHashMap<>();
    sources.forEach(s -> s.targets().forEach(t -> byId.put(t.id(), t)));
    List<String> fit = ids(top, "fit", byId);
    List<String> holdOut = ids(top, "hold_out", byId);
    for (String id : fit) {
      Target t = byId.get(id);
      if (holdOut.contains(id)) {
        throw top.error("hold_out", "'" + id + "' is both fitted and held out", "a held-out target is predicted, "
            + "not fitted: list it once");
      }
      if (!t.criterion().fittable() || t.knownGap().isPresent()) {
        throw top.error("fit", "'" + id + "' cannot be fitted: " + (t.knownGap().isPresent() ? "it is a known "
            + "gap" : "it is qualitative (" + t.criterion().describe(t.unit()) + ")"),
            "check it instead: leave it out of fit");
      }
    }
    List<FixedAssumption> fixed = new ArrayList<>();
    List<Node> fixedItems = top.items("fixed");
    for (int i = 0; i < fixedItems.size(); i++) {
      fixed.add(fixed(fixedItems.get(i), "fixed[" + i + "]"));
    }
    List<FreeParameter> free = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<Node> freeItems = top.items("free");
    for (int i = 0; i < freeItems.size(); i++) {
      FreeParameter p = free(freeItems.get(i), "free[" + i + "]");
      if (!names.add(p.name())) {
        throw freeItems.get(i).location().error("free[" + i + "].name", "duplicate parameter '" + p.name()
            + "'", null);
      }
      free.add(p);
    }
    checkEachPathOnce(top, fixed, free);
    Path output = rel.resolve(top.text("output")).normalize();
    return new FitSpec(name, top.optText("description").orElse(""), file, seed, replications, output,
        sources, fit, holdOut, free, fixed);
  }

  /** The fragment writes one line per path, and YAML refuses a key twice. */
  private static void checkEachPathOnce(Section top, List<FixedAssumption> fixed, List<FreeParameter> free) {
    Set<String> seen = new HashSet<>();
    List<String> all = new ArrayList<>();
    fixed.forEach(f -> all.add(f.path()));
    free.forEach(p -> all.addAll(p.paths()));
    for (String path : all) {
      if (!seen.add(path)) {
        throw top.error("free", "the path '" + path + "' is set twice",
            "fixed and free values each set a path once: remove one of them");
      }
    }
  }

  private static List<String> ids(Section top, String key, Map<String, Target> byId) {
    List<String> ids = top.texts(key);
    for (String id : ids) {
      if (!byId.containsKey(id)) {
        throw top.error(key, "no target '" + id + "' in the targets files",
            DidYouMean.phrase(id, byId.keySet()) + "targets are named source.id, e.g. "
                + byId.keySet().stream().findFirst().orElse("clark2005.specweb-downtime"));
      }
    }
    return ids;
  }

  private static FixedAssumption fixed(Node n, String path) {
    Section s = Section.of(n, path, FIXED);
    String p = s.text("path");
    PathOverride.of(p, s.req("value"), s.req("path").location()); // checks the path's syntax
    return new FixedAssumption(p, FlowYaml.render(s.req("value")), s.text("reason"));
  }

  private static FreeParameter free(Node n, String path) {
    Section s = Section.of(n, path, FREE);
    String name = s.text("name");
    if (!TargetFileReader.ID.matcher(name).matches()) {
      throw s.error("name", "'" + name + "' is not a valid parameter name", "use lower-case letters, digits, "
          + "'.', '_' and '-'");
    }
    String q = s.text("quantity");
    Quantity quantity;
    try {
      quantity = Quantity.ofKey(q);
    } catch (IllegalArgumentException e) {
      List<String> keys = java.util.Arrays.stream(Quantity.values()).map(Quantity::key).toList();
      throw s.error("quantity", "unknown quantity '" + q + "'", DidYouMean.phrase(q, keys) + "allowed: "
          + String.join(", ", keys));
    }
    List<String> paths = s.texts("paths");
    for (int i = 0; i < paths.size(); i++) {
      PathOverride.of(paths.get(i), s.req("paths"), s.req("paths").location());
    }
    Optional<String> field = s.optText("migration_field");
    if (field.isPresent() && !Measure.MigrationCase.FIELDS.contains(field.get())) {
      throw s.error("migration_field", "unknown migration field '" + field.get() + "'",
          DidYouMean.phrase(field.get(), Measure.MigrationCase.FIELDS) + "allowed: "
              + String.join(", ", Measure.MigrationCase.FIELDS));
    }
    if (paths.isEmpty() && field.isEmpty()) {
      throw s.error("paths", "the parameter sets nothing", "give scenario paths, a migration_field or both");
    }
    double lo = s.quantity("min", quantity.parser());
    double hi = s.quantity("max", quantity.parser());
    double start = s.quantity("start", quantity.parser());
    if (!(lo < hi)) {
      throw s.error("max", "max must be above min", null);
    }
    if (start < lo || start > hi) {
      throw s.error("start", "start must lie within [min, max]", null);
    }
    return new FreeParameter(name, s.optText("description").orElse(""), quantity, paths, field, lo, hi, start);
  }
}
