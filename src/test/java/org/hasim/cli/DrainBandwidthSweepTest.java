package org.hasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: sweeping the shared network's bandwidth of the four-node drain scenario from 100 Mbit/s to
 * 10 Gbit/s, maintenance downtime (the maintenance-restart and migration-pause causes) never rises beyond
 * its confidence interval from one bandwidth to the next, and is clearly lower at 10 Gbit/s than at
 * 100 Mbit/s (where the eight concurrent pre-copies cannot finish before the timeout and fall back to
 * restarts).
 */
class DrainBandwidthSweepTest {
  private static final List<String> CAUSES = List.of("maintenance-restart", "migration-pause");

  @Test
  void maintenanceDowntimeFallsWithBandwidth(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("bw");
    StringWriter err = new StringWriter();
    int code = Main.execute(new String[] {"sweep",
        SweepCommandTest.ROOT.resolve("scenarios/whatif/four-node-drain.yaml").toString(),
        "--variant", "shared-network",
        "--param", "cluster.networks[0].bandwidth=100Mbit/s,250Mbit/s,500Mbit/s,1Gbit/s,2.5Gbit/s,10Gbit/s",
        "--replications", "8", "--horizon", "90d", "--out", dir.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();

    JsonNode points = new ObjectMapper().readTree(dir.resolve("results.json").toFile()).get("points");
    assertThat(points).hasSize(6);
    for (String service : List.of("svc1", "svc4", "svc8")) {
      double[] low = new double[6];
      double[] mean = new double[6];
      double[] high = new double[6];
      for (int i = 0; i < 6; i++) {
        JsonNode byCause = points.get(i).get("services").get(service).get("downtime_by_cause");
        for (String cause : CAUSES) {
          low[i] += byCause.get(cause).get("ci_low").asDouble();
          mean[i] += byCause.get(cause).get("mean").asDouble();
          high[i] += byCause.get(cause).get("ci_high").asDouble();
        }
      }
      for (int i = 1; i < 6; i++) {
        assertThat(low[i]).as("%s: maintenance downtime at point %d rises beyond the CI of point %d", service, i,
            i - 1).isLessThanOrEqualTo(high[i - 1]);
        assertThat(mean[i]).as("%s mean at point %d", service, i).isLessThanOrEqualTo(high[i - 1]);
      }
      assertThat(high[5]).as(service + ": 10 Gbit/s vs 100 Mbit/s").isLessThan(low[0]);
    }
  }
}
