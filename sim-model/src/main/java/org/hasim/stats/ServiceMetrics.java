package org.hasim.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service's metrics over the replications of one variant. Availability is a fraction (uptime / observed
 * time, per replication); downtime and outages are scaled to a 365-day year per replication; MTTR (seconds)
 * and MTBF (hours) are ratio estimators over all replications (total downtime / total outages, total uptime /
 * total outages; see {@link RatioEstimator}) and are undefined when no outage started in any replication.
 * {@code downtimeByCause}: cause key → minutes per year, every cause present.
 */
public record ServiceMetrics(
    Statistic availability,
    Statistic downtimeMinPerYear,
    Statistic outagesPerYear,
    Statistic mttrS,
    Statistic mtbfH,
    Map<String, Statistic> downtimeByCause) {

  /** Output names of the scalar metrics, in output order. */
  public static final String AVAILABILITY = "availability";
  public static final String DOWNTIME_MIN_PER_YEAR = "downtime_min_per_year";
  public static final String OUTAGES_PER_YEAR = "outages_per_year";
  public static final String MTTR_S = "mttr_s";
  public static final String MTBF_H = "mtbf_h";

  public ServiceMetrics {
    downtimeByCause = Collections.unmodifiableMap(new LinkedHashMap<>(downtimeByCause));
  }

  /** The scalar metrics by output name, in output order. */
  public Map<String, Statistic> scalars() {
    Map<String, Statistic> m = new LinkedHashMap<>();
    m.put(AVAILABILITY, availability);
    m.put(DOWNTIME_MIN_PER_YEAR, downtimeMinPerYear);
    m.put(OUTAGES_PER_YEAR, outagesPerYear);
    m.put(MTTR_S, mttrS);
    m.put(MTBF_H, mtbfH);
    return m;
  }
}
