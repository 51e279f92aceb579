package org.hasim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hasim.cluster.OutageCause.MAINTENANCE_RESTART;
import static org.hasim.cluster.OutageCause.MIGRATION_PAUSE;
import static org.hasim.cluster.OutageCause.NODE_FAILURE;
import static org.hasim.cluster.OutageCause.VM_CRASH;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.cluster.OutageCause;
import org.hasim.migration.MigrationRecord;
import org.hasim.scenario.MigrationSpec;
import org.junit.jupiter.api.Test;

/** Hand-computed traces over the window [100, 1100] (warm-up 100 s, horizon 1000 s). */
class MetricsCollectorTest {

  private static MetricsCollector collector() {
    return new MetricsCollector(List.of("web", "db"), 100, 1000);
  }

  @Test
  void clipsToTheWindowAndSplitsDowntimeByCause() {
    MetricsCollector c = collector();
    c.serviceDown("web", NODE_FAILURE, 50);     // in progress at the window start: 50 s clipped, no outage
    c.serviceUp("web", 150);
    c.serviceDown("web", VM_CRASH, 300);        // outage 1
    c.serviceDown("web", NODE_FAILURE, 320);    // same outage, the cause changes: 20 s VM crash
    c.serviceUp("web", 400);                    // 80 s node failure
    c.serviceDown("web", MAINTENANCE_RESTART, 1050); // outage 2, 50 s inside the window
    c.finish(1200);
    ReplicationResult r = c.result(7);

    assertThat(r.replication()).isEqualTo(7);
    assertThat(r.observed()).isEqualTo(1000.0);
    assertThat(r.services()).extracting(ServiceOutcome::name).containsExactly("web", "db");
    ServiceOutcome web = r.service("web");
    assertThat(web.downtime()).isEqualTo(200.0);
    assertThat(web.uptime()).isEqualTo(800.0);
    assertThat(web.outages()).isEqualTo(2);
    assertThat(web.downtime(NODE_FAILURE)).isEqualTo(130.0);
    assertThat(web.downtime(VM_CRASH)).isEqualTo(20.0);
    assertThat(web.downtime(MAINTENANCE_RESTART)).isEqualTo(50.0);
    assertThat(web.downtimeByCause()).hasSize(OutageCause.values().length);
    assertThat(web.downtime(MIGRATION_PAUSE)).isZero();
    ServiceOutcome db = r.service("db");
    assertThat(db.uptime()).isEqualTo(1000.0);
    assertThat(db.downtime()).isZero();
    assertThat(db.outages()).isZero();
  }

  @Test
  void outageStartsAtTheWindowEdgesAndRepeatedCalls() {
    MetricsCollector c = collector();
    c.serviceDown("web", MIGRATION_PAUSE, 100);  // starts exactly at the window start: counts
    c.serviceDown("web", MIGRATION_PAUSE, 100.5); // same cause again: still the same outage
    c.serviceUp("web", 100.75);
    c.serviceUp("web", 200);                      // already up: nothing changes
    c.serviceDown("db", VM_CRASH, 99.0);          // before the window: no outage, 1 s clipped downtime
    c.serviceUp("db", 101.0);
    c.serviceDown("db", VM_CRASH, 1100);          // at the window end: outside
    ReplicationResult r = c.result(0);            // no finish(): closes at the window end
    assertThat(r.service("web").outages()).isEqualTo(1);
    assertThat(r.service("web").downtime()).isEqualTo(0.75);
    assertThat(r.service("db").outages()).isZero();
    assertThat(r.service("db").downtime()).isEqualTo(1.0);
    assertThat(r.service("db").uptime()).isEqualTo(999.0);
  }

  @Test
  void anOutageThatCoversTheWholeWindowIsAllDowntimeButNoOutage() {
    MetricsCollector c = collector();
    c.serviceDown("web", NODE_FAILURE, 10);
    c.serviceUp("web", 5000);
    ReplicationResult r = c.result(0);
    assertThat(r.service("web").downtime()).isEqualTo(1000.0);
    assertThat(r.service("web").outages()).isZero();
  }

  @Test
  void countsIncidentsInsideTheWindowOnly() {
    MetricsCollector c = collector();
    c.incident(Incident.FALSE_FAILOVER, "node-1", 99.9);
    c.incident(Incident.FALSE_FAILOVER, "node-1", 100);
    c.incident(Incident.FALSE_FAILOVER, "node-2", 1099);
    c.incident(Incident.SPLIT_BRAIN, "cluster", 500);
    c.incident(Incident.SPLIT_BRAIN, "cluster", 1100);
    ReplicationResult r = c.result(0);
    assertThat(r.incidents().get(Incident.FALSE_FAILOVER)).isEqualTo(2);
    assertThat(r.incidents().get(Incident.SPLIT_BRAIN)).isEqualTo(1);
    assertThat(r.incidents().get(Incident.VM_LOST)).isZero();
    assertThat(r.incidents()).hasSize(Incident.values().length);
  }

  @Test
  void finishEarlyShortensTheObservationAndIgnoresLaterCalls() {
    MetricsCollector c = collector();
    c.serviceDown("web", VM_CRASH, 500);
    c.finish(600);
    c.serviceUp("web", 700);
    c.incident(Incident.VM_LOST, "vm", 650);
    ReplicationResult r = c.result(0);
    assertThat(r.observed()).isEqualTo(500.0);
    assertThat(r.service("web").uptime()).isEqualTo(400.0);
    assertThat(r.service("web").downtime()).isEqualTo(100.0);
    assertThat(r.incidents().get(Incident.VM_LOST)).isZero();
  }

