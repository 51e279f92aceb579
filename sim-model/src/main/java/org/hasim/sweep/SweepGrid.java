package org.hasim.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.hasim.scenario.InputException;

/**
 * The full factorial grid of a sweep's parameters. Grid order is that of nested loops over the parameters
 * as given: the first parameter varies slowest, the last fastest.
 */
public record SweepGrid(List<SweepParameter> parameters) {
  /** More points than this is almost surely a mistake (each point runs all replications). */
  static final int MAX_POINTS = 100_000;

  public SweepGrid {
    parameters = List.copyOf(parameters);
    if (parameters.isEmpty()) {
      throw new InputException("command line", 0, 0, "--param", "a sweep needs at least one parameter",
          "write e.g. --param cluster.repair.crews=1,2,3, or add a 'sweep:' section to the scenario");
    }
    Set<String> paths = new HashSet<>();
    long points = 1;
    for (SweepParameter p : parameters) {
      if (!paths.add(p.path())) {
        throw new InputException("command line", 0, 0, p.path(), "the parameter is given twice",
            "list all its values in one --param");
      }
      points *= p.values().size();
      if (points > MAX_POINTS) {
        throw new InputException("command line", 0, 0, "--param",
            "the grid has more than " + MAX_POINTS + " points", "sweep fewer values or fewer parameters");
      }
    }
  }

  /** The parameter paths, in order. */
  public List<String> paths() {
    return parameters.stream().map(SweepParameter::path).toList();
  }

  /** Every point, in grid order. */
  public List<DesignPoint> points() {
    List<DesignPoint> out = new ArrayList<>();
    addPoints(0, new LinkedHashMap<>(), out);
    return out;
  }

  private void addPoints(int depth, LinkedHashMap<String, String> prefix, List<DesignPoint> out) {
    if (depth == parameters.size()) {
      out.add(new DesignPoint(prefix));
      return;
    }
    SweepParameter p = parameters.get(depth);
    for (String v : p.values()) {
      prefix.put(p.path(), v);
      addPoints(depth + 1, prefix, out);
    }
    prefix.remove(p.path());
  }
}
