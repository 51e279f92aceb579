package org.hasim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed fixture under scenarios/bad/ must fail with an InputException naming the right file,
 * line, field and problem; the expected values are written in bad/expectations.psv by reading the fixture.
 */
class MalformedScenarioTest {

  record Case(String fixture, List<String> sets, String file, int line, String field, String fragment) {
    @Override
    public String toString() {
      return fixture + (sets.isEmpty() ? "" : " --set " + String.join(" --set ", sets));
    }
  }

  static Path badDir() {
    try {
      return Path.of(MalformedScenarioTest.class.getResource("/scenarios/bad/expectations.psv").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Case> cases() throws IOException {
    return Files.readAllLines(badDir().resolve("expectations.psv"), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> Arrays.stream(l.split("\\|", 6)).map(String::trim).toArray(String[]::new))
        .map(c -> new Case(c[0], c[1].equals("-") ? List.of() : List.of(c[1].split(";")),
            c[2], Integer.parseInt(c[3]), c[4], c[5]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failsWithFileLineFieldAndMessage(Case c) {
    Path fixture = badDir().resolve(c.fixture()).normalize();
    InputException e = catchThrowableOfType(InputException.class,
        () -> ScenarioLoader.load(fixture, c.sets()));

    assertThat(e).as("an InputException").isNotNull();
    if (c.file().equals("-")) {
      assertThat(e.file()).isEqualTo(fixture.toString());
    } else if (c.file().startsWith("command line")) {
      assertThat(e.file()).isEqualTo(c.file());
    } else {
      assertThat(e.file()).endsWith("/" + c.file());
    }
    assertThat(e.line()).as("line of " + e.paragraph()).isEqualTo(c.line());
    assertThat(e.field().orElse("-")).as("field of " + e.paragraph()).isEqualTo(c.field());
    assertThat(e.paragraph()).contains(c.fragment());
  }

  @Test
  void thereAreAtLeastTwentyMalformedFixtures() throws IOException {
    assertThat(cases().filter(c -> !c.fixture().startsWith("..")).count()).isGreaterThanOrEqualTo(20);
  }

  @Test
  void aMissingFileIsAnInputErrorToo() {
    Path nowhere = badDir().resolve("no-such-scenario.yaml");
    InputException e = catchThrowableOfType(InputException.class,
        () -> ScenarioLoader.load(nowhere, List.of()));
    assertThat(e.paragraph()).isEqualTo(nowhere + ": no such file. check the path");
  }

  @Test
  void paragraphReadsFileLineColumnFieldProblemHint() {
    InputException e = catchThrowableOfType(InputException.class,
        () -> ScenarioLoader.load(badDir().resolve("unknown-home.yaml"), List.of()));
    assertThat(e.column()).isEqualTo(11);
    assertThat(e.paragraph()).isEqualTo(badDir().resolve("unknown-home.yaml")
        + ":13:11: field 'vms[0].home': unknown node 'nod1'. did you mean 'node1'? nodes: node1, node2");
  }
}
