package org.hasim.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code variant} − {@code baseline}, per service, per incident kind (per year) and per extra metric. */
public record VariantDifference(
    String variant,
    String baseline,
    Map<String, ServiceDifference> services,
    Map<String, Difference> incidents,
    Map<String, Difference> extra) {

  public VariantDifference {
    services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
    incidents = Collections.unmodifiableMap(new LinkedHashMap<>(incidents));
    extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }
}
