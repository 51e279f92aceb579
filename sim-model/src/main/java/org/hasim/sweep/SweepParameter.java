package org.hasim.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.hasim.scenario.Units;
import org.hasim.scenario.tree.Location;
import org.hasim.scenario.tree.PathOverride;
import org.hasim.scenario.tree.ScalarNode;
import org.hasim.scenario.tree.Source;

/**
 * One swept parameter: a scenario path as in {@code --set} and its values as written ({@code 1Gbit/s},
 * {@code 3}, {@code "{constant: 5MiB/s}"}), in the order they are tried. Ranges ({@code lo..hi:step}) are
 * expanded here; the values themselves are checked later, by loading the scenario with each of them.
 */
public record SweepParameter(String path, List<String> values) {
  /** First keys a sweep may not change: they are the same for every point (or not part of the model). */
  static final List<String> RESERVED = List.of("experiment", "variants", "sweep", "name");

  public SweepParameter {
    values = List.copyOf(values);
  }

  /**
   * Reads one {@code --param path=v1,v2,…} or {@code --param path=lo..hi:step} argument. Values are split at
   * commas outside brackets, braces and quotes, so {@code vms[x0].dirty={constant: 5MiB/s}} is one value.
   */
  public static SweepParameter parse(String argument) {
    Location at = new Location(new Source("command line --param " + argument, Path.of(""), false), 0, 0);
    int eq = argument.indexOf('=');
    if (eq < 0) {
      throw at.error(null, "expected path=values, found no '='",
          "write e.g. --param cluster.repair.crews=1,2,3 or --param ha.heartbeat.deadtime=10s..60s:10s");
    }
    return of(argument.substring(0, eq).trim(), splitTopLevel(argument.substring(eq + 1)), at);
  }

  /** A parameter from its path and written items (each a value or a range), e.g. from a scenario file. */
  public static SweepParameter of(String path, List<String> written, Location at) {
    PathOverride checked = PathOverride.of(path, new ScalarNode("", ScalarNode.Kind.STRING, at), at);
    if (RESERVED.contains(checked.firstKey())) {
      throw at.error(path, "a sweep cannot vary '" + checked.firstKey() + "'",
          "experiment settings are the same for every point: use --replications, --horizon, --seed or --set");
    }
    List<String> values = new ArrayList<>();
    for (String item : written) {
      String text = item.trim();
      if (text.isEmpty()) {
        throw at.error(path, "empty value in the list of values", "write e.g. 1Gbit/s,10Gbit/s");
      }
      values.addAll(ValueRange.expand(text, path, at).orElse(List.of(text)));
    }
    if (values.isEmpty()) {
      throw at.error(path, "no values to try", "give at least one value");
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String v : values) {
      if (!seen.add(v)) {
        throw at.error(path, "the value '" + v + "' is listed twice", "list each value once");
      }
    }
    return new SweepParameter(checked.path(), values);
  }

  /**
   * A value's size in SI units (seconds, bytes, bits/s, bytes/s, 1/s) or as a plain number, for ordering
   * and plotting; empty for words such as {@code unlimited} or for maps and lists.
   */
  public static Optional<Double> magnitude(String value) {
    String t = value.trim();
    if (t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      return Optional.of(Double.parseDouble(t));
    }
    List<ToDoubleFunction<String>> kinds = List.of(Units::duration, s -> Units.size(s), Units::bandwidth,
        Units::byteRate, Units::rate);
    for (ToDoubleFunction<String> kind : kinds) {
      try {
        return Optional.of(kind.applyAsDouble(t));
      } catch (RuntimeException notThisKind) {
        // try the next kind
      }
    }
    return Optional.empty();
  }

  /** Splits at commas that are not inside [], {} or quotes. */
  static List<String> splitTopLevel(String text) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '[' || c == '{') {
        depth++;
      } else if (c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }
}
