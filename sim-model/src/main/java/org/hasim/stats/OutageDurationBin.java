package org.hasim.stats;

import java.util.Locale;
import java.util.Optional;

/**
 * Fixed, roughly log-spaced classes of outage duration for the outage-duration distribution. The edges are
 * round human durations (100 ms, 1 s, 10 s, 1 min, 10 min, 1 h, 6 h, 1 d), so that a planner can read "how
 * many outages a year last between 1 and 10 minutes" directly; they are fixed, not fitted to the data, so
 * that variants and runs can be compared bin by bin. A bin holds [lower, upper). {@link #ONGOING} counts
 * outages that were still going on when the observation window closed (their duration is unknown).
 *
 * <p>{@link MetricsCollector} records, per service and replication, the number of outages that started in the
 * window by bin as the extra metric {@code outages.<service>.<key>} (only non-zero bins are recorded); the
 * bins of a service add up to its outage count. A scenario with more than {@link #PER_SERVICE_LIMIT} services
 * records the sums over all services instead, under the service name {@link #ALL_SERVICES}, so that large
 * clusters do not carry thousands of such metrics.
 */
public enum OutageDurationBin {
  UNDER_100MS(0.1, "< 100 ms"),
  UNDER_1S(1, "100 ms – 1 s"),
  UNDER_10S(10, "1 – 10 s"),
  UNDER_1MIN(60, "10 s – 1 min"),
  UNDER_10MIN(600, "1 – 10 min"),
  UNDER_1H(3600, "10 min – 1 h"),
  UNDER_6H(6 * 3600, "1 – 6 h"),
  UNDER_1D(86400, "6 h – 1 d"),
  OVER_1D(Double.POSITIVE_INFINITY, "≥ 1 d"),
  ONGOING(Double.NaN, "still down");

  /** The group of the extra metrics, {@code outages.<service>.<bin key>}. */
  public static final String GROUP = "outages";

  /** Up to this many services the bins are recorded per service; beyond it only their sums. */
  public static final int PER_SERVICE_LIMIT = 32;

  /** The service name under which the sums over all services are recorded. */
  public static final String ALL_SERVICES = "*";

  private static final OutageDurationBin[] VALUES = values();

  private final double upper;
  private final String label;

  OutageDurationBin(double upper, String label) {
    this.upper = upper;
    this.label = label;
  }

  /** Exclusive upper edge in seconds (infinite for the last finite bin, NaN for {@link #ONGOING}). */
  public double upper() {
    return upper;
  }

  /** A short label for charts and tables, e.g. {@code 1 – 10 min}. */
  public String label() {
    return label;
  }

  /** The name in outputs, e.g. {@code under_10min}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The bin of a finished outage lasting {@code seconds} (never {@link #ONGOING}). */
  public static OutageDurationBin of(double seconds) {
    for (OutageDurationBin bin : VALUES) {
      if (seconds < bin.upper) {
        return bin;
      }
    }
    return OVER_1D; // the infinite edge (NaN durations do not occur: times are finite)
  }

  /** The extra-metric key of {@code service}'s count in this bin. */
  public String extraKey(String service) {
    return GROUP + "." + service + "." + key();
  }

  /**
   * The service and bin of an extra-metric key written by {@link #extraKey}, or empty if {@code key} is not
   * one (the bin is recognised by its suffix, so a service name may contain dots).
   */
  public static Optional<Keyed> parse(String key) {
    if (!key.startsWith(GROUP + ".")) {
      return Optional.empty();
    }
    for (OutageDurationBin bin : VALUES) {
      String suffix = "." + bin.key();
      if (key.endsWith(suffix) && key.length() > GROUP.length() + 1 + suffix.length()) {
        return Optional.of(new Keyed(key.substring(GROUP.length() + 1, key.length() - suffix.length()), bin));
      }
    }
    return Optional.empty();
  }

  /** A parsed extra-metric key. */
  public record Keyed(String service, OutageDurationBin bin) {}
}
