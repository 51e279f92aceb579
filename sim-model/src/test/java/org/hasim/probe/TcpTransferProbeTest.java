package org.hasim.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.hasim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A 2 GiB transfer on the service LAN while the VM live-migrates over a dedicated migration network (so
 * the only effect on the transfer is the pause): hand-computed stall from the retransmission schedule
 * 0.2 s, 0.4 s, 0.8 s, ...; interrupted by a restart; restarted from zero with retry.
 */
class TcpTransferProbeTest {
  static final String YAML = """
      name: tcp-test
      experiment: {horizon: 150s, replications: 2, seed: 3}
      cluster:
        nodes:
          - {name: node1, memory: 8GiB}
          - {name: node2, memory: 8GiB}
        networks:
          - {name: lan, bandwidth: 1Gbit/s, latency: 100us, buffer: 256KiB, carries: [heartbeat, service]}
          - {name: mig, bandwidth: 1Gbit/s, latency: 100us, buffer: 256KiB, carries: [migration]}
        storage: {}
      vms:
        - {name: x0, memory: 1GiB, home: node1, resume_time: 20ms, arp_time: 0s}
      services:
        - {name: files, vm: x0}
      ha: {recovery: live-migration}
      events: ["migrate x0 to node2 at 11s"]
      probes:
        - {name: copy, type: tcp, target: x0, start: 10s, size: 2GiB, min_rto: 200ms}
      """;
  /** 2 GiB at 1 Gbit/s, the last byte one latency later. */
  static final double ALONE = Math.pow(2, 31) * 8 / 1e9 + 100e-6;
  static final double BYTES = Math.pow(2, 31);

  @Test
  void withoutMigrationTheTransferTakesSizeOverBandwidth() {
    ProbeRun r = ProbeRun.run(ProbeRun.load(YAML, "events=[]").base(), 0);
    assertThat(r.get("copy", "completed")).isEqualTo(1);
    assertThat(r.get("copy", "elapsed_s")).isCloseTo(ALONE, offset(1e-9));
    assertThat(r.get("copy", "stalled_s")).isZero();
  }

  /** Pause = 2.1 ms state + 0.1 ms + 20 ms resume + ARP; the first retransmission after it resumes. */
  @ParameterizedTest
  @CsvSource({"0s, 0.2, 1", "500ms, 0.6, 2", "1500ms, 3.0, 4"})
  void survivesALiveMigrationAndTakesThePausePlusRetransmissionWaitLonger(String arp, double stall,
      int retransmissions) {
    Scenario s = ProbeRun.load(YAML, "vms[x0].arp_time=" + arp).base();
    ProbeRun r = ProbeRun.run(s, 0);

    assertThat(r.migrations).hasSize(1);
    double pause = 256 * 1024 * 8 / 1e9 + 100e-6 + 0.020 + Double.parseDouble(arp.replace("ms", "e-3")
        .replace("s", ""));
    assertThat(r.migrations.get(0).downtime()).isCloseTo(pause, offset(1e-9));
    assertThat(stall).isGreaterThanOrEqualTo(pause);
    assertThat(r.get("copy", "completed")).isEqualTo(1);
    assertThat(r.get("copy", "interrupted")).isZero();
    assertThat(r.get("copy", "bytes")).isCloseTo(BYTES, offset(1e-3));
    assertThat(r.get("copy", "stalled_s")).isCloseTo(stall, offset(1e-9));
    assertThat(r.get("copy", "retransmissions")).isEqualTo(retransmissions);
    assertThat(r.get("copy", "elapsed_s")).isCloseTo(ALONE + stall, offset(1e-6));
  }

  @Test
  void aRestartInterruptsTheTransfer() {
    ProbeRun r = ProbeRun.run(ProbeRun.load(YAML, "ha.recovery=restart").base(), 0);
    assertThat(r.get("copy", "completed")).isZero();
    assertThat(r.get("copy", "interrupted")).isEqualTo(1);
    // the shutdown at 11 s ends the connection after 1 s at 1 Gbit/s
    assertThat(r.get("copy", "bytes")).isCloseTo(1e9 / 8, offset(1.0));
    assertThat(r.get("copy", "elapsed_s")).isCloseTo(1.0, offset(1e-9));
    assertThat(r.of("interrupted")).hasSize(1);
  }

  @Test
  void withRetryTheClientReconnectsAfterTheRestartAndStartsAgain() {
    ProbeRun r = ProbeRun.run(ProbeRun.load(YAML, "ha.recovery=restart",
        "probes[copy].on_interrupt=retry").base(), 0);
    // reset at 11 s; x0 down 20 s (shutdown) + 30 s (boot) until 61 s; SYNs at 12, 14, 18, 26, 42, 74 s
    assertThat(r.get("copy", "completed")).isEqualTo(1);
    assertThat(r.get("copy", "interruptions")).isEqualTo(1);
    assertThat(r.get("copy", "elapsed_s")).isCloseTo(74 - 10 + ALONE, offset(1e-6));
    assertThat(r.get("copy", "bytes")).isCloseTo(BYTES, offset(1e-3));
  }
}
