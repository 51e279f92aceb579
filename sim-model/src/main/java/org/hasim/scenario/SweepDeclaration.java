package org.hasim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hasim.scenario.tree.Location;

/**
 * A scenario's {@code sweep:} section as written (docs/scenario-format.md): each swept path with its items
 * (values, or one {@code lo..hi:step} range) and where it was written, an optional goal and the parameter to
 * minimize. The model ignores it; {@code hasim sweep} reads it.
 */
public record SweepDeclaration(Map<String, Param> params, Optional<String> goal, Optional<String> minimize,
    Location location) {

  /** One swept path: its items as text and where they were written. */
  public record Param(List<String> items, Location location) {
    public Param {
      items = List.copyOf(items);
    }
  }

  public SweepDeclaration {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }
}
