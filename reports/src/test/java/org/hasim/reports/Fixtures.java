package org.hasim.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.cluster.OutageCause;
import org.hasim.migration.MigrationRecord;
import org.hasim.scenario.MigrationSpec;
import org.hasim.stats.ComparisonResult;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.OutageDurationBin;
import org.hasim.stats.ReplicationResult;
import org.hasim.stats.RunInfo;
import org.hasim.stats.ServiceOutcome;

/** Synthetic replication results: web fails now and then, db never does; live migration shortens outages. */
final class Fixtures {
  static final double YEAR = 365 * 86400.0;
  static final RunInfo INFO = new RunInfo("paper-two-node", 20240601L, YEAR, 86400, 0.95);

  private Fixtures() {}

  static List<ReplicationResult> run(double downtimeFactor, int replications) {
    SplittableRandom random = new SplittableRandom(99);
    List<ReplicationResult> reps = new ArrayList<>();
    for (int r = 0; r < replications; r++) {
      int outages = 1 + random.nextInt(5);
      double node = 0;
      for (int k = 0; k < outages; k++) {
        node += 60 + 600 * random.nextDouble();
      }
      double crash = 30 * random.nextDouble();
      double down = downtimeFactor * (node + crash);
      Map<OutageCause, Double> causes = Map.of(
          OutageCause.NODE_FAILURE, downtimeFactor * node, OutageCause.VM_CRASH, downtimeFactor * crash);
      reps.add(new ReplicationResult(r, YEAR,
          List.of(new ServiceOutcome("web", YEAR - down, down, outages, causes),
              new ServiceOutcome("db, primary", YEAR, 0, 0, Map.of())),
          Map.of(Incident.FALSE_FAILOVER, (long) random.nextInt(2)),
          Map.of("migrations.count", (double) outages, "probes.ping.lost", 20.0 * random.nextDouble(),
              "custom.thing", 1.0)));
    }
    return reps;
  }

  /** A live migration as the model records it: three push rounds, a 0.21 s pause, no pull. */
  static MigrationRecord migration() {
    return new MigrationRecord("x0", "node1", "node2", MigrationSpec.Algorithm.XEN_LEGACY,
        List.of(new MigrationRecord.Round(1, 1L << 30, 8.59, 5000, 1e9),
            new MigrationRecord.Round(2, 20_480_000, 0.164, 400, 1e9),
            new MigrationRecord.Round(3, 1_638_400, 0.0131, 30, 1e9)),
        3600.5, 8.977, 0.21, (1L << 30) + 22_118_400 + 122_880, 0, 0,
        Optional.of(MigrationRecord.StopReason.FEW_DIRTY), MigrationRecord.Outcome.COMMITTED,
        MigrationRecord.Fault.NONE);
  }

  /**
   * Replications whose first has a migration record, and whose extras count outages by duration class
   * (web: 2 of 10 s - 1 min and the rest 1 - 10 min in every replication).
   */
  static List<ReplicationResult> withMigrationAndDurations(double downtimeFactor, int replications) {
    List<ReplicationResult> out = new ArrayList<>();
    for (ReplicationResult r : run(downtimeFactor, replications)) {
      Map<String, Double> extra = new java.util.HashMap<>(r.extra());
      long outages = r.service("web").outages();
      extra.put(OutageDurationBin.UNDER_1MIN.extraKey("web"), 2.0);
      if (outages > 2) {
        extra.put(OutageDurationBin.UNDER_10MIN.extraKey("web"), outages - 2.0);
      }
      out.add(new ReplicationResult(r.replication(), r.observed(), r.services(), r.incidents(), extra,
          r.replication() == 0 ? Optional.of(migration()) : Optional.empty()));
    }
    return out;
  }

  static ComparisonResult comparisonWithMigration() {
    Map<String, List<ReplicationResult>> runs = new LinkedHashMap<>();
    runs.put("restart", run(1.0, 10));
    runs.put("live-migration", withMigrationAndDurations(0.25, 10));
    return ComparisonResult.compare(INFO, runs);
  }

  static ExperimentResult experiment() {
    return ExperimentResult.aggregate(INFO, run(1.0, 10));
  }

  static ComparisonResult comparison() {
    Map<String, List<ReplicationResult>> runs = new LinkedHashMap<>();
    runs.put("restart", run(1.0, 10));
    runs.put("live-migration", run(0.25, 10));
    return ComparisonResult.compare(INFO, runs);
  }
}
