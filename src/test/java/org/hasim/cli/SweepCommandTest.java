package org.hasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hasim sweep and hasim merge end to end: shards, determinism, input errors, the file's sweep section. */
class SweepCommandTest {
  static final Path ROOT = Path.of(System.getProperty("hasim.root", ".."));
  static final String TEACHING = ROOT.resolve("scenarios/teaching/active-standby.yaml").toString();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  /** A small grid of 2 × 2 points on the teaching scenario, 12 replications in blocks of 5 (12 tasks). */
  private static List<String> smallGrid(String... more) {
    List<String> args = new ArrayList<>(List.of("sweep", TEACHING, "--param", "ha.coverage=0.8,0.95",
        "--param", "cluster.repair.crews=1,2", "--replications", "12", "--horizon", "2y", "--block", "5"));
    args.addAll(List.of(more));
    return args;
  }

  private int sweep(List<String> args) {
    return run(args.toArray(String[]::new));
  }

  @Test
  void threeShardsMergedGiveTheBytesOfOneRun(@TempDir Path tmp) throws IOException {
    Path one = tmp.resolve("one");
    assertThat(sweep(smallGrid("--out", one.toString(), "--threads", "2"))).as(err.toString()).isZero();
    Path shards = tmp.resolve("shards");
    for (int k = 0; k < 3; k++) {
      assertThat(sweep(smallGrid("--out", shards.toString(), "--shard", k + "/3", "--threads", "1")))
          .as(err.toString()).isZero();
    }
    assertThat(shards.resolve("results.json")).doesNotExist();
    Path merged = tmp.resolve("merged");
    assertThat(run("merge", shards.resolve("shard-2-of-3.jsonl").toString(),
        shards.resolve("shard-0-of-3.jsonl").toString(), shards.resolve("shard-1-of-3.jsonl").toString(),
        "--out", merged.toString())).as(err.toString()).isZero();
    assertThat(Files.readAllBytes(merged.resolve("results.json")))
        .isEqualTo(Files.readAllBytes(one.resolve("results.json")));

    JsonNode json = new ObjectMapper().readTree(one.resolve("results.json").toFile());
    assertThat(json.get("parameters").toString()).isEqualTo("[\"ha.coverage\",\"cluster.repair.crews\"]");
    assertThat(json.get("points")).hasSize(4);
    assertThat(json.get("points").get(1).get("values").toString())
        .isEqualTo("{\"ha.coverage\":\"0.8\",\"cluster.repair.crews\":\"2\"}");
    assertThat(json.get("points").get(3).get("services").get("app").get("availability").get("n").asInt())
        .isEqualTo(12);
    assertThat(one.resolve("sweep-availability.png")).exists();
  }

  @Test
  void eachPointEqualsAPlainRunWithTheSameOverrides(@TempDir Path tmp) throws IOException {
    assertThat(sweep(smallGrid("--out", tmp.resolve("s").toString()))).as(err.toString()).isZero();
    assertThat(run("run", TEACHING, "--set", "ha.coverage=0.95", "--set", "cluster.repair.crews=1",
        "--replications", "12", "--horizon", "2y", "--out", tmp.resolve("r").toString())).isZero();
    ObjectMapper m = new ObjectMapper();
    JsonNode point = m.readTree(tmp.resolve("s/results.json").toFile()).get("points").get(2);
    JsonNode plain = m.readTree(tmp.resolve("r/results.json").toFile());
    for (String block : List.of("services", "migrations", "incidents", "probes")) {
      assertThat(point.get(block)).as(block).isEqualTo(plain.get(block));
    }
  }

