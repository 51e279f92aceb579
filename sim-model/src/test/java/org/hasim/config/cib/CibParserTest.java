package org.hasim.config.cib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.hasim.scenario.InputException;
import org.junit.jupiter.api.Test;

class CibParserTest {
  private static final String SAMPLE = String.join("\n",
      "<?xml version=\"1.0\"?>",                                                            // 1
      "<cib validate-with=\"pacemaker-1.2\">",                                             // 2
      " <configuration>",                                                                   // 3
      "  <crm_config><cluster_property_set id=\"o\">",                                     // 4
      "   <nvpair id=\"o1\" name=\"no_quorum_policy\" value=\"ignore\"/>",                  // 5
      "   <nvpair id=\"o2\" name=\"stonith-enabled\" value=\"false\"/>",                    // 6
      "  </cluster_property_set></crm_config>",                                            // 7
      "  <nodes>",                                                                          // 8
      "   <node id=\"1\" uname=\"n1\"><utilization id=\"u\">",                             // 9
      "    <nvpair id=\"u1\" name=\"memory\" value=\"4096\"/></utilization></node>",       // 10
      "  </nodes>",                                                                         // 11
      "  <resources>",                                                                      // 12
      "   <group id=\"g\"><meta_attributes id=\"gm\">",                                    // 13
      "     <nvpair id=\"gm1\" name=\"allow-migrate\" value=\"true\"/></meta_attributes>",  // 14
      "    <primitive id=\"vm\" class=\"ocf\" provider=\"heartbeat\" type=\"Xen\">",        // 15
      "     <instance_attributes id=\"p\"><nvpair id=\"p1\" name=\"xmfile\" value=\"/etc/xen/vm.cfg\"/>",
      "     </instance_attributes>",                                                        // 17
      "     <operations>",                                                                  // 18
      "      <op id=\"a\" name=\"start\" interval=\"0\" timeout=\"2min\"/>",               // 19
      "      <op id=\"b\" name=\"monitor\" interval=\"10s\"/>",                            // 20
      "     </operations>",                                                                 // 21
      "    </primitive>",                                                                   // 22
      "   </group>",                                                                        // 23
      "   <primitive id=\"f\" class=\"stonith\" type=\"external/ipmi\"/>",                 // 24
      "  </resources>",                                                                     // 25
      "  <constraints>",                                                                    // 26
      "   <rsc_location id=\"l1\" rsc=\"vm\" node=\"n1\" score=\"50\"/>",                  // 27
      "   <rsc_location id=\"l2\" rsc=\"vm\"><rule id=\"r\" score=\"-INFINITY\">",         // 28
      "     <expression id=\"e\" attribute=\"#uname\" operation=\"eq\" value=\"n2\"/></rule>",
      "   </rsc_location>",                                                                 // 30
      "  </constraints>",                                                                   // 31
      "  <rsc_defaults><meta_attributes id=\"rd\">",                                       // 32
      "   <nvpair id=\"rd1\" name=\"resource-stickiness\" value=\"100\"/></meta_attributes></rsc_defaults>",
      " </configuration>",                                                                  // 34
      " <status><node_state id=\"1\"><nvpair id=\"s\" name=\"stonith-enabled\" value=\"true\"/>"
          + "</node_state></status>",                                                       // 35
      "</cib>");

  private static Cib parse(String xml) {
    return CibParser.parse("cib.xml", xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsClusterOptionsWithOldUnderscoreNames() {
    Cib c = parse(SAMPLE);
    assertThat(c.noQuorumPolicy()).isEqualTo("ignore");
    assertThat(c.property("no-quorum-policy").get().line()).isEqualTo(5);
    assertThat(c.stonithEnabled()).as("status section is ignored").isFalse();
  }

  @Test
  void readsNodesPrimitivesAndOperationsWithLines() {
    Cib c = parse(SAMPLE);
    assertThat(c.nodes()).singleElement().satisfies(n -> {
      assertThat(n.uname()).isEqualTo("n1");
      assertThat(n.line()).isEqualTo(9);
      assertThat(NvPair.find(n.utilization(), "memory").get().value()).isEqualTo("4096");
    });
    Primitive vm = c.vms().get(0);
    assertThat(vm.line()).isEqualTo(15);
    assertThat(vm.param("xmfile").get().value()).isEqualTo("/etc/xen/vm.cfg");
    assertThat(vm.metaAttr("allow-migrate").get().value()).as("inherited from the group").isEqualTo("true");
    assertThat(vm.ops("start")).containsExactly(new Op("start", 0, Optional.of(120.0), Optional.of("2min"), 19));
    assertThat(vm.ops("monitor").get(0).interval()).isEqualTo(10.0);
    assertThat(vm.ops("monitor").get(0).timeout()).isEmpty();
    assertThat(c.fencingDevices()).extracting(Primitive::id).containsExactly("f");
  }

  @Test
  void readsLocationsIncludingRuleForm() {
    Cib c = parse(SAMPLE);
    assertThat(c.locations()).containsExactly(
        new Location("l1", "vm", Optional.of("n1"), "50", 27),
        new Location("l2", "vm", Optional.of("n2"), "-INFINITY", 28));
    assertThat(c.locations().get(1).scoreValue()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(c.stickiness(c.vms().get(0)).get().value()).isEqualTo("100");
  }

  @Test
  void badTimeNamesTheOperationLine() {
    String xml = SAMPLE.replace("timeout=\"2min\"", "timeout=\"2 minutes\"");
    assertThatThrownBy(() -> parse(xml)).isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(19))
        .hasMessageContaining("not a Pacemaker time");
  }

  @Test
  void otherRootElementsAreRefused() {
    assertThatThrownBy(() -> parse("<configuration/>")).isInstanceOf(InputException.class)
        .hasMessageContaining("not <cib>");
  }

  @Test
  void malformedXmlNamesLineAndColumn() {
    assertThatThrownBy(() -> parse("<cib>\n  <configuration>\n</cib>")).isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(3));
  }
}
