package org.hasim.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Variant − baseline for each metric of one service (same units as {@link ServiceMetrics}). */
public record ServiceDifference(
    Difference availability,
    Difference downtimeMinPerYear,
    Difference outagesPerYear,
    Difference mttrS,
    Difference mtbfH,
    Map<String, Difference> downtimeByCause) {

  public ServiceDifference {
    downtimeByCause = Collections.unmodifiableMap(new LinkedHashMap<>(downtimeByCause));
  }

  /** The scalar metrics by output name, in output order (as {@link ServiceMetrics#scalars()}). */
  public Map<String, Difference> scalars() {
    Map<String, Difference> m = new LinkedHashMap<>();
    m.put(ServiceMetrics.AVAILABILITY, availability);
    m.put(ServiceMetrics.DOWNTIME_MIN_PER_YEAR, downtimeMinPerYear);
    m.put(ServiceMetrics.OUTAGES_PER_YEAR, outagesPerYear);
    m.put(ServiceMetrics.MTTR_S, mttrS);
    m.put(ServiceMetrics.MTBF_H, mtbfH);
    return m;
  }
}
