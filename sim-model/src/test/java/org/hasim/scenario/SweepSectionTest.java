package org.hasim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario's sweep: section is read as written, checked for shape, and ignored by the model. */
class SweepSectionTest {
  private static final String BASE = """
      name: s
      experiment: {horizon: 1d}
      cluster:
        nodes: [{name: n, count: 2, memory: 4GiB}]
      """;

  private static Path write(Path dir, String text) throws IOException {
    return Files.writeString(dir.resolve("s.yaml"), text);
  }

  @Test
  void paramsGoalAndMinimizeAreReadAsWritten(@TempDir Path dir) throws IOException {
    Path f = write(dir, BASE + """
        sweep:
          params:
            cluster.repair.crews: 1..3:1
            cluster.networks[0].bandwidth: [100Mbit/s, 1Gbit/s]
          goal: services.web.availability.ci_low>=0.999
          minimize: cluster.repair.crews
        """);
    SweepDeclaration d = ScenarioLoader.sweep(f).orElseThrow();
    assertThat(d.params().keySet()).containsExactly("cluster.repair.crews", "cluster.networks[0].bandwidth");
    assertThat(d.params().get("cluster.repair.crews").items()).containsExactly("1..3:1");
    assertThat(d.params().get("cluster.networks[0].bandwidth").items()).containsExactly("100Mbit/s", "1Gbit/s");
    assertThat(d.params().get("cluster.repair.crews").location().line()).isEqualTo(7);
    assertThat(d.goal()).contains("services.web.availability.ci_low>=0.999");
    assertThat(d.minimize()).contains("cluster.repair.crews");
    // the model ignores the section
    assertThat(ScenarioLoader.load(f, List.of()).base().name()).isEqualTo("s");
  }

  @Test
  void aFileWithoutTheSectionHasNone(@TempDir Path dir) throws IOException {
    assertThat(ScenarioLoader.sweep(write(dir, BASE))).isEmpty();
  }

  @Test
  void malformedSectionsAreInputErrorsEvenForRun(@TempDir Path dir) throws IOException {
    Path typo = write(dir, BASE + "sweep: {parms: {a: [1]}}\n");
    assertThatThrownBy(() -> ScenarioLoader.load(typo, List.of())).isInstanceOf(InputException.class)
        .hasMessageContaining("unknown key 'parms'")
        .satisfies(e -> assertThat(((InputException) e).hint()).get().asString().contains("params"));
    Path map = write(dir, BASE + "sweep:\n  params:\n    vms[x].dirty: [{constant: 1MiB/s}]\n");
    assertThatThrownBy(() -> ScenarioLoader.sweep(map)).isInstanceOf(InputException.class)
        .hasMessageContaining("written as text");
    Path lonely = write(dir, BASE + "sweep: {minimize: cluster.repair.crews}\n");
    assertThatThrownBy(() -> ScenarioLoader.sweep(lonely)).isInstanceOf(InputException.class)
        .hasMessageContaining("needs a 'goal'");
    Path f = write(dir, BASE);
    assertThatThrownBy(() -> ScenarioLoader.load(f, List.of("sweep.goal=x"))).isInstanceOf(InputException.class)
        .hasMessageContaining("sweep cannot be changed");
  }
}
