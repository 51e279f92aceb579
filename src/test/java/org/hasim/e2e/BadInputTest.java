package org.hasim.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed scenarios through the whole program: exit code 2, one paragraph naming the file, line and
 * field, no stack trace, and no results file. The fixtures and their expected location are the loader's
 * (sim-model/src/test/resources/scenarios/bad/expectations.psv).
 */
class BadInputTest {
  private static final Path BAD = Cli.root().resolve("sim-model/src/test/resources/scenarios/bad");

  record Case(String fixture, List<String> sets, String file, int line, String field) {
    @Override
    public String toString() {
      return fixture + (sets.isEmpty() ? "" : " " + sets);
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String row : Files.readAllLines(BAD.resolve("expectations.psv"))) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] c = Arrays.stream(row.split("\\|")).map(String::trim).toArray(String[]::new);
      List<String> sets = c[1].equals("-") ? List.of() : List.of(c[1].split(";"));
      cases.add(new Case(c[0], sets, c[2].equals("-") ? c[0] : c[2], Integer.parseInt(c[3]),
          c[4].equals("-") ? null : c[4]));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void exitsTwoWithFileLineAndFieldAndWritesNothing(Case c, @TempDir Path out) {
    List<String> args = new ArrayList<>(List.of("run", BAD.resolve(c.fixture()).toString(), "--out",
        out.toString()));
    c.sets().forEach(s -> args.addAll(List.of("--set", s)));
    Cli cli = Cli.run(args.toArray(String[]::new));

    assertThat(cli.code()).as(cli.toString()).isEqualTo(2);
    String err = cli.err();
    assertThat(err).as(cli.toString()).contains(c.file());
    if (c.line() > 0) {
      assertThat(err).as(cli.toString()).contains(":" + c.line());
    }
    if (c.field() != null) {
      assertThat(err).as(cli.toString()).contains(c.field());
    }
    assertThat(err).doesNotContain("Exception", "\tat ", "at org.hasim");
    assertThat(err.strip().lines().count()).as("one paragraph").isLessThanOrEqualTo(2);
    assertThat(out.resolve("results.json")).doesNotExist();
    assertThat(out.resolve("results.csv")).doesNotExist();
  }
}
