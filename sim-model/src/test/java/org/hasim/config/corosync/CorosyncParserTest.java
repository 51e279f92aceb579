package org.hasim.config.corosync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.hasim.scenario.InputException;
import org.junit.jupiter.api.Test;

class CorosyncParserTest {
  private static final String SAMPLE = String.join("\n",
      "# corosync",                    // 1
      "totem {",                       // 2
      "  version: 2",                  // 3
      "  token: 5000",                 // 4
      "  consensus: 6000",             // 5
      "  interface {",                 // 6
      "    ringnumber: 0",             // 7
      "    bindnetaddr: 192.168.1.0",  // 8
      "  }",                           // 9
      "}",                             // 10
      "nodelist {",                    // 11
      "  node {",                      // 12
      "    ring0_addr: fd00::1",       // 13
      "    name: n1",                  // 14
      "    nodeid: 1",                 // 15
      "  }",                           // 16
      "  node {",                      // 17
      "    ring0_addr: n2.example",    // 18
      "    nodeid: 2",                 // 19
      "  }",                           // 20
      "  node {",                      // 21
      "    ring0_addr: 10.0.0.3",      // 22
      "  }",                           // 23
      "}",                             // 24
      "quorum {",                      // 25
      "  provider: corosync_votequorum", // 26
      "  two_node: 1",                 // 27
      "}",                             // 28
      "");

  @Test
  void readsNestedSectionsWithMillisecondTimes() {
    CorosyncConf c = CorosyncParser.parse("corosync.conf", SAMPLE);
    assertThat(c.token()).contains(new CorosyncConf.Millis(5.0, 4));
    assertThat(c.consensus()).contains(new CorosyncConf.Millis(6.0, 5));
    assertThat(c.twoNode()).isTrue();
    assertThat(c.quorumProvider().get().value()).isEqualTo("corosync_votequorum");
    assertThat(c.totem().get().all("interface")).hasSize(1);
  }

  @Test
  void nodeNamesComeFromNameOrAHostNameAddress() {
    CorosyncConf c = CorosyncParser.parse("corosync.conf", SAMPLE);
    assertThat(c.nodes()).extracting(CorosyncConf.Node::name)
        .containsExactly(Optional.of("n1"), Optional.of("n2.example"), Optional.empty());
    assertThat(c.nodes().get(0).addresses()).containsExactly("fd00::1");
    assertThat(c.nodes().get(0).line()).isEqualTo(12);
    assertThat(c.ringAddresses()).extracting(Section.Entry::line).containsExactly(13, 18, 22, 8);
  }

  @Test
  void consensusDefaultsToTwelveTenthsOfToken() {
    CorosyncConf c = CorosyncParser.parse("c", "totem {\n token: 2000\n}\n");
    assertThat(c.consensusOrDefault()).isEqualTo(2.4);
    assertThat(CorosyncParser.parse("c", "quorum {\n}\n").tokenOrDefault()).isEqualTo(3.0);
  }

  @Test
  void structuralErrorsNameTheLine() {
    for (var bad : List.of(
        new Object[] {"totem {\n token: 1000\n", 1, "never closed"},
        new Object[] {"totem {\n}\n}\n", 3, "without an open section"},
        new Object[] {"totem {\n token 1000\n}\n", 2, "neither"},
        new Object[] {"totem {\n token: 3s\n}\n", 2, "milliseconds"})) {
      assertThatThrownBy(() -> CorosyncParser.parse("c", (String) bad[0]))
          .isInstanceOf(InputException.class)
          .hasMessageContaining((String) bad[2])
          .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(bad[1]));
    }
  }
}
