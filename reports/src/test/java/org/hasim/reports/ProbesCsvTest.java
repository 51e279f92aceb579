package org.hasim.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.probe.ProbeSample;
import org.hasim.stats.ComparisonResult;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.ReplicationResult;
import org.hasim.stats.ServiceOutcome;
import org.junit.jupiter.api.Test;

class ProbesCsvTest {
  private static ReplicationResult rep(int r, List<ProbeSample> series) {
    return new ReplicationResult(r, Fixtures.YEAR, List.of(new ServiceOutcome("web", Fixtures.YEAR, 0, 0, Map.of())),
        Map.of(Incident.FALSE_FAILOVER, 0L), Map.of("probes.ping.lost", 1.0), series);
  }

  @Test
  void oneRowPerSampleOfReplicationZeroByProbeThenTime() {
    List<ProbeSample> series = List.of(
        new ProbeSample("ping", 10.01, "rtt", 0.25),
        new ProbeSample("web,1", 3, "failed", 1),
        new ProbeSample("ping", 10.0, "lost", 1));
    ExperimentResult result = ExperimentResult.aggregate(Fixtures.INFO,
        List.of(rep(0, series), rep(1, List.of())));

    assertThat(new String(ProbesCsv.toBytes(result), StandardCharsets.UTF_8)).isEqualTo("""
        variant,probe,replication,time_s,kind,value
        ,ping,0,10,lost,1
        ,ping,0,10.01,rtt,0.25
        ,"web,1",0,3,failed,1
        """);
  }

  @Test
  void aComparisonNamesTheVariant() {
    Map<String, List<ReplicationResult>> runs = new LinkedHashMap<>();
    runs.put("live", List.of(rep(0, List.of(new ProbeSample("ping", 1, "rtt", 0.2))), rep(1, List.of())));
    runs.put("restart", List.of(rep(0, List.of(new ProbeSample("ping", 1, "lost", 1))), rep(1, List.of())));
    ComparisonResult c = ComparisonResult.compare(Fixtures.INFO, runs);

    assertThat(new String(ProbesCsv.toBytes(c), StandardCharsets.UTF_8)).isEqualTo("""
        variant,probe,replication,time_s,kind,value
        live,ping,0,1,rtt,0.2
        restart,ping,0,1,lost,1
        """);
    assertThat(ConsoleSummary.render(c)).contains("Probes (mean over replications")
        .containsPattern("ping\\s+lost\\s+1.00\\s+1.00");
  }
}
