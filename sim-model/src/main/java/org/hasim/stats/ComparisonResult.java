package org.hasim.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.cluster.OutageCause;

/**
 * Several named variants of one scenario run with the same seed and replication count (common random
 * numbers: replication i of every variant drew the same failures), and for each variant after the first the
 * difference variant − first, estimated on the pairs of replications with the same index.
 */
public record ComparisonResult(
    RunInfo info,
    int replications,
    Map<String, ExperimentResult> variants,
    Map<String, VariantDifference> differences) {

  public ComparisonResult {
    variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
    differences = Collections.unmodifiableMap(new LinkedHashMap<>(differences));
  }

  /**
   * Compares the variants, in the given order (the first is the baseline); each list holds one variant's
   * replications in replication order.
   */
  public static ComparisonResult compare(RunInfo info, Map<String, List<ReplicationResult>> runs) {
    if (runs.size() < 2) {
      throw new IllegalArgumentException("a comparison needs at least two variants, got " + runs.keySet());
    }
    String baselineName = runs.keySet().iterator().next();
    List<ReplicationResult> baseline = runs.get(baselineName);
    List<String> services = ExperimentResult.serviceNames(baseline);
    runs.forEach((name, reps) -> checkPaired(baselineName, baseline, name, reps, services));

    Map<String, ExperimentResult> variants = new LinkedHashMap<>();
    runs.forEach((name, reps) -> variants.put(name, ExperimentResult.aggregate(info, reps)));
    Map<String, VariantDifference> differences = new LinkedHashMap<>();
    runs.forEach((name, reps) -> {
      if (!name.equals(baselineName)) {
        differences.put(name, difference(info.level(), name, reps, baselineName, baseline, services));
      }
    });
    return new ComparisonResult(info, baseline.size(), variants, differences);
  }

  /** The name of the first variant, which the differences are taken against. */
  public String baseline() {
    return variants.keySet().iterator().next();
  }

  private static void checkPaired(String baselineName, List<ReplicationResult> baseline, String name,
      List<ReplicationResult> reps, List<String> services) {
    if (reps.size() != baseline.size()) {
      throw new IllegalArgumentException("variant '" + name + "' has " + reps.size() + " replications, '"
          + baselineName + "' has " + baseline.size() + "; a paired comparison needs the same count");
    }
    for (int i = 0; i < reps.size(); i++) {
      if (reps.get(i).replication() != baseline.get(i).replication()) {
        throw new IllegalArgumentException("variant '" + name + "' position " + i + " is replication "
            + reps.get(i).replication() + ", baseline has " + baseline.get(i).replication());
      }
    }
    if (!ExperimentResult.serviceNames(reps).equals(services)) {
      throw new IllegalArgumentException("variant '" + name + "' has other services than '" + baselineName + "'");
    }
  }

  private static VariantDifference difference(double level, String name, List<ReplicationResult> reps,
      String baselineName, List<ReplicationResult> baseline, List<String> services) {
    Map<String, ServiceDifference> byService = new LinkedHashMap<>();
    for (String service : services) {
      byService.put(service,
          serviceDifference(new ServiceSamples(reps, service), new ServiceSamples(baseline, service), level));
    }
    Map<String, Difference> incidents = new LinkedHashMap<>();
    for (Incident kind : Incident.values()) {
      incidents.put(kind.key(), sampleDifference(ServiceSamples.incidentsPerYear(reps, kind),
          ServiceSamples.incidentsPerYear(baseline, kind), level));
    }
    Map<String, Difference> extra = new LinkedHashMap<>();
    var keys = ExperimentResult.extraKeys(reps);
    keys.addAll(ExperimentResult.extraKeys(baseline));
    for (String key : keys) {
      extra.put(key, sampleDifference(ServiceSamples.extra(reps, key), ServiceSamples.extra(baseline, key), level));
    }
    return new VariantDifference(name, baselineName, byService, incidents, extra);
  }

  private static ServiceDifference serviceDifference(ServiceSamples v, ServiceSamples b, double level) {
    Map<String, Difference> byCause = new LinkedHashMap<>();
    for (OutageCause c : OutageCause.values()) {
      byCause.put(c.key(), sampleDifference(v.causeMinPerYear[c.ordinal()], b.causeMinPerYear[c.ordinal()], level));
    }
    double[] vUpHours = ServiceSamples.hours(v.uptime);
    double[] bUpHours = ServiceSamples.hours(b.uptime);
    return new ServiceDifference(
        sampleDifference(v.availability, b.availability, level),
        sampleDifference(v.downtimeMinPerYear, b.downtimeMinPerYear, level),
        sampleDifference(v.outagesPerYear, b.outagesPerYear, level),
        new Difference(Differences.pairedRatio(v.downtime, v.outages, b.downtime, b.outages, level),
            Differences.unpairedRatio(v.downtime, v.outages, b.downtime, b.outages, level)),
        new Difference(Differences.pairedRatio(vUpHours, v.outages, bUpHours, b.outages, level),
            Differences.unpairedRatio(vUpHours, v.outages, bUpHours, b.outages, level)),
        byCause);
  }

  private static Difference sampleDifference(double[] v, double[] b, double level) {
    return new Difference(Differences.paired(v, b, level), Differences.welch(v, b, level));
  }
}
