package org.hasim.stats;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.migration.MigrationRecord;
import org.hasim.probe.ProbeSample;

/**
 * The measurements of one replication over its observation window of {@code observed} seconds: each service
 * (in scenario order), incident counts by kind (every kind present), and {@code extra} metrics that other
 * parts of the model add (e.g. {@code migrations.count}, {@code probes.ping.lost}); see {@link
 * MetricsCollector#addExtra}; the first live migration to finish of those that started in the window, if
 * any (kept for the report's migration timeline); and the probes' time series ({@code series}, kept for one
 * replication only, empty otherwise).
 */
public record ReplicationResult(
    int replication,
    double observed,
    List<ServiceOutcome> services,
    Map<Incident, Long> incidents,
    Map<String, Double> extra,
    Optional<MigrationRecord> firstMigration,
    List<ProbeSample> series) {

  public ReplicationResult {
    series = List.copyOf(series);
    services = List.copyOf(services);
    EnumMap<Incident, Long> all = new EnumMap<>(Incident.class);
    for (Incident kind : Incident.values()) {
      all.put(kind, incidents.getOrDefault(kind, 0L));
    }
    incidents = Collections.unmodifiableMap(all);
    extra = Collections.unmodifiableMap(new TreeMap<>(extra)); // sorted: deterministic whatever the model's order
    firstMigration = java.util.Objects.requireNonNull(firstMigration, "firstMigration");
  }

  /** A replication without a recorded migration or probe series. */
  public ReplicationResult(int replication, double observed, List<ServiceOutcome> services,
      Map<Incident, Long> incidents, Map<String, Double> extra) {
    this(replication, observed, services, incidents, extra, Optional.empty(), List.of());
  }

  /** A replication with a recorded migration and no probe series. */
  public ReplicationResult(int replication, double observed, List<ServiceOutcome> services,
      Map<Incident, Long> incidents, Map<String, Double> extra, Optional<MigrationRecord> firstMigration) {
    this(replication, observed, services, incidents, extra, firstMigration, List.of());
  }

  /** A replication with a probe series and no recorded migration. */
  public ReplicationResult(int replication, double observed, List<ServiceOutcome> services,
      Map<Incident, Long> incidents, Map<String, Double> extra, List<ProbeSample> series) {
    this(replication, observed, services, incidents, extra, Optional.empty(), series);
  }

  /** The outcome of service {@code name}. */
  public ServiceOutcome service(String name) {
    for (ServiceOutcome s : services) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no service '" + name + "' in replication " + replication);
  }
}
