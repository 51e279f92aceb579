package org.hasim.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hasim.cluster.OutageCause;
import org.hasim.reports.charts.IntervalData;
import org.hasim.reports.charts.StackedData;
import org.hasim.stats.ComparisonResult;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.OutageDurationBin;
import org.hasim.stats.ReplicationResult;
import org.hasim.stats.ServiceOutcome;
import org.junit.jupiter.api.Test;

class ReportChartsTest {
  private static final double YEAR = Fixtures.YEAR;

  @Test
  void chartInputsAreTheResultsNumbers() {
    ComparisonResult c = Fixtures.comparisonWithMigration();
    ReportResults results = ReportResults.of(c);
    IntervalData availability = ReportCharts.availability(results, List.of("web", "db, primary"));
    assertThat(availability.series()).extracting(IntervalData.Series::name)
        .containsExactly("restart", "live-migration");
    assertThat(availability.series().get(1).values().get(0).mean())
        .isCloseTo(c.variants().get("live-migration").services().get("web").availability().mean() * 100,
            within(1e-9));
    assertThat(availability.valueLabel()).isEqualTo("availability (%)");

    StackedData causes = ReportCharts.downtimeByCause(results, List.of("web", "db, primary"));
    assertThat(causes.categories()).containsExactly("web · restart", "web · live-migration",
        "db, primary · restart", "db, primary · live-migration");
    assertThat(causes.layers()).extracting(StackedData.Layer::name).containsExactly("node failure", "vm crash");

    // the fixture: every live-migration replication has 2 web outages of 10 s - 1 min; a year observed each
    StackedData durations = ReportCharts.outageDurations(results);
    assertThat(durations.layers()).extracting(StackedData.Layer::name).containsExactly("web · live-migration");
    int bin = durations.categories().indexOf(OutageDurationBin.UNDER_1MIN.label());
    assertThat(durations.layers().get(0).values().get(bin)).isEqualTo(2.0);
    assertThat(durations.categories()).doesNotContain(OutageDurationBin.ONGOING.label());
  }

  @Test
  void manyServicesShowTheLeastAvailableAndSumTheDurations() {
    // 15 services; service k is down k hours a year in one outage of k hours
    List<ReplicationResult> reps = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      List<ServiceOutcome> services = new ArrayList<>();
      Map<String, Double> extra = new HashMap<>();
      for (int k = 0; k < 15; k++) {
        double down = k * 3600.0;
        services.add(new ServiceOutcome("s" + k, YEAR - down, down, k == 0 ? 0 : 1,
            Map.of(OutageCause.NODE_FAILURE, down)));
        if (k > 0) {
          extra.put(OutageDurationBin.of(down).extraKey("s" + k), 1.0);
        }
      }
      reps.add(new ReplicationResult(r, YEAR, services, Map.of(), extra));
    }
    ExperimentResult result = ExperimentResult.aggregate(Fixtures.INFO, reps);
    Map<String, List<ReplicationResult>> runs = new LinkedHashMap<>();
    runs.put("a", reps);
    runs.put("b", reps);
    ReportResults results = ReportResults.of(ComparisonResult.compare(Fixtures.INFO, runs));
    List<String> shown = ReportCharts.chartedServices(results);
    assertThat(shown).hasSize(ReportCharts.MAX_SERVICES).containsExactly("s3", "s4", "s5", "s6", "s7", "s8", "s9",
        "s10", "s11", "s12", "s13", "s14");
    StackedData durations = ReportCharts.outageDurations(results);
    assertThat(durations.layers()).extracting(StackedData.Layer::name)
        .containsExactly("all services · a", "all services · b");
    // s1 (1 h) is in 1 - 6 h with s2..s5; s6..s14 are in 6 h - 1 d
    List<Double> a = durations.layers().get(0).values();
    assertThat(a.get(durations.categories().indexOf(OutageDurationBin.UNDER_6H.label()))).isEqualTo(5.0);
    assertThat(a.get(durations.categories().indexOf(OutageDurationBin.UNDER_1D.label()))).isEqualTo(9.0);
    assertThat(ReportCharts.chartedServices(ReportResults.of(result))).hasSize(12);
  }
}
