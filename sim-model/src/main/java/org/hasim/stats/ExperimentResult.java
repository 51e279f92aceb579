package org.hasim.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.cluster.OutageCause;
import org.hasim.migration.MigrationRecord;
import org.hasim.probe.ProbeSample;

/**
 * The metrics of one variant over its replications: per service (scenario order) a {@link ServiceMetrics},
 * incidents per year by kind key (every kind present), the extra metrics (mean over replications of each
 * key any replication recorded, zero where one did not; sorted by key), {@code firstMigration}: the first
 * replication's first migration (see {@link ReplicationResult#firstMigration}), an example for the timeline
 * chart, not a statistic; and the probes' time series of replication 0 ({@code series}, in the order the
 * probes reported them).
 */
public record ExperimentResult(
    RunInfo info,
    int replications,
    Map<String, ServiceMetrics> services,
    Map<String, Statistic> incidents,
    Map<String, Statistic> extra,
    Optional<MigrationRecord> firstMigration,
    List<ProbeSample> series) {

  public ExperimentResult {
    series = List.copyOf(series);
    services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
    incidents = Collections.unmodifiableMap(new LinkedHashMap<>(incidents));
    extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    firstMigration = java.util.Objects.requireNonNull(firstMigration, "firstMigration");
  }

  /** A result without an example migration. */
  public ExperimentResult(RunInfo info, int replications, Map<String, ServiceMetrics> services,
      Map<String, Statistic> incidents, Map<String, Statistic> extra) {
    this(info, replications, services, incidents, extra, Optional.empty(), List.of());
  }

  /** A result with an example migration and no probe series. */
  public ExperimentResult(RunInfo info, int replications, Map<String, ServiceMetrics> services,
      Map<String, Statistic> incidents, Map<String, Statistic> extra, Optional<MigrationRecord> firstMigration) {
    this(info, replications, services, incidents, extra, firstMigration, List.of());
  }

  /** Aggregates the replications of one variant (in replication order). */
  public static ExperimentResult aggregate(RunInfo info, List<ReplicationResult> reps) {
    List<String> names = serviceNames(reps);
    double level = info.level();
    Map<String, ServiceMetrics> services = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      services.put(names.get(i), serviceMetrics(new ServiceSamples(reps, names.get(i), i), level));
    }
    Map<String, Statistic> incidents = new LinkedHashMap<>();
    for (Incident kind : Incident.values()) {
      incidents.put(kind.key(), Statistic.of(ServiceSamples.incidentsPerYear(reps, kind), level));
    }
    Map<String, Statistic> extra = new LinkedHashMap<>();
    for (String key : extraKeys(reps)) {
      extra.put(key, Statistic.of(ServiceSamples.extra(reps, key), level));
    }
    addPerMigrationMeans(reps, extra, level);
    List<ProbeSample> series = reps.stream().filter(r -> r.replication() == 0).findFirst()
        .map(ReplicationResult::series).orElse(List.of());
    return new ExperimentResult(info, reps.size(), services, incidents, extra, reps.get(0).firstMigration(),
        series);
  }

  private static ServiceMetrics serviceMetrics(ServiceSamples s, double level) {
    Map<String, Statistic> byCause = new LinkedHashMap<>();
    for (OutageCause c : OutageCause.values()) {
      byCause.put(c.key(), Statistic.of(s.causeMinPerYear[c.ordinal()], level));
    }
    return new ServiceMetrics(
        Statistic.of(s.availability, level),
        Statistic.of(s.downtimeMinPerYear, level),
        Statistic.of(s.outagesPerYear, level),
        RatioEstimator.estimate(s.downtime, s.outages, level),
        RatioEstimator.estimate(ServiceSamples.hours(s.uptime), s.outages, level),
        byCause);
  }

  /**
   * Per-migration means (total downtime / number of migrations, ...) as ratio estimators over
   * replications, next to the per-replication sums.
   */
  private static void addPerMigrationMeans(List<ReplicationResult> reps, Map<String, Statistic> extra,
      double level) {
    if (!extra.containsKey("migrations.count")) {
      return;
    }
    double[] count = ServiceSamples.extra(reps, "migrations.count");
    double[] downtimeMs = ServiceSamples.extra(reps, "migrations.downtime_s");
    for (int i = 0; i < downtimeMs.length; i++) {
      downtimeMs[i] *= 1000;
    }
    extra.put("migrations.mean_downtime_ms", RatioEstimator.estimate(downtimeMs, count, level));
    extra.put("migrations.mean_total_time_s",
        RatioEstimator.estimate(ServiceSamples.extra(reps, "migrations.total_time_s"), count, level));
    extra.put("migrations.mean_rounds",
        RatioEstimator.estimate(ServiceSamples.extra(reps, "migrations.rounds"), count, level));
    extra.put("migrations.mean_bytes_sent",
        RatioEstimator.estimate(ServiceSamples.extra(reps, "migrations.bytes_sent"), count, level));
  }

  /** The service names, which every replication must list in the same order. */
  static List<String> serviceNames(List<ReplicationResult> reps) {
    if (reps.isEmpty()) {
      throw new IllegalArgumentException("no replications to aggregate");
    }
    List<String> names = new ArrayList<>();
    reps.get(0).services().forEach(s -> names.add(s.name()));
    for (ReplicationResult r : reps) {
      List<String> these = r.services().stream().map(ServiceOutcome::name).toList();
      if (!these.equals(names)) {
        throw new IllegalArgumentException(
            "replication " + r.replication() + " has services " + these + ", expected " + names);
      }
    }
    return names;
  }

  static TreeSet<String> extraKeys(List<ReplicationResult> reps) {
    TreeSet<String> keys = new TreeSet<>();
    reps.forEach(r -> keys.addAll(r.extra().keySet()));
    return keys;
  }

  /** Extra metrics whose key starts with {@code group + "."}, keyed by the rest of the key. */
  public Map<String, Statistic> extraGroup(String group) {
    Map<String, Statistic> out = new TreeMap<>();
    String prefix = group + ".";
    extra.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        out.put(k.substring(prefix.length()), v);
      }
    });
    return out;
  }

  public String scenario() {
    return info.scenario();
  }

  public long seed() {
    return info.seed();
  }
}
