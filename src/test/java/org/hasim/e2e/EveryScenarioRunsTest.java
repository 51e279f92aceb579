package org.hasim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hasim.scenario.ScenarioLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario bundled under scenarios/ (but the real cluster configs of scenarios/configs, which have
 * their own tests) runs through `hasim run` with few replications and at most 30 days, and writes results
 * that parse and name every service of the scenario.
 */
class EveryScenarioRunsTest {
  private static final double MAX_HORIZON_S = 30 * 86400.0;

  static Stream<Path> scenarios() throws IOException {
    try (Stream<Path> files = Files.walk(Cli.root().resolve("scenarios"))) {
      return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
          .filter(p -> !p.toString().contains("/configs/"))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void runs(Path scenario, @TempDir Path out) throws IOException {
    List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--replications", "2",
        "--out", out.toString()));
    var base = ScenarioLoader.load(scenario, List.of()).base();
    if (base.experiment().horizon() > MAX_HORIZON_S) {
      args.addAll(List.of("--horizon", "30d"));
    }
    Cli cli = Cli.run(args.toArray(String[]::new));

    assertThat(cli.code()).as(cli.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    assertThat(json.get("scenario").asText()).isEqualTo(base.name());
    assertThat(json.get("replications").asInt()).isEqualTo(2);
    base.services().forEach(s -> assertThat(json.get("services").has(s.name())).as(s.name()).isTrue());
    assertThat(Files.readString(out.resolve("results.csv"))).isNotBlank();
  }
}
