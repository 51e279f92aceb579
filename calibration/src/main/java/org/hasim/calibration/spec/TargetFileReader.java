package org.hasim.calibration.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hasim.migration.MigrationCalculator;
import org.hasim.scenario.DirtyModel;
import org.hasim.scenario.InputException;
import org.hasim.scenario.MigrationSpec;
import org.hasim.scenario.Units;
import org.hasim.scenario.tree.Node;
import org.hasim.scenario.tree.TreeReader;

/**
 * Reads a targets file (format in docs/calibration.md): {@code source:} (id, title, citation, url) and
 * {@code targets:}, each with id, title, where, note, unit, one criterion ({@code value} + {@code
 * tolerance}, {@code range}, {@code at_most}, {@code at_least}, {@code equals}, {@code increasing}) and one
 * measure ({@code scenario} + {@code metric} or {@code property}, or {@code migration} + {@code metric}).
 */
public final class TargetFileReader {
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final List<String> TOP = List.of("source", "targets");
  private static final List<String> SOURCE = List.of("id", "title", "citation", "url");
  private static final List<String> CRITERIA =
      List.of("value", "range", "at_most", "at_least", "equals", "increasing");
  private static final List<String> MEASURE_KEYS =
      List.of("scenario", "variant", "set", "metric", "property", "migration", "with_fit");
  private static final List<String> TARGET;
  private static final List<String> ITEM;

  static {
    List<String> t = new ArrayList<>(List.of("id", "title", "where", "note", "unit", "tolerance",
        "known_gap"));
    t.addAll(CRITERIA);
    t.addAll(MEASURE_KEYS);
    TARGET = List.copyOf(t);
    List<String> i = new ArrayList<>(List.of("label"));
    i.addAll(MEASURE_KEYS);
    ITEM = List.copyOf(i);
  }

  private static final List<String> MIGRATION = List.of("memory", "dirty", "bandwidth", "algorithm",
      "resume", "arp", "min_rate", "max_rate", "max_downtime", "push_rounds");

  private TargetFileReader() {}

