package org.hasim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hasim.cluster.OutageCause;
import org.junit.jupiter.api.Test;

class ComparisonResultTest {
  private static final double YEAR = ExperimentResultTest.YEAR;

  /**
   * Common random numbers: replication i of both variants sees the same number of node failures and the same
   * repair times; "restart" is down for the whole repair, "live" for 80 % of it plus a little noise.
   */
  private static Map<String, List<ReplicationResult>> restartVersusLive(int replications) {
    SplittableRandom random = new SplittableRandom(2024);
    List<ReplicationResult> restart = new ArrayList<>();
    List<ReplicationResult> live = new ArrayList<>();
    for (int r = 0; r < replications; r++) {
      int failures = 1 + random.nextInt(8);
      double repair = 0;
      for (int k = 0; k < failures; k++) {
        repair += 100 + 400 * random.nextDouble();
      }
      double liveDown = 0.8 * repair + 5 * random.nextDouble();
      restart.add(year(r, repair, failures));
      live.add(year(r, liveDown, failures));
    }
    Map<String, List<ReplicationResult>> runs = new LinkedHashMap<>();
    runs.put("restart", restart);
    runs.put("live", live);
    return runs;
  }

  private static ReplicationResult year(int r, double down, int outages) {
    return new ReplicationResult(r, YEAR,
        List.of(new ServiceOutcome("web", YEAR - down, down, outages, Map.of(OutageCause.NODE_FAILURE, down))),
        Map.of(), Map.of());
  }

  @Test
  void differencesArePairedByReplicationAndNarrowerThanWelch() {
    ComparisonResult c = ComparisonResult.compare(ExperimentResultTest.info(), restartVersusLive(30));
    assertThat(c.baseline()).isEqualTo("restart");
    assertThat(c.variants().keySet()).containsExactly("restart", "live");
    assertThat(c.differences().keySet()).containsExactly("live");
    assertThat(c.replications()).isEqualTo(30);

    ServiceDifference web = c.differences().get("live").services().get("web");
    double restartMean = c.variants().get("restart").services().get("web").downtimeMinPerYear().mean();
    double liveMean = c.variants().get("live").services().get("web").downtimeMinPerYear().mean();
    Difference downtime = web.downtimeMinPerYear();
    assertThat(downtime.paired().mean()).isCloseTo(liveMean - restartMean, within(1e-9));
    assertThat(downtime.unpaired().mean()).isCloseTo(liveMean - restartMean, within(1e-9));
    assertThat(downtime.paired().n()).isEqualTo(30);
    assertThat(downtime.paired().halfWidth()).isLessThan(downtime.unpaired().halfWidth() / 2);

    Difference mttr = web.mttrS();
    double restartMttr = c.variants().get("restart").services().get("web").mttrS().mean();
    double liveMttr = c.variants().get("live").services().get("web").mttrS().mean();
    assertThat(mttr.paired().mean()).isCloseTo(liveMttr - restartMttr, within(1e-9));
    assertThat(mttr.paired().halfWidth()).isLessThan(mttr.unpaired().halfWidth());
    // same failures in both variants: the outage count difference is exactly zero
    assertThat(web.outagesPerYear().paired()).isEqualTo(new Statistic(0, 0, 0, 30));
    assertThat(web.downtimeByCause()).hasSize(OutageCause.values().length);
  }

  @Test
  void pairedDifferenceEqualsTheStatisticOfPerReplicationDifferences() {
    Map<String, List<ReplicationResult>> runs = restartVersusLive(12);
    ComparisonResult c = ComparisonResult.compare(ExperimentResultTest.info(), runs);
    double[] d = new double[12];
    for (int i = 0; i < 12; i++) {
      d[i] = (runs.get("live").get(i).service("web").downtime() - runs.get("restart").get(i).service("web").downtime())
          / 60 / (YEAR / (365 * 86400.0));
    }
    Statistic expected = Statistic.of(d);
    Statistic paired = c.differences().get("live").services().get("web").downtimeMinPerYear().paired();
    assertThat(paired.mean()).isCloseTo(expected.mean(), within(1e-9));
    assertThat(paired.ciLow()).isCloseTo(expected.ciLow(), within(1e-9));
  }

  @Test
  void refusesUnpairedInputs() {
    Map<String, List<ReplicationResult>> runs = restartVersusLive(5);
    runs.put("live", runs.get("live").subList(0, 4));
    assertThatThrownBy(() -> ComparisonResult.compare(ExperimentResultTest.info(), runs))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same count");
    Map<String, List<ReplicationResult>> one = new LinkedHashMap<>();
    one.put("restart", restartVersusLive(3).get("restart"));
    assertThatThrownBy(() -> ComparisonResult.compare(ExperimentResultTest.info(), one))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
