package org.hasim.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One design point of a sweep: a value (as written) for each swept path, in parameter order. Applied as
 * {@code --set path=value} overrides after the command line's own.
 */
public record DesignPoint(Map<String, String> values) {

  public DesignPoint {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** A point with one parameter. */
  public static DesignPoint of(String path, String value) {
    return new DesignPoint(Map.of(path, value));
  }

  /** The {@code path=value} overrides that make this point. */
  public List<String> overrides() {
    List<String> out = new ArrayList<>();
    values.forEach((p, v) -> out.add(p + "=" + v));
    return out;
  }

  /** {@code path=value, path=value} for messages. */
  public String label() {
    return String.join(", ", overrides());
  }
}