  public static TargetSource read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file.toString(), 0, 0, null, "no such targets file", "check the path");
    }
    Node root = TreeReader.readFile(file);
    Section top = Section.of(root, "", TOP);
    Section source = Section.of(top.req("source"), "source", SOURCE);
    String id = source.text("id");
    if (!ID.matcher(id).matches()) {
      throw source.error("id", "'" + id + "' is not a valid source id", "use lower-case letters, digits, "
          + "'.', '_' and '-'");
    }
    Path dir = file.getParent() == null ? Path.of("") : file.getParent();
    List<Target> targets = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Node> items = top.items("targets");
    for (int i = 0; i < items.size(); i++) {
      Target t = target(items.get(i), "targets[" + i + "]", id, dir);
      if (!seen.add(t.id())) {
        throw t.location().error("targets[" + i + "].id", "duplicate target id '" + t.id() + "'", null);
      }
      targets.add(t);
    }
    return new TargetSource(id, source.optText("title").orElse(id), source.text("citation"),
        source.optText("url").orElse(""), file, targets);
  }

  private static Target target(Node n, String path, String sourceId, Path dir) {
    Section s = Section.of(n, path, TARGET);
    String local = s.text("id");
    if (!ID.matcher(local).matches()) {
      throw s.error("id", "'" + local + "' is not a valid target id", "use lower-case letters, digits, "
          + "'.', '_' and '-'");
    }
    String unit = s.optText("unit").orElse("");
    String kind = s.oneOf(CRITERIA, "criterion");
    Criterion criterion = criterion(s, kind);
    List<Target.Item> items = new ArrayList<>();
    if (kind.equals("increasing")) {
      List<Node> list = s.items("increasing");
      if (list.size() < 2) {
        throw s.error("increasing", "an ordering needs at least two measures", null);
      }
      for (int i = 0; i < list.size(); i++) {
        String p = s.path("increasing") + "[" + i + "]";
        Section item = Section.of(list.get(i), p, ITEM);
        items.add(new Target.Item(item.text("label"), measure(item, dir), metricField(item)));
      }
    } else {
      items.add(new Target.Item("", measure(s, dir), metricField(s)));
    }
    if (!kind.equals("value") && s.has("tolerance")) {
      throw s.error("tolerance", "a tolerance goes with 'value' only", null);
    }
    return new Target(sourceId + "." + local, sourceId, s.optText("title").orElse(local),
        s.optText("where").orElse(""), s.optText("note").orElse(""), unit, criterion, items,
        s.optText("known_gap"), s.location());
  }

  private static Criterion criterion(Section s, String kind) {
    return switch (kind) {
      case "value" -> near(s);
      case "range" -> {
        List<Node> bounds = s.items("range");
        if (bounds.size() != 2) {
          throw s.error("range", "a range is [low, high]", "write e.g. range: [0.7, 0.9]");
        }
        double lo = Section.number(bounds.get(0), s.path("range") + "[0]");
        double hi = Section.number(bounds.get(1), s.path("range") + "[1]");
        if (lo > hi) {
          throw s.error("range", "low " + lo + " is above high " + hi, null);
        }
        yield new Criterion.Range(lo, hi);
      }
      case "at_most" -> new Criterion.AtMost(s.number("at_most"));
      case "at_least" -> new Criterion.AtLeast(s.number("at_least"));
      case "equals" -> new Criterion.Equals(s.text("equals"));
      default -> new Criterion.Increasing();
    };
  }

  private static Criterion near(Section s) {
    double value = s.number("value");
    String tol = s.optText("tolerance").orElseThrow(() -> s.error("value",
        "a value needs a tolerance", "write e.g. tolerance: 25% or tolerance: 5"));
    double abs;
    if (tol.endsWith("%")) {
      abs = Math.abs(value) * percent(s, tol) / 100;
    } else {
      abs = Section.number(s.req("tolerance"), s.path("tolerance"));
    }
    if (abs < 0) {
      throw s.error("tolerance", "a tolerance cannot be negative", null);
    }
    return new Criterion.Near(value, abs, tol);
  }

  private static double percent(Section s, String tol) {
    try {
      return Double.parseDouble(tol.substring(0, tol.length() - 1).trim());
    } catch (NumberFormatException e) {
      throw s.error("tolerance", "'" + tol + "' is not a percentage", "write e.g. 25%");
    }
  }

  private static String metricField(Section s) {
    return s.path(s.has("property") ? "property" : "metric");
  }

  private static Measure measure(Section s, Path dir) {
    String kind = s.oneOf(List.of("scenario", "migration"), "measure (scenario or migration)");
    if (kind.equals("migration")) {
      for (String k : List.of("variant", "set", "property")) {
        if (s.has(k)) {
          throw s.error(k, "'" + k + "' goes with 'scenario', not 'migration'", null);
        }
      }
      return migration(s.req("migration"), s.path("migration"), s.text("metric"), s.req("metric").location());
    }
    Path scenario = dir.resolve(s.text("scenario")).normalize();
    List<String> sets = s.texts("set");
    String which = s.oneOf(List.of("metric", "property"), "metric or property");
    if (which.equals("property")) {
      if (s.has("variant")) {
        throw s.error("variant", "a property is read from the base scenario", "remove 'variant'");
      }
      return new Measure.ScenarioProperty(scenario, sets, s.text("property"), s.req("property").location());
    }
    boolean withFit = !s.has("with_fit") || withFit(s);
    return new Measure.ScenarioRun(scenario, s.optText("variant"), sets, s.text("metric"),
        s.req("metric").location(), withFit);
  }

  /** {@code with_fit: false}: the scenario lies outside the fit's parameters (they name VMs it lacks). */
  private static boolean withFit(Section s) {
    String v = s.text("with_fit");
    if (!v.equals("true") && !v.equals("false")) {
      throw s.error("with_fit", "'" + v + "' is not true or false", "write with_fit: false");
    }
    return v.equals("true");
  }

  private static Measure.MigrationCase migration(Node n, String path, String metric,
      org.hasim.scenario.tree.Location metricAt) {
    Section m = Section.of(n, path, MIGRATION);
    long memory = (long) m.quantity("memory", t -> (double) Units.size(t));
    double bandwidth = m.quantity("bandwidth", Units::bandwidth);
    if (memory <= 0 || !(bandwidth > 0)) {
      throw m.error(memory <= 0 ? "memory" : "bandwidth", "must be positive", null);
    }
    MigrationSpec.Algorithm algorithm = algorithm(m);
    MigrationSpec d = MigrationCalculator.defaults(algorithm, 3);
    double minRate = m.has("min_rate") ? m.quantity("min_rate", Units::bandwidth) : d.minRate();
    double maxRate = m.has("max_rate") ? m.quantity("max_rate", Units::bandwidth) : d.maxRate();
    double maxDowntime = m.has("max_downtime") ? m.quantity("max_downtime", Units::duration) : d.maxDowntime();
    int pushRounds = m.has("push_rounds") ? (int) m.number("push_rounds") : d.pushRounds();
    MigrationSpec spec = new MigrationSpec(algorithm, 1, 0.0, pushRounds, maxDowntime, minRate, maxRate);
    double resume = m.quantity("resume", Units::duration);
    double arp = m.has("arp") ? m.quantity("arp", Units::duration) : 0.0;
    return new Measure.MigrationCase(memory, dirty(m), bandwidth, spec, resume, arp, metric, metricAt);
  }

  private static MigrationSpec.Algorithm algorithm(Section m) {
    String name = m.text("algorithm").toLowerCase(Locale.ROOT);
    List<String> names = new ArrayList<>();
    for (MigrationSpec.Algorithm a : MigrationSpec.Algorithm.values()) {
      String key = a.name().toLowerCase(Locale.ROOT).replace('_', '-');
      if (key.equals(name)) {
        return a;
      }
      names.add(key);
    }
    throw m.error("algorithm", "unknown algorithm '" + name + "'",
        org.hasim.scenario.DidYouMean.phrase(name, names) + "allowed: " + String.join(", ", names));
  }

  private static DirtyModel dirty(Section m) {
    Section d = Section.of(m.req("dirty"), m.path("dirty"), List.of("constant", "working_set"));
    if (d.oneOf(List.of("constant", "working_set"), "dirty model").equals("constant")) {
      return new DirtyModel.Constant(d.quantity("constant", Units::byteRate));
    }
    Section w = Section.of(d.req("working_set"), d.path("working_set"), List.of("hot", "period", "cold"));
    double cold = w.has("cold") ? w.quantity("cold", Units::byteRate) : 0.0;
    return new DirtyModel.WorkingSet(w.quantity("hot", t -> (double) Units.size(t)),
        w.quantity("period", Units::duration), cold);
  }
}
