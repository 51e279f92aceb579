package org.hasim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `hasim run` as a user meets it: determinism, comparison output, options. */
class RunCommandTest {
  private static final String PAPER = Cli.root().resolve("scenarios/paper/two-node-maintenance.yaml").toString();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void sameSeedGivesIdenticalBytesWhateverTheThreadCount(@TempDir Path a, @TempDir Path b) throws IOException {
    Cli one = Cli.run("run", PAPER, "--replications", "40", "--threads", "1", "--out", a.toString());
    Cli two = Cli.run("run", PAPER, "--replications", "40", "--threads", "2", "--out", b.toString());
    assertThat(one.code()).as(one.toString()).isZero();
    assertThat(two.code()).as(two.toString()).isZero();
    assertThat(Files.readAllBytes(a.resolve("results.json"))).isEqualTo(Files.readAllBytes(b.resolve("results.json")));
    assertThat(Files.readAllBytes(a.resolve("results.csv"))).isEqualTo(Files.readAllBytes(b.resolve("results.csv")));
  }

  @Test
  void differentSeedGivesDifferentNumbers(@TempDir Path a, @TempDir Path b) throws IOException {
    Cli.run("run", PAPER, "--replications", "20", "--seed", "1", "--out", a.toString());
    Cli.run("run", PAPER, "--replications", "20", "--seed", "2", "--out", b.toString());
    JsonNode x = JSON.readTree(a.resolve("results.json").toFile());
    JsonNode y = JSON.readTree(b.resolve("results.json").toFile());
    assertThat(x.get("seed").asLong()).isEqualTo(1);
    assertThat(y.get("seed").asLong()).isEqualTo(2);
    assertThat(x.get("services")).isNotEqualTo(y.get("services"));
  }

  @Test
  void paperScenarioComparesRestartWithLiveMigration(@TempDir Path out) throws IOException {
    Cli cli = Cli.run("run", PAPER, "--replications", "30", "--out", out.toString());
    assertThat(cli.code()).as(cli.toString()).isZero();
    assertThat(cli.out()).contains("restart", "live-migration", "live-migration - restart", "availability");
    JsonNode json = JSON.readTree(out.resolve("results.json").toFile());
    assertThat(json.get("variants").has("restart")).isTrue();
    assertThat(json.get("variants").has("live-migration")).isTrue();
    JsonNode restart = json.get("variants").get("restart").get("services").get("web").get("downtime_by_cause");
    JsonNode live = json.get("variants").get("live-migration").get("services").get("web").get("downtime_by_cause");
    // restart maintenance costs shutdown + boot; live migration only pauses
    assertThat(restart.get("maintenance-restart").get("mean").asDouble()).isGreaterThan(10);
    assertThat(live.get("maintenance-restart").get("mean").asDouble()).isLessThan(1);
    assertThat(live.get("migration-pause").get("mean").asDouble()).isPositive().isLessThan(1);
    JsonNode diff = json.get("differences").get("live-migration").get("services").get("web")
        .get("downtime_min_per_year");
    assertThat(diff.get("ci_high").asDouble()).isNegative();
  }

  @Test
  void setOverridesAnyFieldAndResultsSayTheReplications(@TempDir Path out) throws IOException {
    Cli cli = Cli.run("run", Cli.root().resolve("scenarios/teaching/single-node.yaml").toString(),
        "--replications", "5", "--horizon", "1y", "--set", "experiment.seed=99", "--out", out.toString());
    assertThat(cli.code()).as(cli.toString()).isZero();
    JsonNode json = JSON.readTree(out.resolve("results.json").toFile());
    assertThat(json.get("replications").asInt()).isEqualTo(5);
    assertThat(json.get("seed").asLong()).isEqualTo(99);
    assertThat(json.get("horizon_hours").asDouble()).isEqualTo(8760.0);
    assertThat(cli.out()).contains("5 replications", "seed 99");
  }

  @Test
  void compareRefusesAScenarioWithoutVariants(@TempDir Path out) {
    Cli cli = Cli.run("compare", Cli.root().resolve("scenarios/teaching/single-node.yaml").toString(),
        "--out", out.toString());
    assertThat(cli.code()).isEqualTo(2);
    assertThat(cli.err()).contains("single-node.yaml", "variants");
    assertThat(out.resolve("results.json")).doesNotExist();
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(Cli.run("frobnicate").code()).isEqualTo(2);
    assertThat(Cli.run("run").code()).isEqualTo(2);
    assertThat(Cli.run("run", PAPER, "--threads", "0").code()).isEqualTo(2);
    assertThat(Cli.run("--help").code()).isZero();
  }
}
