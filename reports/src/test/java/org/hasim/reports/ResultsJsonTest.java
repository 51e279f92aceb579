package org.hasim.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.hasim.stats.ComparisonResult;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.ServiceMetrics;
import org.hasim.stats.Statistic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void topLevelFollowsTheContract() throws IOException {
    JsonNode json = MAPPER.readTree(ResultsJson.toBytes(Fixtures.experiment()));
    assertThat(fieldNames(json)).containsExactly("scenario", "seed", "replications", "horizon_hours",
        "warmup_hours", "services", "migrations", "incidents", "probes", "extra");
    assertThat(json.get("scenario").asText()).isEqualTo("paper-two-node");
    assertThat(json.get("seed").asLong()).isEqualTo(20240601L);
    assertThat(json.get("replications").asInt()).isEqualTo(10);
    assertThat(json.get("horizon_hours").asDouble()).isEqualTo(8760.0);
    assertThat(json.get("warmup_hours").asDouble()).isEqualTo(24.0);
    JsonNode web = json.get("services").get("web");
    assertThat(fieldNames(web)).containsExactly("availability", "downtime_min_per_year", "outages_per_year",
        "mttr_s", "mtbf_h", "downtime_by_cause");
    assertThat(fieldNames(web.get("availability"))).containsExactly("mean", "ci_low", "ci_high", "n");
    assertThat(fieldNames(json.get("migrations"))).containsExactly("count", "mean_bytes_sent", "mean_downtime_ms",
        "mean_rounds", "mean_total_time_s");
    assertThat(fieldNames(json.get("probes"))).containsExactly("ping.lost");
    assertThat(fieldNames(json.get("extra"))).containsExactly("custom.thing");
    assertThat(fieldNames(json.get("incidents"))).contains("false-failover", "split-brain");
  }

  @Test
  void everyStatisticMatchesTheResultInMemory() throws IOException {
    ExperimentResult result = Fixtures.experiment();
    JsonNode json = MAPPER.readTree(ResultsJson.toBytes(result));
    result.services().forEach((name, m) -> {
      JsonNode node = json.get("services").get(name);
      m.scalars().forEach((metric, s) -> assertStatistic(node.get(metric), s));
      m.downtimeByCause().forEach((cause, s) -> assertStatistic(node.get("downtime_by_cause").get(cause), s));
    });
    result.incidents().forEach((kind, s) -> assertStatistic(json.get("incidents").get(kind), s));
    assertStatistic(json.get("migrations").get("count"), result.extra().get("migrations.count"));
  }

  @Test
  void aMetricWithoutValueIsNullWithNZero() throws IOException {
    JsonNode mttr = MAPPER.readTree(ResultsJson.toBytes(Fixtures.experiment()))
        .get("services").get("db, primary").get(ServiceMetrics.MTTR_S);
    assertThat(mttr.get("mean").isNull()).isTrue();
    assertThat(mttr.get("ci_low").isNull()).isTrue();
    assertThat(mttr.get("ci_high").isNull()).isTrue();
    assertThat(mttr.get("n").asInt()).isZero();
  }

  @Test
  void comparisonAddsVariantsAndPairedDifferences() throws IOException {
    ComparisonResult c = Fixtures.comparison();
    JsonNode json = MAPPER.readTree(ResultsJson.toBytes(c));
    assertThat(fieldNames(json)).containsExactly("scenario", "seed", "replications", "horizon_hours",
        "warmup_hours", "services", "migrations", "incidents", "probes", "variants", "differences");
    assertThat(fieldNames(json.get("variants"))).containsExactly("restart", "live-migration");
    assertThat(fieldNames(json.get("variants").get("live-migration")))
        .containsExactly("services", "migrations", "incidents", "probes", "extra");
    assertThat(json.get("services")).isEqualTo(json.get("variants").get("restart").get("services"));
    JsonNode diff = json.get("differences").get("live-migration");
    assertThat(fieldNames(diff)).containsExactly("baseline", "services", "migrations", "incidents", "probes",
        "extra");
    assertThat(diff.get("baseline").asText()).isEqualTo("restart");
    Statistic paired = c.differences().get("live-migration").services().get("web").downtimeMinPerYear().paired();
    assertStatistic(diff.get("services").get("web").get("downtime_min_per_year"), paired);
    assertThat(paired.mean()).isNegative();
  }

  @Test
  void identicalResultsGiveIdenticalBytes() throws IOException {
    byte[] a = ResultsJson.toBytes(Fixtures.comparison());
    byte[] b = ResultsJson.toBytes(Fixtures.comparison());
    assertThat(a).isEqualTo(b);
    String text = new String(a, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\r").endsWith("}\n").startsWith("{\n  \"scenario\": \"paper-two-node\",\n");
    Path file = dir.resolve("results.json");
    ResultsJson.write(file, Fixtures.comparison());
    assertThat(Files.readAllBytes(file)).isEqualTo(a);
  }

  @Test
  void csvRowsAgreeWithTheJson() throws IOException {
    for (boolean comparison : new boolean[] {false, true}) {
      byte[] jsonBytes = comparison ? ResultsJson.toBytes(Fixtures.comparison())
          : ResultsJson.toBytes(Fixtures.experiment());
      byte[] csvBytes = comparison ? ResultsCsv.toBytes(Fixtures.comparison())
          : ResultsCsv.toBytes(Fixtures.experiment());
      JsonNode json = MAPPER.readTree(jsonBytes);
      List<List<String>> rows = CsvReader.parse(new String(csvBytes, StandardCharsets.UTF_8));
      assertThat(String.join(",", rows.get(0))).isEqualTo(ResultsCsv.HEADER);
      int statistics = 0;
      for (List<String> row : rows.subList(1, rows.size())) {
        JsonNode node = locate(json, row, comparison);
        assertThat(node).as("row %s", row).isNotNull();
        assertSameNumber(row.get(4), node.get("mean"));
        assertSameNumber(row.get(5), node.get("ci_low"));
        assertSameNumber(row.get(6), node.get("ci_high"));
        assertThat(row.get(7)).isEqualTo(node.get("n").asText());
        statistics++;
      }
      assertThat(statistics).isEqualTo(countStatistics(comparison ? json.get("variants") : json)
          + (comparison ? countStatistics(json.get("differences")) : 0));
      assertThat(ResultsCsv.toBytes(Fixtures.comparison())).isEqualTo(ResultsCsv.toBytes(Fixtures.comparison()));
    }
  }

  private static void assertSameNumber(String csv, JsonNode json) {
    if (json.isNull()) {
      assertThat(csv).isEmpty();
    } else {
      assertThat(Double.parseDouble(csv)).isEqualTo(json.asDouble());
    }
  }

  /** The JSON statistic a CSV row stands for. */
  private static JsonNode locate(JsonNode json, List<String> row, boolean comparison) {
    String variant = row.get(0);
    String service = row.get(1);
    String metric = row.get(2);
    String cause = row.get(3);
    JsonNode block = json;
    if (comparison) {
      block = variant.contains(" - ") ? json.get("differences").get(variant.substring(0, variant.indexOf(" - ")))
          : json.get("variants").get(variant);
    } else {
      assertThat(variant).isEmpty();
    }
    if (!service.isEmpty()) {
      JsonNode s = block.get("services").get(service).get(metric);
      return cause.isEmpty() ? s : s.get(cause);
    }
    return block.get(metric).get(cause);
  }

  /** Number of statistic objects (objects with a "mean") under a node. */
  private static int countStatistics(JsonNode node) {
    if (!node.isObject()) {
      return 0;
    }
    if (node.has("mean")) {
      return 1;
    }
    int count = 0;
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      count += countStatistics(it.next());
    }
    return count;
  }

  private static void assertStatistic(JsonNode node, Statistic s) {
    if (!s.defined()) {
      assertThat(node.get("mean").isNull()).isTrue();
      assertThat(node.get("n").asInt()).isZero();
      return;
    }
    // canonical numbers read back as the very same doubles
    assertThat(node.get("mean").asDouble()).isEqualTo(s.mean());
    assertThat(node.get("ci_low").asDouble()).isEqualTo(s.ciLow());
    assertThat(node.get("ci_high").asDouble()).isEqualTo(s.ciHigh());
    assertThat(node.get("n").asInt()).isEqualTo(s.n());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static Map<String, JsonNode> fields(JsonNode node) {
    Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
