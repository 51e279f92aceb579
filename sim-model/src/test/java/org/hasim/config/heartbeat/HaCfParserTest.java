package org.hasim.config.heartbeat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.hasim.scenario.InputException;
import org.junit.jupiter.api.Test;

class HaCfParserTest {
  private static final String SAMPLE = String.join("\n",
      "# ha.cf",                              // 1
      "logfacility local0",                   // 2
      "keepalive 500ms   # twice a second",   // 3
      "deadtime 10",                          // 4
      "warntime 5",                           // 5
      "initdead 20",                          // 6
      "udpport 694",                          // 7
      "bcast eth0 eth1",                      // 8
      "mcast eth2 225.0.0.1 694 1 0",         // 9
      "ucast eth1 10.0.0.2",                  // 10
      "serial /dev/ttyS0",                    // 11
      "auto_failback legacy",                 // 12
      "node alpha beta",                      // 13
      "node gamma",                           // 14
      "stonith_host * baytech 10.0.0.3 login pw", // 15
      "CRM respawn",                          // 16
      "");

  @Test
  void readsTimesWithHeartbeatUnitsAndTheirLines() {
    HaCf h = HaCfParser.parse("ha.cf", SAMPLE);
    assertThat(h.keepalive()).contains(new TimeSetting(0.5, "500ms", 3));
    assertThat(h.deadtime().get().seconds()).isEqualTo(10);
    assertThat(h.warntime().get().line()).isEqualTo(5);
    assertThat(h.initdead().get().seconds()).isEqualTo(20);
  }

  @Test
  void readsNodesMediaAndFlags() {
    HaCf h = HaCfParser.parse("ha.cf", SAMPLE);
    assertThat(h.nodes()).extracting(HaCf.NodeName::name).containsExactly("alpha", "beta", "gamma");
    assertThat(h.nodes().get(2).line()).isEqualTo(14);
    assertThat(h.media()).containsExactly(
        new Medium(Medium.Kind.BCAST, "eth0", Optional.empty(), 8),
        new Medium(Medium.Kind.BCAST, "eth1", Optional.empty(), 8),
        new Medium(Medium.Kind.MCAST, "eth2", Optional.of("225.0.0.1"), 9),
        new Medium(Medium.Kind.UCAST, "eth1", Optional.of("10.0.0.2"), 10),
        new Medium(Medium.Kind.SERIAL, "/dev/ttyS0", Optional.empty(), 11));
    assertThat(h.mediaDevices()).containsExactly("/dev/ttyS0", "eth0", "eth1", "eth2");
    assertThat(h.autoFailback()).contains(true);
    assertThat(h.crmEnabled()).isTrue();
    assertThat(h.stonithDirectives()).hasSize(1);
    assertThat(h.unknown()).isEmpty();
  }

  @Test
  void appliesHeartbeatDefaultsWhenTimesAreAbsent() {
    HaCf h = HaCfParser.parse("ha.cf", "node a\nnode b\nbcast eth0\n");
    assertThat(h.keepaliveOrDefault()).isEqualTo(1.0);
    assertThat(h.deadtimeOrDefault()).isEqualTo(30.0);
    assertThat(h.warntimeOrDefault()).isEqualTo(15.0);
    assertThat(h.crmEnabled()).isFalse();
    assertThat(h.autoFailback()).isEmpty();
  }

  @Test
  void secondsSuffixIsAnInputErrorAsInHeartbeat() {
    assertThatThrownBy(() -> HaCfParser.parse("ha.cf", "keepalive 1\ndeadtime 10s\n"))
        .isInstanceOf(InputException.class)
        .satisfies(e -> {
          InputException ie = (InputException) e;
          assertThat(ie.line()).isEqualTo(2);
          assertThat(ie.field()).contains("deadtime");
          assertThat(ie.paragraph()).contains("'10s'").contains("ms");
        });
  }

  @Test
  void mediumWithoutPeerIsAnInputError() {
    assertThatThrownBy(() -> HaCfParser.parse("ha.cf", "ucast eth1\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("needs 2 arguments");
  }

  @Test
  void unknownDirectivesAreKeptForTheRules() {
    HaCf h = HaCfParser.parse("ha.cf", "keepalive 1\ndeadtiem 10\n");
    assertThat(h.unknown()).extracting(Directive::name).containsExactly("deadtiem");
    assertThat(h.unknown().get(0).line()).isEqualTo(2);
  }
}