  @Test
  void mergeNamesTheMissingShardAndWritesNothing(@TempDir Path tmp) {
    Path shards = tmp.resolve("shards");
    assertThat(sweep(smallGrid("--out", shards.toString(), "--shard", "0/3"))).isZero();
    // shard 1 is given an impossible value: it fails before simulating and leaves no partial file
    assertThat(sweep(smallGrid("--out", shards.toString(), "--shard", "1/3", "--set", "ha.coverage=1.5")))
        .isEqualTo(2);
    assertThat(err.toString()).contains("coverage");
    assertThat(sweep(smallGrid("--out", shards.toString(), "--shard", "2/3"))).isZero();
    assertThat(run("merge", shards.toString(), "--out", tmp.resolve("m").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("missing shard 1/3").contains("--shard 1/3");
    assertThat(tmp.resolve("m")).doesNotExist();
  }

  @Test
  void badValuesStopTheSweepBeforeAnySimulation(@TempDir Path tmp) {
    Path dir = tmp.resolve("bad");
    int code = run("sweep", TEACHING, "--param", "ha.coverage=0.5,0.9,1.2", "--out", dir.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("ha.coverage=1.2").contains("coverage");
    assertThat(dir).doesNotExist();
    assertThat(run("sweep", TEACHING, "--param", "ha.heartbeat.deadtime=10s..1min:10s")).isEqualTo(2);
    assertThat(err.toString()).contains("mixes units");
    assertThat(run("sweep", TEACHING, "--param", "experiment.seed=1,2")).isEqualTo(2);
    assertThat(run("sweep", TEACHING, "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("at least one parameter");
    assertThat(run("sweep", TEACHING, "--param", "ha.coverage=0.9", "--variant", "nope")).isEqualTo(2);
    assertThat(err.toString()).contains("no variants");
    assertThat(run("sweep", TEACHING, "--param", "ha.coverage=0.9,0.8", "--goal",
        "services.app.availability.ci_low>=0.99", "--minimize", "ha.coverage")).isEqualTo(2);
    assertThat(err.toString()).contains("increasing order");
    assertThat(run("sweep", TEACHING, "--param", "ha.coverage=0.8,0.9", "--goal",
        "services.app.availability.ci_low>=0.99", "--minimize", "ha.coverage", "--shard", "0/2")).isEqualTo(2);
    assertThat(err.toString()).contains("cannot be split");
    assertThat(dir).doesNotExist();
  }

  @Test
  void theScenariosSweepSectionIsUsedWithoutParam(@TempDir Path tmp) throws IOException {
    String text = Files.readString(Path.of(TEACHING)) + """
        sweep:
          params:
            ha.coverage: 0.7..0.9:0.2
        """;
    Path file = Files.writeString(tmp.resolve("s.yaml"), text);
    Path dir = tmp.resolve("out");
    assertThat(run("sweep", file.toString(), "--replications", "3", "--horizon", "1y", "--out", dir.toString()))
        .as(err.toString()).isZero();
    JsonNode points = new ObjectMapper().readTree(dir.resolve("results.json").toFile()).get("points");
    assertThat(points).hasSize(2);
    assertThat(points.get(1).get("values").get("ha.coverage").asText()).isEqualTo("0.9");
  }

  @Test
  void integerGoalSearchGallopsUpToMaxAndExitsOneWhenTheGoalIsOutOfReach(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("g");
    int code = run("sweep", TEACHING, "--goal", "services.app.availability.ci_low>=1.5", "--minimize",
        "cluster.repair.crews", "--max", "3", "--replications", "3", "--horizon", "1y", "--out", dir.toString());
    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).contains("Goal not reached");
    JsonNode json = new ObjectMapper().readTree(dir.resolve("results.json").toFile());
    assertThat(json.get("goal").get("reached").asBoolean()).isFalse();
    assertThat(json.get("goal").get("answer").isNull()).isTrue();
    List<String> tried = new ArrayList<>();
    json.get("goal").get("evidence").forEach(e -> tried.add(e.get("value").asText()));
    assertThat(tried).containsExactly("1", "2", "3");
    assertThat(json.get("points")).hasSize(3);
  }
}
