package org.hasim.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hasim.migration.MigrationRecord;
import org.hasim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The paper's ping experiment (Fig. 8, DESIGN §8): 2000 pings at 100/s during one live migration lose
 * about 20 packets, with no break in RTT apart from that gap.
 *
 * <p><b>Parameters:</b> NOT yet the calibrated set. These are the defaults chosen by physical reasoning in
 * scenarios/paper/ping-during-migration.yaml (xen-v2, one shared 1 Gbit/s LAN with 100 us latency and a
 * 256 KiB buffer, a 1 GiB VM with a 24 MiB working set rewritten every 100 ms, resume 9 ms, gratuitous
 * ARP, jitter 50 us). When the calibration writes its parameter set, point {@link #PARAMETERS} at it.
 */
class PaperPingTest {
  /** The parameters under test (see the class comment); the values of ping-during-migration.yaml. */
  static final String PARAMETERS = """
      name: paper-ping
      experiment: {horizon: 90s, replications: 20, seed: 20261201}
      cluster:
        nodes:
          - {name: node1, cpus: 4, memory: 8GiB, cpu_model: xeon}
          - {name: node2, cpus: 4, memory: 8GiB, cpu_model: xeon}
        networks:
          - {name: lan, bandwidth: 1Gbit/s, latency: 100us, buffer: 256KiB,
             carries: [heartbeat, migration, service]}
        storage: {name: san}
      vms:
        - name: x0
          memory: 1GiB
          home: node1
          dirty: {working_set: {hot: 24MiB, period: 100ms, cold: 0B/s}}
          resume_time: 9ms
          arp_time: 0s
      services:
        - {name: web, vm: x0}
      ha:
        recovery: live-migration
        migration: {algorithm: xen-v2, timeout: 120s}
      events: ["migrate x0 to node2 at 12s"]
      probes:
        - {name: ping-x0, type: ping, target: x0, from: client, start: 10s, rate: 100/s, count: 2000,
           jitter: 50us}
      """;
  /** A saturated hop adds its whole buffer; a ping crosses the LAN twice. */
  static final double RTT_BOUND_MS = 2 * (0.1 + 256 * 1024 * 8 / 1e9 * 1000 + 84 * 8 / 1e6);

  @Test
  void losesTwentyPlusMinusFourPacketsOnAverage() {
    Scenario s = ProbeRun.load(PARAMETERS).base();
    int reps = s.experiment().replications();
    double lost = 0;
    for (int rep = 0; rep < reps; rep++) {
      lost += ProbeRun.run(s, rep).get("ping-x0", "lost");
    }
    assertThat(lost / reps).isBetween(16.0, 24.0);
  }

  @Test
  void showsNoBreakInRttOutsideThePause() {
    Scenario s = ProbeRun.load(PARAMETERS).base();
    for (int rep = 0; rep < 5; rep++) {
      ProbeRun r = ProbeRun.run(s, rep);
      MigrationRecord m = r.migrations.get(0);
      double pausedAt = m.start() + m.totalTime() - m.downtime();
      List<ProbeSample> lost = r.of(ProbeSample.LOST);
      // the gap is one run of lost packets, all sent during the pause
      assertThat(r.get("ping-x0", "longest_loss_ms")).isEqualTo(lost.size() * 10.0);
      lost.forEach(p -> assertThat(p.time()).isBetween(pausedAt - 0.01, pausedAt + m.downtime()));
      // every other packet is answered, no slower than across a link with a full buffer (+ jitter tail)
      r.of(ProbeSample.RTT).forEach(p -> assertThat(p.value()).isLessThan(RTT_BOUND_MS + 1.0));
      assertThat(r.get("ping-x0", "received") + lost.size()).isEqualTo(2000);
    }
  }
}
