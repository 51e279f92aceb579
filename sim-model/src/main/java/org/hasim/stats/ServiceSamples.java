package org.hasim.stats;

import java.util.List;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.cluster.OutageCause;

/** Per-replication values of one service (index = position in the replication list). */
final class ServiceSamples {
  final double[] uptime;
  final double[] downtime;
  final double[] outages;
  final double[] availability;
  final double[] downtimeMinPerYear;
  final double[] outagesPerYear;
  final double[][] causeMinPerYear;

  ServiceSamples(List<ReplicationResult> reps, String service) {
    this(reps, service, -1);
  }

  /**
   * The samples of {@code service}, expected at {@code position} in each replication's list (where the
   * scenario order puts it), so that aggregating n services costs O(n), not a search per service.
   */
  ServiceSamples(List<ReplicationResult> reps, String service, int position) {
    int n = reps.size();
    uptime = new double[n];
    downtime = new double[n];
    outages = new double[n];
    availability = new double[n];
    downtimeMinPerYear = new double[n];
    outagesPerYear = new double[n];
    OutageCause[] causes = OutageCause.values();
    causeMinPerYear = new double[causes.length][n];
    for (int i = 0; i < n; i++) {
      ServiceOutcome s = outcome(reps.get(i), service, position);
      // the replication's window, not the service's up + down sum: the sum carries rounding noise that
      // differs between variants and would turn an exactly equal count into a ±1e-15 "difference"
      double observed = reps.get(i).observed() > 0 ? reps.get(i).observed() : s.observed();
      if (!(observed > 0)) {
        throw new IllegalArgumentException("replication " + reps.get(i).replication() + " observed no time");
      }
      double perYear = Units.YEAR / observed;
      uptime[i] = s.uptime();
      downtime[i] = s.downtime();
      outages[i] = s.outages();
      availability[i] = s.uptime() / observed;
      downtimeMinPerYear[i] = s.downtime() * perYear / Units.MINUTE;
      outagesPerYear[i] = s.outages() * perYear;
      for (OutageCause c : causes) {
        causeMinPerYear[c.ordinal()][i] = s.downtime(c) * perYear / Units.MINUTE;
      }
    }
  }

  private static ServiceOutcome outcome(ReplicationResult r, String service, int position) {
    List<ServiceOutcome> all = r.services();
    if (position >= 0 && position < all.size() && all.get(position).name().equals(service)) {
      return all.get(position);
    }
    return r.service(service);
  }

  /** Incidents of {@code kind} per year, per replication. */
  static double[] incidentsPerYear(List<ReplicationResult> reps, Incident kind) {
    double[] v = new double[reps.size()];
    for (int i = 0; i < v.length; i++) {
      ReplicationResult r = reps.get(i);
      if (!(r.observed() > 0)) {
        throw new IllegalArgumentException("replication " + r.replication() + " observed no time");
      }
      v[i] = r.incidents().get(kind) * Units.YEAR / r.observed();
    }
    return v;
  }

  /** Extra metric {@code key} per replication (zero where a replication did not record it). */
  static double[] extra(List<ReplicationResult> reps, String key) {
    double[] v = new double[reps.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = reps.get(i).extra().getOrDefault(key, 0.0);
    }
    return v;
  }

  /** Seconds → hours for MTBF. */
  static double[] hours(double[] seconds) {
    double[] h = new double[seconds.length];
    for (int i = 0; i < h.length; i++) {
      h[i] = seconds[i] / Units.HOUR;
    }
    return h;
  }
}
