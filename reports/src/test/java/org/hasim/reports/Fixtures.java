package org.hasim.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.cluster.OutageCause;
import org.hasim.stats.ComparisonResult;
import org.hasim.stats.ExperimentResult;
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
