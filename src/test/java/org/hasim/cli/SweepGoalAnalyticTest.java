package org.hasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hasim.analytic.ScenarioAnalytic;
import org.hasim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Goal seeking on the teaching active/standby scenario agrees with the analytic layer: the least coverage
 * (of a list) whose simulated availability interval lies above a target is the least coverage whose
 * Markov-chain availability reaches it.
 */
class SweepGoalAnalyticTest {
  /** The analytic layer's active/standby chain assumes the VM can restart on the other node: shared storage. */
  private static final String STORAGE = "cluster.storage={}";
  private static final List<String> COVERAGES = List.of("0.5", "0.6", "0.7", "0.8", "0.9", "1");

  private static double analyticAvailability(String coverage) {
    var scenario = ScenarioLoader.load(Path.of(SweepCommandTest.TEACHING),
        List.of(STORAGE, "ha.coverage=" + coverage)).base();
    ScenarioAnalytic a = ScenarioAnalytic.of(scenario);
    assertThat(a).as(a.toString()).isInstanceOf(ScenarioAnalytic.Solved.class);
    return ((ScenarioAnalytic.Solved) a).availability();
  }

  @Test
  void leastCoverageMeetingAnAvailabilityTargetMatchesTheMarkovChain(@TempDir Path tmp) throws IOException {
    List<Double> analytic = new ArrayList<>();
    COVERAGES.forEach(c -> analytic.add(analyticAvailability(c)));
    assertThat(analytic).isSorted();
    // the target halfway between the chain's availability at 0.7 and 0.8: the analytic answer is 0.8
    double target = (analytic.get(2) + analytic.get(3)) / 2;
    String expected = null;
    for (int i = 0; i < COVERAGES.size() && expected == null; i++) {
      if (analytic.get(i) >= target) {
        expected = COVERAGES.get(i);
      }
    }
    assertThat(expected).isEqualTo("0.8");

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path dir = tmp.resolve("goal");
    int code = Main.execute(new String[] {"sweep", SweepCommandTest.TEACHING, "--param",
        "ha.coverage=" + String.join(",", COVERAGES), "--goal", "services.app.availability.ci_low>=" + target,
        "--minimize", "ha.coverage", "--set", STORAGE, "--replications", "100", "--out", dir.toString()},
        new PrintWriter(out), new PrintWriter(err));

    assertThat(code).as(err.toString()).isZero();
    JsonNode goal = new ObjectMapper().readTree(dir.resolve("results.json").toFile()).get("goal");
    assertThat(goal.get("answer").asText()).isEqualTo(expected);
    // the evidence: the value below the answer was tried and failed, the answer met the goal on ci_low
    List<String> failed = new ArrayList<>();
    goal.get("evidence").forEach(e -> {
      if (!e.get("met").asBoolean()) {
        failed.add(e.get("value").asText());
      }
    });
    assertThat(failed).contains("0.7");
    assertThat(out.toString()).contains("Answer: ha.coverage = 0.8").contains("ci_low");
  }
}
