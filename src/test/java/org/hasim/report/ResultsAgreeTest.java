package org.hasim.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three views of one run — results.json, results.csv and the console summary — read back and checked
 * against each other: every CSV row is the JSON statistic it names, and every console cell is the JSON
 * statistic rounded to the digits it shows.
 */
class ResultsAgreeTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern CELL = Pattern.compile("([-+]?[0-9.]+)(?: \\[([-+]?[0-9.]+), ([-+]?[0-9.]+)\\])?");

  @TempDir static Path dir;
  static Hasim run;
  static JsonNode json;
  static List<List<String>> csv;

  @BeforeAll
  static void runThePaperScenario() throws IOException {
    run = Hasim.run("run", Hasim.PAPER, "--replications", "20", "--out", dir.toString());
    assertThat(run.code()).as(run.toString()).isZero();
    json = MAPPER.readTree(dir.resolve("results.json").toFile());
    csv = Csv.parse(Files.readString(dir.resolve("results.csv")));
  }

  @Test
  void everyCsvRowIsTheJsonStatisticItNames() {
    assertThat(csv.get(0)).containsExactly("variant", "service", "metric", "cause", "mean", "ci_low", "ci_high", "n");
    for (List<String> row : csv.subList(1, csv.size())) {
      JsonNode s = statistic(row.get(0), row.get(1), row.get(2), row.get(3));
      assertThat(s).as("JSON statistic for %s", row).isNotNull();
      assertThat(number(row.get(4))).as("mean of %s", row).isEqualTo(nullable(s.get("mean")));
      assertThat(number(row.get(5))).as("ci_low of %s", row).isEqualTo(nullable(s.get("ci_low")));
      assertThat(number(row.get(6))).as("ci_high of %s", row).isEqualTo(nullable(s.get("ci_high")));
      assertThat(Integer.parseInt(row.get(7))).isEqualTo(s.get("n").asInt());
    }
    // and nothing in the JSON is missing from the CSV
    assertThat(csv.size() - 1).isEqualTo(countStatistics(json.get("variants")) + countStatistics(json.get("differences")));
  }

  @Test
  void everyConsoleCellIsTheJsonStatisticRounded() {
    String[] lines = run.out().split("\n");
    assertThat(lines[0]).isEqualTo("Scenario " + json.get("scenario").asText());
    assertThat(lines[1]).startsWith(json.get("replications").asInt() + " replications, seed "
        + json.get("seed").asLong() + ", " + json.get("horizon_hours").asText() + " h observed");
    int header = 0;
    while (!lines[header].startsWith("service")) {
      header++;
    }
    List<int[]> columns = columns(lines[header + 1]);
    List<String> names = slice(lines[header], columns);
    assertThat(names).containsExactly("service", "variant", "availability %", "downtime min/yr", "outages/yr",
        "MTTR s");
    String[] metrics = {null, null, "availability", "downtime_min_per_year", "outages_per_year", "mttr_s"};
    String service = null;
    int checked = 0;
    for (int i = header + 2; i < lines.length && !lines[i].isBlank(); i++) {
      List<String> cells = slice(lines[i], columns);
      service = cells.get(0).isEmpty() ? service : cells.get(0);
      String variant = cells.get(1);
      JsonNode block = variant.contains(" - ")
          ? json.get("differences").get(variant.substring(0, variant.indexOf(" - ")))
          : json.get("variants").get(variant);
      for (int c = 2; c < cells.size(); c++) {
        JsonNode s = block.get("services").get(service).get(metrics[c]);
        double scale = metrics[c].equals("availability") ? 100 : 1;
        assertCell(cells.get(c), s, scale, service + "/" + variant + "/" + metrics[c]);
        List<String> row = csvRow(variant, service, metrics[c]);
        if (!row.get(4).isEmpty()) {
          Matcher m = CELL.matcher(cells.get(c));
          assertThat(m.matches()).isTrue();
          assertShown(m.group(1), Double.parseDouble(row.get(4)) * scale, "CSV " + row);
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(2 * 3 * 4); // two services, two variants and a difference, four metrics
  }

  /** The CSV row of a service metric, as the console names it ("B - A" for a difference). */
  private static List<String> csvRow(String variant, String service, String metric) {
    return csv.stream().filter(r -> r.get(0).equals(variant) && r.get(1).equals(service)
        && r.get(2).equals(metric) && r.get(3).isEmpty()).findFirst().orElseThrow();
  }

  /** "mean [low, high]" agrees with the statistic to within half a unit of the last digit shown. */
  private static void assertCell(String cell, JsonNode s, double scale, String what) {
    if (cell.equals("n/a")) {
      assertThat(s.get("mean").isNull()).as(what).isTrue();
      return;
    }
    Matcher m = CELL.matcher(cell);
    assertThat(m.matches()).as("%s: '%s'", what, cell).isTrue();
    assertShown(m.group(1), s.get("mean").asDouble() * scale, what + " mean");
    if (m.group(2) != null) {
      assertShown(m.group(2), s.get("ci_low").asDouble() * scale, what + " ci_low");
      assertShown(m.group(3), s.get("ci_high").asDouble() * scale, what + " ci_high");
    } else {
      assertThat(s.get("ci_low").asDouble()).as(what).isEqualTo(s.get("ci_high").asDouble());
    }
  }

  private static void assertShown(String shown, double value, String what) {
    BigDecimal text = new BigDecimal(shown);
    double halfUnit = 0.5 * Math.pow(10, -text.scale());
    assertThat(Math.abs(text.doubleValue() - value)).as("%s: %s shows %s", what, shown, value)
        .isLessThanOrEqualTo(halfUnit * (1 + 1e-9) + 1e-12);
  }

  /** Column spans from the rule of dashes under the header. */
  private static List<int[]> columns(String rule) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = Pattern.compile("-+").matcher(rule);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }

  private static List<String> slice(String line, List<int[]> columns) {
    List<String> cells = new ArrayList<>();
    for (int[] c : columns) {
      cells.add(c[0] >= line.length() ? "" : line.substring(c[0], Math.min(c[1], line.length())).trim());
    }
    return cells;
  }

  private static JsonNode statistic(String variant, String service, String metric, String cause) {
    JsonNode block = variant.contains(" - ")
        ? json.get("differences").get(variant.substring(0, variant.indexOf(" - ")))
        : json.get("variants").get(variant);
    if (!service.isEmpty()) {
      JsonNode s = block.get("services").get(service).get(metric);
      return cause.isEmpty() ? s : s.get(cause);
    }
    return block.get(metric).get(cause);
  }

  private static Double number(String text) {
    return text.isEmpty() ? null : Double.parseDouble(text);
  }

  private static Double nullable(JsonNode n) {
    return n.isNull() ? null : n.asDouble();
  }

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
}
