package org.hasim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example cluster configs under scenarios/configs validate, import into a scenario, and that scenario runs. */
class ConfigsEndToEndTest {

  static Stream<Path> configSets() throws IOException {
    try (Stream<Path> dirs = Files.list(Cli.root().resolve("scenarios/configs"))) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  private static String[] files(Path dir) throws IOException {
    try (Stream<Path> f = Files.list(dir)) {
      return f.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().map(Path::toString)
          .toArray(String[]::new);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configSets")
  void validateImportAndRun(Path dir, @TempDir Path tmp) throws IOException {
    List<String> validate = new ArrayList<>(List.of("validate"));
    validate.addAll(List.of(files(dir)));
    Cli v = Cli.run(validate.toArray(String[]::new));
    assertThat(v.code()).as(v.toString()).isZero();

    Path scenario = tmp.resolve("imported.yaml");
    List<String> imp = new ArrayList<>(List.of("import"));
    imp.addAll(List.of(files(dir)));
    imp.addAll(List.of("-o", scenario.toString()));
    Cli i = Cli.run(imp.toArray(String[]::new));
    assertThat(i.code()).as(i.toString()).isZero();
    assertThat(Files.readString(scenario)).contains("ASSUMPTION");

    Cli run = Cli.run("run", scenario.toString(), "--replications", "3", "--horizon", "30d", "--out",
        tmp.resolve("out").toString());
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(tmp.resolve("out/results.json")).exists();
  }
}
