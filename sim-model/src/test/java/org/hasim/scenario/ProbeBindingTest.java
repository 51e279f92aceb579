package org.hasim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hasim.failure.Distribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code probes:} section and the nodes' CPU performance keys: values in SI units, strict errors. */
class ProbeBindingTest {
  @TempDir
  Path tmp;

  static final String BASE = """
      name: probes
      experiment: {horizon: 60s}
      cluster:
        nodes:
          - {name: node1, memory: 8GiB}
          - {name: node2, memory: 8GiB, virtualization_overhead: 0.05, consolidation_limit: 10}
      vms:
        - {name: x0, memory: 1GiB, home: node1}
        - {name: x1, memory: 1GiB, home: node2}
      services:
        - {name: db, vm: x1}
        - {name: web, vm: x0, depends_on: [db]}
      probes:
      """;

  private ScenarioSet load(String probes, String... sets) throws IOException {
    Path file = Files.writeString(tmp.resolve("s.yaml"), BASE + probes);
    return ScenarioLoader.load(file, List.of(sets));
  }

  private InputException error(String probes, String... sets) {
    return catchThrowableOfType(InputException.class, () -> load(probes, sets));
  }

  @Test
  void everyTypeBindsWithUnitsConvertedAndDefaultsApplied() throws IOException {
    Scenario s = load("""
          - {name: ping-x0, type: ping, target: x0, start: 10s, rate: 100/s, count: 2000}
          - {name: stream, type: udp, target: x0, from: node2, start: 1s, rate: 50/s, duration: 2s, size: 1KiB}
          - {name: copy, type: tcp, target: x1, start: 5s, size: 1GiB, rate: 100Mbit/s, on_interrupt: retry}
          - {name: siege, type: web, web: web, db: db, start: 0s, duration: 30s, users: 15,
             think_time: {uniform: {min: 0s, max: 2s}}, web_demand: 20ms, db_demand: 10ms}
        """).base();

    assertThat(s.probes()).containsExactly(
        new ProbeSpec.Ping("ping-x0", "x0", "client", 10, 100, 2000, 84, 50e-6),
        new ProbeSpec.Udp("stream", "x0", "node2", 1, 50, 2, 1024, 50e-6),
        new ProbeSpec.Tcp("copy", "x1", "client", 5, 1L << 30, 100e6, 0.2, Double.POSITIVE_INFINITY, true),
        new ProbeSpec.Web("siege", "client", 0, 30, 15, new Distribution.Uniform(0, 2), "web", Optional.of("db"),
            new Distribution.Deterministic(0.020), new Distribution.Deterministic(0.010), 1.0, 30.0));
    assertThat(((ProbeSpec.Ping) s.probes().get(0)).windowEnd()).isEqualTo(30.0);
    assertThat(((ProbeSpec.Udp) s.probes().get(1)).count()).isEqualTo(100);
    assertThat(s.cluster().node("node1").performance()).isEqualTo(CpuPerformance.DEFAULT);
    assertThat(s.cluster().node("node2").performance()).isEqualTo(new CpuPerformance(0.05, 10, 0.1));
  }

  @Test
  void aPingDurationIsTurnedIntoACountAndProbesCanBeSetFromTheCommandLine() throws IOException {
    Scenario s = load("  - {name: p, type: ping, target: x0, start: 0s, rate: 10/s, duration: 5s}\n",
        "probes[p].rate=20/s").base();
    assertThat(((ProbeSpec.Ping) s.probes().get(0)).count()).isEqualTo(100);
  }

  @Test
  void mistakesAreReportedWithLineFieldAndHint() {
    assertThat(error("  - {name: p, type: pign, target: x0, start: 0s, rate: 1/s, count: 1}\n").paragraph())
        .contains("'pign' is not allowed").contains("did you mean 'ping'");
    InputException unknownKey =
        error("  - {name: p, type: ping, target: x0, start: 0s, rat: 1/s, count: 1}\n");
    assertThat(unknownKey.field()).contains("probes[0].rat");
    assertThat(unknownKey.line()).isEqualTo(14);
    assertThat(unknownKey.paragraph()).contains("did you mean 'rate'");
    assertThat(error("  - {name: p, type: ping, target: x0, start: 0s, rate: 1/s, users: 3, count: 1}\n")
        .paragraph()).contains("unknown key 'users'").contains("allowed keys in probes[0]: name, type");
    assertThat(error("  - {name: p, type: ping, target: x9, start: 0s, rate: 1/s, count: 1}\n").paragraph())
        .contains("unknown VM 'x9'");
    assertThat(error("  - {name: p, type: ping, target: x0, start: 0s, rate: 1/s, count: 1, duration: 1s}\n")
        .paragraph()).contains("give count or duration, not both");
    assertThat(error("  - {name: p, type: ping, target: x0, start: 50s, rate: 100/s, count: 2000}\n").paragraph())
        .contains("after the end of the run");
    assertThat(error("  - {name: u, type: udp, target: x0, start: 0s, rate: 1000000/s, duration: 20s}\n")
        .paragraph()).contains("more than 10000000");
    assertThat(error("  - {name: p.x, type: ping, target: x0, start: 0s, rate: 1/s, count: 1}\n").paragraph())
        .contains("not a valid probe name");
    assertThat(error("  - {name: p, type: ping, target: x0, start: 0s, rate: 1/s, count: 1, from: nod1}\n")
        .paragraph()).contains("did you mean 'node1'");
    assertThat(error("  - {name: p, type: tcp, target: x0, start: 0s}\n").paragraph())
        .contains("missing required key 'size'");
    assertThat(error("  - {name: w, type: web, web: web, db: web, start: 0s, duration: 1s, users: 1,"
        + " web_demand: 1ms}\n").paragraph()).contains("the same service");
    assertThat(error("  - {name: w, type: web, web: web, start: 0s, duration: 1s, users: 1, web_demand: 1ms,"
        + " db_demand: 1ms}\n").paragraph()).contains("db_demand without a db service");
    assertThat(error("  - {name: a, type: ping, target: x0, start: 0s, rate: 1/s, count: 1}\n"
        + "  - {name: a, type: ping, target: x0, start: 0s, rate: 1/s, count: 1}\n").paragraph())
        .contains("duplicate probe name 'a'");
  }

  @Test
  void nodePerformanceKeysAreChecked() {
    assertThat(error("  []\n", "cluster.nodes[node1].virtualization_overhead=-0.1").paragraph())
        .contains("must be >= 0");
    assertThat(error("  []\n", "cluster.nodes[node1].virtualization_overhead=3%").paragraph())
        .contains("not a plain number");
    assertThat(error("  []\n", "cluster.nodes[node1].consolidation_limit=0").paragraph())
        .contains("too small");
  }
}
