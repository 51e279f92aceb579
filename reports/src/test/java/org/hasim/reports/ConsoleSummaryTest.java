package org.hasim.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.hasim.stats.Statistic;
import org.junit.jupiter.api.Test;

class ConsoleSummaryTest {

  @Test
  void availabilityShowsTwoSignificantDigitsOfTheUnavailability() {
    // unavailability 0.00488 % -> four decimals
    assertThat(ConsoleSummary.percentCell(new Statistic(0.9999512, 0.9999512, 0.9999512, 1), false))
        .isEqualTo("99.9951");
    assertThat(ConsoleSummary.percentCell(new Statistic(0.95, 0.94, 0.96, 30), false))
        .isEqualTo("95.0 [94.0, 96.0]");
    assertThat(ConsoleSummary.percentCell(new Statistic(1, 1, 1, 10), false)).isEqualTo("100.000");
    assertThat(ConsoleSummary.percentCell(Statistic.undefined(), false)).isEqualTo("n/a");
  }

  @Test
  void cellsShowTwoSignificantDigitsOfTheHalfWidth() {
    assertThat(ConsoleSummary.cell(new Statistic(12.3456, 9.3, 15.4, 10), false)).isEqualTo("12.3 [9.3, 15.4]");
    assertThat(ConsoleSummary.cell(new Statistic(240.4, 201.2, 279.6, 10), false)).isEqualTo("240 [201, 280]");
    assertThat(ConsoleSummary.cell(new Statistic(-3.21, -3.5, -2.92, 10), true)).isEqualTo("-3.21 [-3.50, -2.92]");
    assertThat(ConsoleSummary.cell(new Statistic(0, 0, 0, 10), false)).isEqualTo("0");
  }

  @Test
  void experimentTableHasHeadingServicesAndAlignedColumns() {
    String text = ConsoleSummary.render(Fixtures.experiment());
    assertThat(text).startsWith("Scenario paper-two-node\n10 replications, seed 20240601, 8760 h observed after "
        + "24 h warm-up, 95 % confidence intervals\n");
    String[] lines = text.split("\n");
    assertThat(lines[3]).startsWith("service").contains("availability %", "downtime min/yr", "outages/yr",
        "MTTR s");
    assertThat(lines[5]).startsWith("web ");
    assertThat(lines[6]).startsWith("db, primary").endsWith("n/a");
    assertThat(lines[5].indexOf("99.")).isEqualTo(lines[3].indexOf("availability"));
    assertThat(text).contains("incidents per year: false-failover");
  }

  @Test
  void comparisonShowsEachVariantAndThePairedDifference() {
    String text = ConsoleSummary.render(Fixtures.comparison());
    assertThat(text).contains("restart", "live-migration", "live-migration - restart");
    String diffLine = text.lines().filter(l -> l.contains("live-migration - restart")).findFirst().orElseThrow();
    assertThat(diffLine).contains("+0.00"); // availability rises
    assertThat(diffLine).containsPattern("  -\\d"); // downtime falls
  }
}
