package org.hasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code hasim bench} on a small slice of the reduced fleet: the table, the slope and the thread check. */
class BenchCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void measuresEachSizeAndChecksThatThreadsGiveIdenticalResults() {
    Path fleet = Path.of(System.getProperty("hasim.root", "..")).resolve("scenarios/scale/fleet-100.yaml");
    int code = Main.execute(new String[] {"bench", fleet.toString(), "--nodes", "20,40", "--replications", "2",
        "--warm-up", "0", "--set", "experiment.horizon=2d"}, new PrintWriter(out), new PrintWriter(err));

    assertThat(code).as(err.toString()).isZero();
    String text = out.toString();
    // 20 VMs per node, as in the file (2,000 VMs on 100 nodes)
    assertThat(text).contains("| 20 | 400 |", "| 40 | 800 |");
    assertThat(text).contains("slope 20 → 40 nodes");
    assertThat(text).contains("speed-up: 2 replications of 100 nodes", "results identical: yes");
  }

  @Test
  void aBadScenarioIsBadInput() {
    int code = Main.execute(new String[] {"bench", "no-such-fleet.yaml"}, new PrintWriter(out),
        new PrintWriter(err));
    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString()).contains("no such file");
  }
}
