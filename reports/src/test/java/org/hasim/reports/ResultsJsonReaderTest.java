package org.hasim.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.hasim.scenario.InputException;
import org.hasim.stats.ComparisonResult;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.RunInfo;
import org.hasim.stats.Statistic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJsonReaderTest {
  @TempDir Path dir;

  @Test
  void anExperimentReadsBackAsTheSameRecord() {
    ExperimentResult original = ExperimentResult.aggregate(Fixtures.INFO,
        Fixtures.withMigrationAndDurations(1.0, 10));
    ReportResults read = ResultsJsonReader.parse(ResultsJson.toBytes(original), "results.json");
    assertThat(read).isInstanceOf(ReportResults.Single.class);
    assertThat(((ReportResults.Single) read).result()).isEqualTo(original);
  }

  @Test
  void writingWhatWasReadGivesTheSameBytesForJsonCsvAndConsole() {
    ComparisonResult original = Fixtures.comparisonWithMigration();
    byte[] json = ResultsJson.toBytes(original);
    ReportResults read = ResultsJsonReader.parse(json, "results.json");
    assertThat(read).isInstanceOf(ReportResults.Comparison.class);
    assertThat(read.json()).isEqualTo(json);
    assertThat(read.csv()).isEqualTo(ResultsCsv.toBytes(original));
    assertThat(read.console()).isEqualTo(ConsoleSummary.render(original));
    // the file holds the paired differences only; the unpaired ones come back undefined
    ComparisonResult c = ((ReportResults.Comparison) read).result();
    assertThat(c.differences().get("live-migration").services().get("web").availability().paired())
        .isEqualTo(original.differences().get("live-migration").services().get("web").availability().paired());
    assertThat(c.differences().get("live-migration").services().get("web").availability().unpaired().defined())
        .isFalse();
    assertThat(c.variants().get("live-migration").firstMigration()).contains(Fixtures.migration());
    assertThat(c.variants().get("restart").firstMigration()).isEmpty();
  }

  @Test
  void theFirstMigrationIsWrittenAfterTheProbesWithLowerCaseNames() throws IOException {
    JsonNode json = new ObjectMapper().readTree(ResultsJson.toBytes(Fixtures.comparisonWithMigration()));
    JsonNode variant = json.get("variants").get("live-migration");
    assertThat(ResultsJsonTest.fields(variant).keySet())
        .containsExactly("services", "migrations", "incidents", "probes", "first_migration", "extra");
    assertThat(json.get("variants").get("restart").has("first_migration")).isFalse();
    JsonNode m = variant.get("first_migration");
    assertThat(m.get("algorithm").asText()).isEqualTo("xen_legacy");
    assertThat(m.get("stop_reason").asText()).isEqualTo("few_dirty");
    assertThat(m.get("downtime_s").asDouble()).isEqualTo(0.21);
    assertThat(m.get("rounds")).hasSize(3);
    assertThat(m.get("rounds").get(1).get("bytes").asLong()).isEqualTo(20_480_000);
    assertThat(variant.get("extra").get("outages.web.under_1min").get("mean").asDouble()).isEqualTo(2.0);
  }

  @Test
  void hoursConvertToSecondsThatConvertBackExactly() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 100_000; i++) {
      // hours as a result states them: some number of seconds / 3600
      double hours = random.nextDouble() * Math.pow(10, random.nextInt(-3, 10)) / 3600;
      double seconds = ResultsJsonReader.seconds(hours);
      assertThat(seconds / 3600).as("hours %s", hours).isEqualTo(hours);
    }
    RunInfo info = new RunInfo("x", 1, 1234.567, 89.1, Statistic.DEFAULT_LEVEL);
    assertThat(ResultsJsonReader.seconds(info.horizonHours()) / 3600).isEqualTo(info.horizonHours());
  }

  @Test
  void badFilesAreInputErrorsThatSayWhere() throws IOException {
    assertThatThrownBy(() -> ResultsJsonReader.parse("{\n  \"scenario\": \n".getBytes(StandardCharsets.UTF_8),
        "r.json")).isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).paragraph()).startsWith("r.json:3").contains("not valid JSON"));
    assertThatThrownBy(() -> ResultsJsonReader.parse("[1]".getBytes(StandardCharsets.UTF_8), "r.json"))
        .isInstanceOf(InputException.class).hasMessageContaining("top level must be an object");

    String good = new String(ResultsJson.toBytes(Fixtures.comparisonWithMigration()), StandardCharsets.UTF_8);
    String noSeed = good.replace("\"seed\": 20240601,", "");
    assertThatThrownBy(() -> ResultsJsonReader.parse(noSeed.getBytes(StandardCharsets.UTF_8), "r.json"))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).field()).contains("seed"));
    String badMean = good.replaceFirst("\"mean\": [0-9.e+-]+", "\"mean\": \"high\"");
    assertThatThrownBy(() -> ResultsJsonReader.parse(badMean.getBytes(StandardCharsets.UTF_8), "r.json"))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).field()).contains("services.web.availability.mean"));
    String badAlgorithm = good.replace("\"xen_legacy\"", "\"xen_lgacy\"");
    assertThatThrownBy(() -> ResultsJsonReader.parse(badAlgorithm.getBytes(StandardCharsets.UTF_8), "r.json"))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).paragraph())
            .contains("variants.live-migration.first_migration.algorithm", "xen_lgacy", "xen_legacy"));
    assertThatThrownBy(() -> ResultsJsonReader.read(dir.resolve("nope.json")))
        .isInstanceOf(InputException.class).hasMessageContaining("no such file");
    Path file = dir.resolve("results.json");
    Files.write(file, ResultsJson.toBytes(Fixtures.experiment()));
    assertThat(ResultsJsonReader.read(file).json()).isEqualTo(ResultsJson.toBytes(Fixtures.experiment()));
  }
}
