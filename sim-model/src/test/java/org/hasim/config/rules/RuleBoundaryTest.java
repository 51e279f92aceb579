package org.hasim.config.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hasim.config.ConfigReader;
import org.hasim.config.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each threshold rule just below and just above its limit, with limits worked out by hand. */
class RuleBoundaryTest {
  @TempDir Path dir;

  private List<String> rules(ValidationOptions options, String... nameAndText) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < nameAndText.length; i += 2) {
      Path p = dir.resolve(nameAndText[i]);
      Files.writeString(p, nameAndText[i + 1]);
      files.add(p);
    }
    List<Finding> f = Validator.validate(ConfigReader.read(files), options);
    return f.stream().map(Finding::rule).toList();
  }

  private List<String> haCf(String timing) throws IOException {
    return rules(ValidationOptions.defaults(), "ha.cf",
        timing + "\nbcast eth0\nbcast eth1\nnode a\nnode b\nauto_failback off\n");
  }

  @Test
  void deadtimeMustStrictlyExceedTwiceKeepalive() throws IOException {
    assertThat(haCf("keepalive 1\ndeadtime 2")).contains("HB001");
    assertThat(haCf("keepalive 500ms\ndeadtime 1")).contains("HB001");
    assertThat(haCf("keepalive 1\ndeadtime 2001ms")).doesNotContain("HB001");
    assertThat(haCf("keepalive 2")).as("default deadtime 30 s").doesNotContain("HB001");
  }

  @Test
  void initdeadBands() throws IOException {
    assertThat(haCf("deadtime 10\ninitdead 9.999")).contains("HB002").doesNotContain("HB003");
    assertThat(haCf("deadtime 10\ninitdead 10")).contains("HB003").doesNotContain("HB002");
    assertThat(haCf("deadtime 10\ninitdead 19999ms")).contains("HB003");
    assertThat(haCf("deadtime 10\ninitdead 20")).doesNotContain("HB002", "HB003");
  }

  @Test
  void warntimeMustStayBelowDeadtime() throws IOException {
    assertThat(haCf("deadtime 10\nwarntime 10")).contains("HB004");
    assertThat(haCf("deadtime 10\nwarntime 9999ms")).doesNotContain("HB004");
  }

  @Test
  void consensusAtTwelveTenthsOfTokenIsEnough() throws IOException {
    String ok = "totem {\n token: 3000\n consensus: 3600\n}\nnodelist {\n node {\n ring0_addr: 10.0.0.1\n"
        + " ring1_addr: 10.1.0.1\n name: a\n }\n}\n";
    assertThat(rules(ValidationOptions.defaults(), "corosync.conf", ok)).doesNotContain("CS001");
    assertThat(rules(ValidationOptions.defaults(), "corosync.conf", ok.replace("3600", "3599")))
        .contains("CS001");
    assertThat(rules(ValidationOptions.defaults(), "corosync.conf", ok.replace(" consensus: 3600\n", "")))
        .as("default consensus").doesNotContain("CS001");
  }

  private static String cib(String migrateToTimeout, String nodeMemory, String... vmMemories) {
    StringBuilder sb = new StringBuilder("<cib><configuration><crm_config><cluster_property_set id=\"o\">"
        + "<nvpair id=\"o1\" name=\"stonith-enabled\" value=\"true\"/></cluster_property_set></crm_config>"
        + "<nodes>");
    for (String n : List.of("n1", "n2", "n3")) {
      sb.append("<node id=\"").append(n).append("\" uname=\"").append(n).append("\"><utilization id=\"u")
          .append(n).append("\"><nvpair id=\"m").append(n).append("\" name=\"memory\" value=\"")
          .append(nodeMemory).append("\"/></utilization></node>");
    }
    sb.append("</nodes><resources><primitive id=\"f\" class=\"stonith\" type=\"fence_ipmilan\"/>");
    for (int i = 0; i < vmMemories.length; i++) {
      sb.append("<primitive id=\"v").append(i).append("\" class=\"ocf\" provider=\"heartbeat\" type=\"Xen\">")
          .append("<instance_attributes id=\"p").append(i).append("\"><nvpair id=\"px").append(i)
          .append("\" name=\"xmfile\" value=\"/etc/xen/v").append(i).append(".cfg\"/></instance_attributes>")
          .append("<meta_attributes id=\"mt").append(i).append("\">")
          .append("<nvpair id=\"a").append(i).append("\" name=\"allow-migrate\" value=\"true\"/>")
          .append("<nvpair id=\"t").append(i).append("\" name=\"migration-threshold\" value=\"3\"/>")
          .append("<nvpair id=\"ft").append(i).append("\" name=\"failure-timeout\" value=\"60s\"/>")
          .append("</meta_attributes><operations>")
          .append("<op id=\"s").append(i).append("\" name=\"start\" interval=\"0\" timeout=\"60\"/>")
          .append("<op id=\"st").append(i).append("\" name=\"stop\" interval=\"0\" timeout=\"40\"/>")
          .append("<op id=\"mt").append(i).append("\" name=\"migrate_to\" interval=\"0\" timeout=\"")
          .append(migrateToTimeout).append("\"/>")
          .append("<op id=\"mf").append(i).append("\" name=\"migrate_from\" interval=\"0\" timeout=\"120\"/>")
          .append("</operations></primitive>");
    }
    return sb.append("</resources></configuration></cib>").toString();
  }

  private List<String> cluster(ValidationOptions o, String migrateTo, String nodeMemory, String... vmMiB)
      throws IOException {
    List<String> args = new ArrayList<>(List.of("cib.xml", cib(migrateTo, nodeMemory, vmMiB)));
    for (int i = 0; i < vmMiB.length; i++) {
      args.add("v" + i + ".cfg");
      args.add("name = \"v" + i + "\"\nmemory = " + vmMiB[i] + "\n");
    }
    return rules(o, args.toArray(String[]::new));
  }

  @Test
  void migrateToMustOutlastOneMemoryCopy() throws IOException {
    // 1 GiB at 100 Mbit/s: 2^30 · 8 / 1e8 = 85.9 s (DESIGN §8's xen-legacy row, first round).
    ValidationOptions slow = new ValidationOptions(1e8, Optional.empty(), ValidationOptions.DEFAULT_DOM0);
    assertThat(cluster(slow, "85s", "8192", "1024")).contains("OP002");
    assertThat(cluster(slow, "86s", "8192", "1024")).doesNotContain("OP002");
    assertThat(cluster(ValidationOptions.defaults(), "120s", "8192", "1024")).doesNotContain("OP002", "OP001");
    assertThat(cluster(ValidationOptions.defaults(), "119s", "8192", "1024")).contains("OP001");
  }

  @Test
  void survivorsMustHoldEveryVmWithOneNodeDown() throws IOException {
    // Three 4096 MiB nodes, 512 MiB dom0 each: with one down, 2 × 3584 = 7168 MiB for VMs.
    ValidationOptions o = ValidationOptions.defaults();
    assertThat(cluster(o, "120", "4096", "3584", "3584")).doesNotContain("CP001");
    assertThat(cluster(o, "120", "4096", "3584", "3585")).contains("CP001");
    // Fits in total but the largest VM fits on no single survivor.
    assertThat(cluster(o, "120", "4096", "3585")).contains("CP001");
    // --node-memory overrides the CIB's utilization.
    ValidationOptions big = new ValidationOptions(1e9, Optional.of(16L << 30), ValidationOptions.DEFAULT_DOM0);
    assertThat(cluster(big, "120", "4096", "3584", "3585")).doesNotContain("CP001");
  }
}
