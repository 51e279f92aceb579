package org.hasim.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.hasim.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A probe observes without disturbing: the failures, recoveries and migrations of a replication are the
 * same with and without it (it draws only from its own streams), and it costs two events: its window's
 * opening and closing.
 */
class ProbeIsolationTest {
  static final String YAML = """
      name: isolation
      experiment: {horizon: 10y, replications: 2, seed: 11}
      cluster:
        nodes:
          - name: node{i}
            count: 2
            memory: 8GiB
            failures:
              hardware: {ttf: {exponential: {mean: 200d}}, ttr: {exponential: {mean: 4h}}}
              hypervisor: {ttf: {exponential: {mean: 100d}}, ttr: 2min}
        networks:
          - {name: lan, bandwidth: 1Gbit/s, carries: [heartbeat, migration, service]}
        storage: {}
      vms:
        - name: x0
          memory: 1GiB
          home: node1
          boot_time: {uniform: {min: 20s, max: 40s}}
          crash: {ttf: {exponential: {mean: 60d}}, restart: 30s}
          dirty: {constant: 5MiB/s}
      services:
        - {name: web, vm: x0}
      ha: {recovery: RECOVERY}
      maintenance:
        - {nodes: all, period: 30d, duration: 2h}
      probes:
        - {name: ping-x0, type: ping, target: x0, start: 400d, rate: 100/s, count: 2000}
      """;

  @ParameterizedTest
  @ValueSource(strings = {"restart", "live-migration"})
  void theClusterSeesTheSameHistoryWithAndWithoutAProbe(String recovery) {
    Scenario with = ProbeRun.load(YAML.replace("RECOVERY", recovery)).base();
    Scenario without = ProbeRun.load(YAML.replace("RECOVERY", recovery), "probes=[]").base();
    for (int rep = 0; rep < 3; rep++) {
      ProbeRun a = ProbeRun.run(with, rep);
      ProbeRun b = ProbeRun.run(without, rep);
      assertThat(a.serviceDowntime).isEqualTo(b.serviceDowntime);
      assertThat(a.serviceDowntime.get("web")).isPositive();
      assertThat(a.migrations).isEqualTo(b.migrations);
      assertThat(a.get("ping-x0", "sent")).isEqualTo(2000);

      // packets are settled between changes, not scheduled: one event opens the window, one closes it
      assertThat(a.events - b.events).isEqualTo(2);
    }
  }
}
