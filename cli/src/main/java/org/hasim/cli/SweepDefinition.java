package org.hasim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hasim.reports.journal.JournalHeader;
import org.hasim.scenario.DidYouMean;
import org.hasim.scenario.InputException;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.ScenarioLoader;
import org.hasim.scenario.ScenarioSet;
import org.hasim.scenario.ServiceSpec;
import org.hasim.scenario.SweepDeclaration;
import org.hasim.stats.RunInfo;
import org.hasim.sweep.DesignPoint;
import org.hasim.sweep.Goal;
import org.hasim.sweep.Shard;
import org.hasim.sweep.SweepGrid;
import org.hasim.sweep.SweepParameter;
import org.hasim.sweep.TaskPlan;

/**
 * A sweep as the command line and the scenario's {@code sweep:} section define it, checked before anything
 * is simulated: the parameters (from {@code --param}, or the file when no {@code --param} is given), every
 * design point loaded like a file (so a bad value exits 2 at once), the goal and the parameter it minimizes,
 * and the fingerprint that ties journals to this exact sweep.
 */
final class SweepDefinition {
  /** Default upper bound of an open-ended integer goal search. */
  static final long DEFAULT_MAX = 100;

  final Path file;
  final List<String> baseOverrides;
  final Optional<String> variant;
  final Scenario base;
  final List<SweepParameter> parameters;
  /** The grid (for a goal search: the candidates known in advance, possibly none). */
  final List<DesignPoint> points;
  final Optional<Goal> goal;
  final Optional<String> minimize;
  final long searchMax;
  final int block;
  final String fingerprint;
  private final Map<DesignPoint, Scenario> scenarios = new LinkedHashMap<>();

  SweepDefinition(Path file, List<String> baseOverrides, String variantName, List<String> paramArgs,
      String goalArg, String minimizeArg, Long max, Integer blockArg) throws IOException {
    this.file = file;
    this.baseOverrides = List.copyOf(baseOverrides);
    ScenarioSet set = ScenarioLoader.load(file, baseOverrides);
    this.variant = Optional.ofNullable(variantName);
    this.base = pick(set, variantName);
    Optional<SweepDeclaration> declared = ScenarioLoader.sweep(file);
    this.parameters = parameters(paramArgs, declared);
    String goalText = goalArg != null ? goalArg : declared.flatMap(SweepDeclaration::goal).orElse(null);
    String minimizeText = minimizeArg != null ? minimizeArg
        : goalArg != null ? null : declared.flatMap(SweepDeclaration::minimize).orElse(null);
    this.goal = Optional.ofNullable(goalText).map(g -> Goal.parse(g, serviceNames(base)));
    this.minimize = Optional.ofNullable(minimizeText).map(String::trim);
    this.searchMax = max == null ? DEFAULT_MAX : max;
    if (blockArg != null && blockArg < 1) {
      throw usage("--block", "must be at least 1, got " + blockArg, null);
    }
    this.block = blockArg == null ? TaskPlan.DEFAULT_BLOCK : blockArg;
    this.points = goal.isPresent() ? candidates() : new SweepGrid(parameters).points();
    for (DesignPoint p : points) {
      scenario(p); // every point is checked before anything runs
    }
    this.fingerprint = fingerprint();
  }

  boolean isGoalSearch() {
    return goal.isPresent();
  }

  /** The candidate values of the minimized parameter when listed ({@code --param}); empty for an integer search. */
  Optional<List<String>> candidateValues() {
    return parameters.stream().filter(p -> p.path().equals(minimize.orElseThrow())).findFirst()
        .map(SweepParameter::values);
  }

  List<String> parameterPaths() {
    return isGoalSearch() ? List.of(minimize.orElseThrow()) : parameters.stream().map(SweepParameter::path).toList();
  }

  int replications() {
    return base.experiment().replications();
  }

  RunInfo info() {
    return RunInfo.of(base);
  }

  JournalHeader header(Shard shard) {
    return new JournalHeader(fingerprint, info(), replications(), block, variant, parameterPaths(), points,
        goal.map(Goal::text), minimize, shard);
  }