  @Test
  void unknownServicesAreAddedAfterTheScenarioOnesAndExtrasAccumulate() {
    MetricsCollector c = collector();
    c.serviceDown("cache", VM_CRASH, 200);
    c.addExtra("migrations.count", 1);
    c.addExtra("migrations.count", 2);
    c.addExtra("probes.ping.lost", 20);
    ReplicationResult r = c.result(0);
    assertThat(r.services()).extracting(ServiceOutcome::name).containsExactly("web", "db", "cache");
    assertThat(r.service("cache").downtime()).isEqualTo(900.0);
    assertThat(r.extra()).containsEntry("migrations.count", 3.0).containsEntry("probes.ping.lost", 20.0);
  }

  @Test
  void outageDurationsAreCountedInFixedBinsThatAddUpToTheOutages() {
    MetricsCollector c = collector();
    c.serviceDown("web", NODE_FAILURE, 50);      // started in the warm-up: not an outage, not binned
    c.serviceUp("web", 150);
    c.serviceDown("web", MIGRATION_PAUSE, 200);  // 0.05 s
    c.serviceUp("web", 200.05);
    c.serviceDown("web", VM_CRASH, 300);         // exactly 60 s: bins are [lower, upper), so 1 - 10 min
    c.serviceDown("web", NODE_FAILURE, 330);     // the cause changes, the outage goes on
    c.serviceUp("web", 360);
    c.serviceDown("web", VM_CRASH, 400);         // 30 s
    c.serviceUp("web", 430);
    c.serviceDown("web", VM_CRASH, 500);         // 30 s more in the same bin
    c.serviceUp("web", 530);
    c.serviceDown("web", NODE_FAILURE, 1000);    // still down when the window closes
    c.serviceDown("db", VM_CRASH, 600);          // 2 h: 1 - 6 h, longer than the window is fine
    c.serviceUp("db", 600 + 7200);
    ReplicationResult r = c.result(0);

    assertThat(r.extra()).containsEntry("outages.web.under_100ms", 1.0)
        .containsEntry("outages.web.under_10min", 1.0)
        .containsEntry("outages.web.under_1min", 2.0)
        .containsEntry("outages.web.ongoing", 1.0)
        .containsEntry("outages.db.under_6h", 1.0);
    assertThat(r.extra().keySet().stream().filter(k -> k.startsWith("outages."))).hasSize(5); // zero bins omitted
    assertThat(r.service("web").outages()).isEqualTo(5);
    assertThat(r.service("db").outages()).isEqualTo(1);
  }

  @Test
  void manyServicesRecordTheirOutageDurationsSummed() {
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i <= OutageDurationBin.PER_SERVICE_LIMIT; i++) {
      names.add("s" + i);
    }
    MetricsCollector c = new MetricsCollector(names, 0, 1000);
    c.serviceDown("s0", VM_CRASH, 10);
    c.serviceUp("s0", 15);                       // 5 s
    c.serviceDown("s7", VM_CRASH, 10);
    c.serviceUp("s7", 12);                       // 2 s
    c.serviceDown("s9", NODE_FAILURE, 990);      // still down
    ReplicationResult r = c.result(0);
    assertThat(r.extra().entrySet().stream().filter(e -> e.getKey().startsWith("outages.")))
        .containsExactlyInAnyOrder(java.util.Map.entry("outages.*.under_10s", 2.0),
            java.util.Map.entry("outages.*.ongoing", 1.0));
  }

  @Test
  void keepsTheFirstMigrationToFinishThatStartedInTheWindow() {
    MetricsCollector c = collector();
    c.migrationFinished(migration("before", 50));  // started in the warm-up
    c.migrationFinished(migration("first", 300));
    c.migrationFinished(migration("second", 200)); // finished later, even though it started earlier
    ReplicationResult r = c.result(0);
    assertThat(r.firstMigration()).map(MigrationRecord::vm).contains("first");
    assertThat(r.extra()).containsEntry("migrations.count", 2.0);
    assertThat(collector().result(0).firstMigration()).isEmpty();
  }

  private static MigrationRecord migration(String vm, double start) {
    return new MigrationRecord(vm, "node1", "node2", MigrationSpec.Algorithm.XEN_LEGACY,
        List.of(new MigrationRecord.Round(1, 1000, 1.0, 0, 8000)), start, 1.2, 0.2, 1100, 0, 0,
        Optional.of(MigrationRecord.StopReason.FEW_DIRTY), MigrationRecord.Outcome.COMMITTED,
        MigrationRecord.Fault.NONE);
  }

  @Test
  void rejectsTimeGoingBackwardsAndBadWindows() {
    MetricsCollector c = collector();
    c.serviceDown("web", VM_CRASH, 500);
    assertThatThrownBy(() -> c.serviceUp("web", 400)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MetricsCollector(List.of(), 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MetricsCollector(List.of(), -1, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void callbacksAllocateNothingOnceKeysAreKnown() {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    MetricsCollector c = new MetricsCollector(List.of("web", "db"), 0, 1e12);
    double t = 0;
    t = drive(c, t, 20_000); // first sight of every key, and JIT warm-up
    long before = threads.getThreadAllocatedBytes(thread);
    drive(c, t, 200_000);
    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    // 800,000 callbacks; a single allocation per callback would be several megabytes
    assertThat(allocated).isLessThan(64 * 1024);
  }

  private static double drive(MetricsCollector c, double t, int rounds) {
    for (int i = 0; i < rounds; i++) {
      c.serviceDown("web", i % 2 == 0 ? VM_CRASH : NODE_FAILURE, t += 1);
      c.serviceUp("web", t += 1);
      c.incident(Incident.HEARTBEAT_WARNING, "node-1", t);
      c.addExtra("migrations.count", 1);
    }
    return t;
  }
}
