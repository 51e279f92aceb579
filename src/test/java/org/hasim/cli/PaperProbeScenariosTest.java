package org.hasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The paper's probe scenarios run end to end with 5 replications: results.json carries each variant's
 * probe figures, probes.csv the time series of replication 0, and each file's header names what it
 * reproduces.
 */
class PaperProbeScenariosTest {
  @TempDir
  Path out;

  static Path root() {
    return Path.of(System.getProperty("hasim.root", ".."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ping-during-migration", "file-transfer-during-migration", "web-db-placement",
      "cpu-overhead", "consolidation"})
  void runsAndWritesProbeResultsAndSeries(String name) throws Exception {
    Path file = root().resolve("scenarios/paper/" + name + ".yaml");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith("# Reproduces the paper's").contains("# The paper reported: ");

    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = Main.execute(new String[] {"run", file.toString(), "--replications", "5", "--threads", "2",
        "--out", out.toString()}, new PrintWriter(stdout), new PrintWriter(stderr));
    assertThat(code).as(stderr.toString()).isZero();
    assertThat(stdout.toString()).contains("Probes (mean over replications");

    JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    JsonNode variants = json.get("variants");
    assertThat(variants.size()).isGreaterThanOrEqualTo(2);
    variants.fields().forEachRemaining(v -> assertThat(v.getValue().get("probes").size())
        .as(v.getKey()).isPositive());

    List<String> rows = Files.readAllLines(out.resolve("probes.csv"), StandardCharsets.UTF_8);
    assertThat(rows.get(0)).isEqualTo("variant,probe,replication,time_s,kind,value");
    assertThat(rows.size()).isGreaterThan(variants.size());
    List<String> seen = new ArrayList<>();
    rows.subList(1, rows.size()).forEach(r -> seen.add(r.split(",")[0]));
    variants.fieldNames().forEachRemaining(v -> assertThat(seen).contains(v));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ping-during-migration"})
  void thePingProbeReportsItsLostPackets(String name) throws Exception {
    Path file = root().resolve("scenarios/paper/" + name + ".yaml");
    int code = Main.execute(new String[] {"run", file.toString(), "--replications", "5", "--out", out.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    JsonNode probes = new ObjectMapper().readTree(out.resolve("results.json").toFile())
        .get("variants").get("live-migration").get("probes");
    List<String> keys = new ArrayList<>();
    probes.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).anyMatch(k -> k.contains("lost"));
    assertThat(probes.get("ping-x0.lost").get("mean").asDouble()).isBetween(16.0, 24.0);
    assertThat(probes.get("ping-x0.lost").fieldNames()).toIterable().containsExactly("mean", "ci_low", "ci_high", "n");
  }
}