  /** The resolved scenario of a design point (loaded once). */
  synchronized Scenario scenario(DesignPoint p) {
    Scenario s = scenarios.get(p);
    if (s == null) {
      List<String> all = new ArrayList<>(baseOverrides);
      all.addAll(p.overrides());
      try {
        s = pick(ScenarioLoader.load(file, all), variant.orElse(null));
      } catch (InputException e) {
        throw new InputException(e.file(), e.line(), e.column(), e.field().orElse(null),
            "at design point " + p.label() + ": " + e.getMessage(), e.hint().orElse(null));
      }
      scenarios.put(p, s);
    }
    return s;
  }

  private static Scenario pick(ScenarioSet set, String variantName) {
    if (variantName == null) {
      return set.base();
    }
    Scenario v = set.variants().get(variantName);
    if (v == null) {
      List<String> names = new ArrayList<>(set.variants().keySet());
      throw usage("--variant", "the scenario has no variant '" + variantName + "'", names.isEmpty()
          ? "it has no variants; leave --variant out"
          : DidYouMean.phrase(variantName, names) + "variants: " + String.join(", ", names));
    }
    return v;
  }

  private static List<SweepParameter> parameters(List<String> args, Optional<SweepDeclaration> declared) {
    List<SweepParameter> out = new ArrayList<>();
    if (!args.isEmpty()) {
      args.forEach(a -> out.add(SweepParameter.parse(a)));
    } else if (declared.isPresent()) {
      declared.get().params().forEach((path, param) ->
          out.add(SweepParameter.of(path, param.items(), param.location())));
    }
    return out;
  }

  private List<DesignPoint> candidates() {
    if (minimize.isEmpty()) {
      throw usage("--minimize", "a goal needs the parameter to minimize",
          "write e.g. --goal 'services.web.availability.ci_low>=0.9999' --minimize cluster.repair.crews");
    }
    String path = minimize.get();
    SweepParameter.of(path, List.of("0"), new org.hasim.scenario.tree.Location(
        org.hasim.scenario.tree.Source.commandLine("--minimize " + path), 0, 0)); // checks the path
    for (SweepParameter p : parameters) {
      if (!p.path().equals(path)) {
        throw usage("--param", "a goal search varies only the minimized parameter, not " + p.path(),
            "fix the others with --set " + p.path() + "=VALUE, or run a sweep without --goal");
      }
    }
    if (searchMax < 1) {
      throw usage("--max", "must be at least 1, got " + searchMax, null);
    }
    Optional<List<String>> values = candidateValues();
    if (values.isEmpty()) {
      return List.of(); // an integer search: its values are chosen as it goes
    }
    checkIncreasing(path, values.get());
    return values.get().stream().map(v -> DesignPoint.of(path, v)).toList();
  }

  /** Binary search needs the candidates in increasing order; checked where the values can be compared. */
  private static void checkIncreasing(String path, List<String> values) {
    Double previous = null;
    for (String v : values) {
      Double x = SweepParameter.magnitude(v).orElse(null);
      if (x == null) {
        return; // words such as 'unlimited': the order written is the order used
      }
      if (previous != null && !(x > previous)) {
        throw usage("--param", "the values of " + path + " must be in increasing order for goal seeking ("
            + v + " comes after a larger or equal value)", "list them from smallest to largest");
      }
      previous = x;
    }
  }

  private String fingerprint() throws IOException {
    StringBuilder text = new StringBuilder("hasim-sweep/1\n");
    text.append("file ").append(HexFormat.of().formatHex(sha256(Files.readAllBytes(file)))).append('\n');
    baseOverrides.forEach(o -> text.append("set ").append(o).append('\n'));
    text.append("variant ").append(variant.orElse("")).append('\n');
    for (SweepParameter p : parameters) {
      text.append("param ").append(p.path()).append(' ').append(String.join("\u0000", p.values())).append('\n');
    }
    text.append("goal ").append(goal.map(Goal::text).orElse("")).append('\n');
    text.append("minimize ").append(minimize.orElse("")).append('\n');
    text.append("max ").append(goal.isPresent() ? searchMax : 0).append('\n');
    text.append("replications ").append(replications()).append(" block ").append(block).append('\n');
    return HexFormat.of().formatHex(sha256(text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static List<String> serviceNames(Scenario s) {
    return s.services().stream().map(ServiceSpec::name).toList();
  }

  static InputException usage(String option, String problem, String hint) {
    return new InputException("command line", 0, 0, option, problem, hint);
  }
}
