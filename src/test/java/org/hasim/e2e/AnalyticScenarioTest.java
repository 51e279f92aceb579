package org.hasim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** `hasim analytic SCENARIO`: the teaching scenarios are solved; what has no chain is refused clearly. */
class AnalyticScenarioTest {
  private static String scenario(String path) {
    return Cli.root().resolve("scenarios").resolve(path).toString();
  }

  @Test
  void singleNodeIsTheClosedForm() throws Exception {
    Cli cli = Cli.run("analytic", scenario("teaching/single-node.yaml"), "--json");
    assertThat(cli.code()).as(cli.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(cli.out());
    // MTTF 1000 h, MTTR 10 h (the file's header): A = 1000 / 1010
    assertThat(json.get("availability").asDouble()).isCloseTo(1000.0 / 1010.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(json.get("exact").asBoolean()).isTrue();
  }

  @Test
  void activeStandbyPrintsTheChainsStates() {
    Cli cli = Cli.run("analytic", scenario("teaching/active-standby.yaml"));
    assertThat(cli.code()).as(cli.toString()).isZero();
    assertThat(cli.out()).contains("active/standby", "both-up", "failing-over", "uncovered", "one-up",
        "both-down");
  }

  @Test
  void paperScenarioIsRefusedWithAReason() {
    Cli cli = Cli.run("analytic", scenario("paper/two-node-maintenance.yaml"));
    assertThat(cli.code()).isEqualTo(1);
    assertThat(cli.err()).contains("no analytic model");
    assertThat(cli.err().strip().lines().count()).isEqualTo(1);
  }

  @Test
  void runPrintsTheAnalyticCheckBesideTheInterval() {
    Cli cli = Cli.run("run", scenario("teaching/single-node.yaml"), "--replications", "20", "--out",
        System.getProperty("java.io.tmpdir") + "/hasim-analytic-check");
    assertThat(cli.code()).as(cli.toString()).isZero();
    assertThat(cli.out()).contains("Analytic check (single component", "exact CTMC", "99.009901%");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"teaching/single-node.yaml", "teaching/active-standby.yaml"})
  void simulatedIntervalContainsTheSolvedChain(String file) {
    Cli cli = Cli.run("run", scenario(file), "--out",
        System.getProperty("java.io.tmpdir") + "/hasim-analytic-" + file.replace('/', '-'));
    assertThat(cli.code()).as(cli.toString()).isZero();
    assertThat(cli.out()).as(cli.out()).contains("Analytic check (").contains("— inside the interval");
  }
}
