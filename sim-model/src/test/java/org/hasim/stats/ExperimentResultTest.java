package org.hasim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.cluster.OutageCause;
import org.junit.jupiter.api.Test;

class ExperimentResultTest {
  static final double YEAR = 365 * 86400.0;
  private static final double T1_975 = 12.706205;

  /** Two replications of one year each; web fails, db never does. */
  static List<ReplicationResult> twoYears() {
    ReplicationResult r0 = new ReplicationResult(0, YEAR,
        List.of(new ServiceOutcome("web", YEAR - 600, 600, 2, Map.of(OutageCause.NODE_FAILURE, 600.0)),
            new ServiceOutcome("db", YEAR, 0, 0, Map.of())),
        Map.of(Incident.FALSE_FAILOVER, 1L), Map.of("migrations.count", 4.0));
    ReplicationResult r1 = new ReplicationResult(1, YEAR,
        List.of(new ServiceOutcome("web", YEAR - 1800, 1800, 4,
                Map.of(OutageCause.NODE_FAILURE, 600.0, OutageCause.VM_CRASH, 1200.0)),
            new ServiceOutcome("db", YEAR, 0, 0, Map.of())),
        Map.of(Incident.FALSE_FAILOVER, 3L), Map.of());
    return List.of(r0, r1);
  }

  static RunInfo info() {
    return new RunInfo("two-node", 42, YEAR, 0, 0.95);
  }

  @Test
  void serviceMetricsByHand() {
    ExperimentResult e = ExperimentResult.aggregate(info(), twoYears());
    assertThat(e.replications()).isEqualTo(2);
    assertThat(e.services().keySet()).containsExactly("web", "db");
    ServiceMetrics web = e.services().get("web");

    assertThat(web.availability().mean()).isCloseTo(1 - 1200 / YEAR, within(1e-15));
    // downtime 10 and 30 min/yr: mean 20, s = sqrt(200), se = 10
    assertThat(web.downtimeMinPerYear().mean()).isCloseTo(20, within(1e-9));
    assertThat(web.downtimeMinPerYear().halfWidth()).isCloseTo(T1_975 * 10, within(1e-4));
    assertThat(web.outagesPerYear().mean()).isCloseTo(3, within(1e-12));
    assertThat(web.outagesPerYear().halfWidth()).isCloseTo(T1_975 * 1, within(1e-5));
    // MTTR = 2400 s / 6 outages; residuals -200, +200; se = sqrt(80000 / 2) / 3
    assertThat(web.mttrS().mean()).isCloseTo(400, within(1e-9));
    assertThat(web.mttrS().halfWidth()).isCloseTo(T1_975 * 200 / 3, within(1e-3));
    assertThat(web.mtbfH().mean()).isCloseTo((2 * YEAR - 2400) / 6 / 3600, within(1e-9));
    assertThat(web.downtimeByCause().keySet())
        .containsExactly(List.of(OutageCause.values()).stream().map(OutageCause::key).toArray(String[]::new));
    assertThat(web.downtimeByCause().get("node-failure")).isEqualTo(new Statistic(10, 10, 10, 2));
    assertThat(web.downtimeByCause().get("vm-crash").mean()).isCloseTo(10, within(1e-9));
    assertThat(web.downtimeByCause().get("migration-pause")).isEqualTo(new Statistic(0, 0, 0, 2));
  }

  @Test
  void aServiceThatNeverFailedHasUndefinedMttrAndMtbf() {
    ServiceMetrics db = ExperimentResult.aggregate(info(), twoYears()).services().get("db");
    assertThat(db.availability()).isEqualTo(new Statistic(1, 1, 1, 2));
    assertThat(db.mttrS().defined()).isFalse();
    assertThat(db.mtbfH().defined()).isFalse();
  }

  @Test
  void incidentsPerYearAndExtras() {
    ExperimentResult e = ExperimentResult.aggregate(info(), twoYears());
    assertThat(e.incidents().keySet()).hasSize(Incident.values().length).first().isEqualTo("false-failover");
    assertThat(e.incidents().get("false-failover").mean()).isCloseTo(2, within(1e-12));
    assertThat(e.incidents().get("split-brain")).isEqualTo(new Statistic(0, 0, 0, 2));
    assertThat(e.extra().get("migrations.count").mean()).isEqualTo(2.0); // 4 and a missing (zero)
    // the sum per replication, and the per-migration means as ratio estimators (zero: no downtime recorded)
    assertThat(e.extraGroup("migrations")).containsOnlyKeys("count", "mean_downtime_ms", "mean_total_time_s",
        "mean_rounds", "mean_bytes_sent");
    assertThat(e.extraGroup("probes")).isEmpty();
  }

  @Test
  void perYearFiguresScaleWithTheObservedTime() {
    double halfYear = YEAR / 2;
    ReplicationResult r = new ReplicationResult(0, halfYear,
        List.of(new ServiceOutcome("web", halfYear - 60, 60, 1, Map.of(OutageCause.VM_CRASH, 60.0))),
        Map.of(Incident.VM_LOST, 1L), Map.of());
    ExperimentResult e = ExperimentResult.aggregate(new RunInfo("s", 1, halfYear, 0, 0.95), List.of(r));
    assertThat(e.services().get("web").downtimeMinPerYear().mean()).isCloseTo(2, within(1e-12));
    assertThat(e.services().get("web").outagesPerYear().mean()).isCloseTo(2, within(1e-12));
    assertThat(e.incidents().get("vm-lost").mean()).isCloseTo(2, within(1e-12));
  }

  @Test
  void replicationsMustAgreeOnServices() {
    List<ReplicationResult> reps = List.of(twoYears().get(0), new ReplicationResult(1, YEAR,
        List.of(new ServiceOutcome("db", YEAR, 0, 0, Map.of())), Map.of(), Map.of()));
    assertThatThrownBy(() -> ExperimentResult.aggregate(info(), reps)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExperimentResult.aggregate(info(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
