package org.hasim.stats;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.hasim.cluster.OutageCause;

/**
 * What one service did inside the observation window of one replication: seconds up, seconds down, outages
 * that started in the window, and the downtime split by cause (every cause present, zero when none; the
 * values add up to {@code downtime}).
 */
public record ServiceOutcome(
    String name, double uptime, double downtime, long outages, Map<OutageCause, Double> downtimeByCause) {

  public ServiceOutcome {
    EnumMap<OutageCause, Double> all = new EnumMap<>(OutageCause.class);
    for (OutageCause c : OutageCause.values()) {
      all.put(c, downtimeByCause.getOrDefault(c, 0.0));
    }
    downtimeByCause = Collections.unmodifiableMap(all);
  }

  /** Seconds observed (up + down). */
  public double observed() {
    return uptime + downtime;
  }

  /** Seconds down for {@code cause}. */
  public double downtime(OutageCause cause) {
    return downtimeByCause.get(cause);
  }
}
