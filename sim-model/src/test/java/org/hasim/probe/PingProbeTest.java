package org.hasim.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.hasim.migration.MigrationRecord.Outcome;
import org.hasim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Ping during a live migration with a deterministic pause, against hand-computed timelines: which packets
 * are lost, and the RTT before, during and after the push phase on a shared link.
 */
class PingProbeTest {
  static final String YAML = """
      name: ping-test
      experiment: {horizon: 60s, replications: 2, seed: 7}
      cluster:
        nodes:
          - {name: node1, memory: 8GiB}
          - {name: node2, memory: 8GiB}
        networks:
          - {name: lan, bandwidth: 1Gbit/s, latency: 100us, buffer: 256KiB,
             carries: [heartbeat, migration, service]}
        storage: {}
      vms:
        - {name: x0, memory: 1GiB, home: node1, resume_time: 20ms, arp_time: 200ms}
      services:
        - {name: web, vm: x0}
      ha: {recovery: live-migration}
      events: ["migrate x0 to node2 at 12s"]
      probes:
        - {name: ping-x0, type: ping, target: x0, from: client, start: 10s, rate: 100/s, count: 2000,
           jitter: 0s}
      """;

  // Hand-computed timeline (1 GiB, no dirtying: one push round, then stop-and-copy of the 256 KiB state).
  static final double LATENCY = 100e-6;
  static final double ROUND1 = Math.pow(2, 30) * 8 / 1e9 + LATENCY;
  static final double PAUSED_AT = 12 + ROUND1;
  static final double PAUSE = 256 * 1024 * 8 / 1e9 + LATENCY + 0.020 + 0.200;
  static final double SERIALIZATION = 84 * 8 / 1e9;
  static final double RTT_IDLE_MS = 2 * (LATENCY + SERIALIZATION) * 1000;
  static final double RTT_SATURATED_MS = 2 * (LATENCY + 256 * 1024 * 8 / 1e9 + SERIALIZATION) * 1000;

  @Test
  void losesThePacketsThatArriveDuringThePause() {
    ProbeRun r = ProbeRun.run(ProbeRun.load(YAML).base(), 0);

    assertThat(r.migrations).hasSize(1);
    assertThat(r.migrations.get(0).outcome()).isEqualTo(Outcome.COMMITTED);
    assertThat(r.migrations.get(0).downtime()).isCloseTo(PAUSE, offset(1e-9));
    double lost = r.get("ping-x0", "lost");
    assertThat(Math.abs(lost - PAUSE * 100)).as("lost %s vs pause x rate %s", lost, PAUSE * 100)
        .isLessThanOrEqualTo(1.0);
    assertThat(r.get("ping-x0", "sent")).isEqualTo(2000);
    assertThat(r.get("ping-x0", "received")).isEqualTo(2000 - lost);
    // every lost packet was sent within the pause (less one interval for the forward delay), in one run
    for (ProbeSample s : r.of(ProbeSample.LOST)) {
      assertThat(s.time()).isBetween(PAUSED_AT - 0.01, PAUSED_AT + PAUSE);
    }
    assertThat(r.get("ping-x0", "longest_loss_ms")).isCloseTo(lost * 10, offset(1e-9));
  }

  @Test
  void rttRisesWhileThePushSaturatesTheSharedLinkAndFallsBackAfter() {
    ProbeRun r = ProbeRun.run(ProbeRun.load(YAML).base(), 0);
    List<ProbeSample> rtt = r.of(ProbeSample.RTT);

    List<ProbeSample> before = rtt.stream().filter(s -> s.time() < 11.995).toList();
    List<ProbeSample> push = rtt.stream().filter(s -> s.time() > 12.005 && s.time() < PAUSED_AT - 0.01).toList();
    List<ProbeSample> after = rtt.stream().filter(s -> s.time() > PAUSED_AT + PAUSE + 0.01).toList();
    assertThat(before).hasSize(200);
    assertThat(push).hasSizeGreaterThan(800);
    assertThat(after).hasSizeGreaterThan(900);
    before.forEach(s -> assertThat(s.value()).isCloseTo(RTT_IDLE_MS, offset(1e-9)));
    push.forEach(s -> assertThat(s.value()).isCloseTo(RTT_SATURATED_MS, offset(1e-9)));
    after.forEach(s -> assertThat(s.value()).isCloseTo(RTT_IDLE_MS, offset(1e-9)));
  }

  @Test
  void jitterIsExponentialWithTheGivenMean() {
    Scenario s = ProbeRun.load(YAML, "probes[ping-x0].jitter=1ms", "events=[]").base();
    ProbeRun r = ProbeRun.run(s, 3);
    double mean = r.of(ProbeSample.RTT).stream().mapToDouble(x -> x.value() - RTT_IDLE_MS).average().orElseThrow();
    // 2000 exponential draws with mean 1 ms: standard error 1/sqrt(2000) ms = 0.022 ms
    assertThat(mean).isCloseTo(1.0, offset(0.09));
  }

  @Test
  void aPacketWithNoPathIsLostAndAUdpStreamLosesWhatIsSentDuringAnOutage() {
    // a restart: shutdown 20 s + boot 30 s, deterministic, from 12 s; udp at 10/s from 0 s for 100 s
    String yaml = YAML.replace("ha: {recovery: live-migration}", "ha: {recovery: restart}")
        .replace("horizon: 60s", "horizon: 120s")
        .replace("- {name: ping-x0, type: ping, target: x0, from: client, start: 10s, rate: 100/s, count: 2000,",
            "- {name: stream, type: udp, target: x0, start: 0s, rate: 10/s, duration: 100s, size: 1000B,");
    ProbeRun r = ProbeRun.run(ProbeRun.load(yaml).base(), 0);

    assertThat(r.get("stream", "sent")).isEqualTo(1000);
    assertThat(Math.abs(r.get("stream", "lost") - 50 * 10)).isLessThanOrEqualTo(1.0);
    // one-way delay of a 1000-byte datagram on an idle link: latency + serialization
    r.of(ProbeSample.DELAY).forEach(x -> assertThat(x.value()).isCloseTo((LATENCY + 8000 / 1e9) * 1000,
        offset(1e-9)));
  }
}
