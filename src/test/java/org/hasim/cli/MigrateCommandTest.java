package org.hasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.hasim.migration.MigrationCalculator;
import org.hasim.migration.MigrationRecord;
import org.hasim.scenario.DirtyModel;
import org.hasim.scenario.MigrationSpec.Algorithm;
import org.junit.jupiter.api.Test;

class MigrateCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void jsonOutputParsesAndMatchesTheCalculator() throws Exception {
    int code = run("migrate", "--memory", "1GiB", "--dirty-rate", "10MiB/s", "--bandwidth", "100Mbit/s",
        "--algorithm", "xen-legacy", "--resume", "0ms", "--json");
    assertThat(code).as(err.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("rounds", "total_time_s", "downtime_ms", "bytes_sent", "stop_reason");

    MigrationRecord r = MigrationCalculator.run(1L << 30, new DirtyModel.Constant(10.0 * (1 << 20)), 100e6,
        MigrationCalculator.defaults(Algorithm.XEN_LEGACY, 3), 0.0, 0.0);
    assertThat(json.get("rounds")).hasSize(r.rounds().size());
    for (int i = 0; i < r.rounds().size(); i++) {
      JsonNode round = json.get("rounds").get(i);
      assertThat(round.get("index").asInt()).isEqualTo(i + 1);
      assertThat(round.get("bytes").asLong()).isEqualTo(r.rounds().get(i).bytes());
      assertThat(round.get("duration_s").asDouble()).isEqualTo(r.rounds().get(i).duration());
      assertThat(round.get("pages_dirtied").asLong()).isEqualTo(r.rounds().get(i).pagesDirtied());
    }
    assertThat(json.get("total_time_s").asDouble()).isEqualTo(r.totalTime());
    assertThat(json.get("downtime_ms").asDouble()).isEqualTo(r.downtime() * 1000);
    assertThat(json.get("bytes_sent").asLong()).isEqualTo(r.bytesSent());
    // DESIGN §8, 10 MiB/s row: the 3 x rule fires, 311.6 s.
    assertThat(json.get("stop_reason").asText()).isEqualTo("sent_limit");
    assertThat(json.get("total_time_s").asDouble()).isBetween(311.6 * 0.99, 311.6 * 1.01);
  }

  @Test
  void workingSetOptionsAndTheTable() {
    int code = run("migrate", "--memory", "512MiB", "--hot", "64MiB", "--hot-period", "1s", "--cold-rate",
        "1MiB/s", "--bandwidth", "1Gbit/s", "--algorithm", "hybrid", "--push-rounds", "2");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("round", "MiB sent", "pages dirtied", "total time", "downtime",
        "stop reason    push_rounds_done", "pulled");
    assertThat(out.toString().lines().filter(l -> l.matches("^[12] .*"))).hasSize(2);
  }

  @Test
  void aNumberWithoutUnitIsBadInput() {
    int code = run("migrate", "--memory", "1024", "--dirty-rate", "1MiB/s", "--bandwidth", "1Gbit/s");
    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString()).contains("--memory", "'1024' has no unit").doesNotContain("Exception");
  }

  @Test
  void unknownAlgorithmAndMisspeltUnitsGetHints() {
    assertThat(run("migrate", "--memory", "1GiB", "--dirty-rate", "1mib/s", "--bandwidth", "1Gbit/s"))
        .isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString()).containsIgnoringCase("did you mean 'MiB/s'");
    assertThat(run("migrate", "--memory", "1GiB", "--dirty-rate", "1MiB/s", "--bandwidth", "1Gbit/s",
        "--algorithm", "xen3")).isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString()).contains("xen-legacy, xen-v2, xen-2005, qemu, post-copy, hybrid");
  }
}
