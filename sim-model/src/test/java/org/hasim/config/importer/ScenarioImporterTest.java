package org.hasim.config.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hasim.config.ConfigReader;
import org.hasim.config.ConfigSet;
import org.hasim.scenario.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The imported scenario, read back with an independent YAML parser, holds what the configs say (values
 * checked against the config files by hand) and marks every filled-in value as an assumption.
 */
class ScenarioImporterTest {
  @TempDir Path dir;

  private static List<Path> set(String name) throws Exception {
    Path d = Path.of(ScenarioImporterTest.class.getResource("/configs/" + name).toURI());
    try (Stream<Path> s = Files.list(d)) {
      return s.sorted().toList();
    }
  }

  private static String yaml(List<Path> files) {
    ConfigSet set = ConfigReader.read(files);
    return ScenarioImporter.toYaml(set, files.stream().map(Path::toString).toList(), ImportOptions.defaults());
  }

  private static JsonNode tree(String yaml) throws Exception {
    return new ObjectMapper(new YAMLFactory()).readTree(yaml);
  }

  @Test
  void heartbeatClusterCarriesItsSettings() throws Exception {
    String text = yaml(set("good-heartbeat"));
    JsonNode y = tree(text);
    assertThat(y.get("name").asText()).isEqualTo("imported-cluster");
    JsonNode nodes = y.get("cluster").get("nodes");
    assertThat(nodes).hasSize(2);
    assertThat(nodes.get(0).get("name").asText()).isEqualTo("node1");
    assertThat(nodes.get(1).get("memory").asText()).isEqualTo("8192MiB");
    JsonNode x1 = y.get("vms").get(1);
    assertThat(x1.get("name").asText()).isEqualTo("x1");
    assertThat(x1.get("memory").asText()).isEqualTo("2GiB");
    assertThat(x1.get("vcpus").asInt()).isEqualTo(2);
    assertThat(x1.get("home").asText()).isEqualTo("node2");
    JsonNode ha = y.get("ha");
    assertThat(ha.get("recovery").asText()).isEqualTo("live-migration");
    assertThat(ha.get("heartbeat").get("keepalive").asText()).isEqualTo("1s");
    assertThat(ha.get("heartbeat").get("deadtime").asText()).isEqualTo("10s");
    assertThat(ha.get("heartbeat").get("warntime").asText()).isEqualTo("5s");
    assertThat(ha.get("heartbeat").get("initdead").asText()).isEqualTo("30s");
    assertThat(ha.get("fencing").get("enabled").asBoolean()).isTrue();
    assertThat(ha.get("quorum").get("no_quorum_policy").asText()).isEqualTo("ignore");
    assertThat(ha.get("failback").asBoolean()).isFalse();
    assertThat(ha.get("monitor_interval").asText()).isEqualTo("10s");
    assertThat(ha.get("migration_threshold").asText()).isEqualTo("3");
    assertThat(ha.get("migration").get("limit").asInt()).isEqualTo(2);
    assertThat(ha.get("migration").get("timeout").asText()).isEqualTo("180s");
    assertThat(y.get("cluster").get("networks")).extracting(n -> n.get("name").asText())
        .containsExactly("heartbeat", "migration", "service");
    assertThat(y.get("variants").fieldNames()).toIterable().containsExactly("restart", "live-migration");
    assertThat(text).contains("deadtime: 10s  # from ").contains("ha.cf:11");
  }

  @Test
  void filledInValuesAreMarkedAsAssumptions() throws Exception {
    String text = yaml(set("good-heartbeat"));
    for (String key : List.of("hardware:", "hypervisor:", "crash:", "boot_time:", "dirty:", "cpus:",
        "experiment:", "repair:", "coverage:")) {
      assertThat(text.lines().filter(l -> l.strip().startsWith(key)
          || l.strip().startsWith("- " + key)))
          .as(key).isNotEmpty().allMatch(l -> l.contains("ASSUMPTION"));
    }
    assertThat(text).contains("mean: 2654h").contains("mean: 2893h").contains("ttr: 3d");
  }

  @Test
  void corosyncTimingIsMappedFromTokenAndConsensus() throws Exception {
    JsonNode y = tree(yaml(set("good-corosync")));
    // token 3000 ms, 4 retransmits: 3000 / 4.2 = 714 ms; deadtime = token + consensus = 6600 ms.
    JsonNode hb = y.get("ha").get("heartbeat");
    assertThat(hb.get("keepalive").asText()).isEqualTo("714ms");
    assertThat(hb.get("deadtime").asText()).isEqualTo("6600ms");
    assertThat(hb.has("warntime")).isFalse();
    assertThat(y.get("name").asText()).isEqualTo("imported-xencluster");
    assertThat(y.get("ha").get("quorum").get("two_node").asBoolean()).isTrue();
    assertThat(y.get("ha").get("quorum").get("no_quorum_policy").asText()).isEqualTo("stop");
  }

  @Test
  void migrationOnTheHeartbeatNetworkSharesOneNetwork() throws Exception {
    Path d = dir.resolve("nw");
    Files.createDirectories(d);
    for (Path p : set("good-heartbeat")) {
      String t = Files.readString(p).replace("value=\"192.168.20.1\"", "value=\"10.0.0.1\"")
          .replace("<nvpair id=\"x0-allow-migrate\" name=\"allow-migrate\" value=\"true\"/>", "")
          .replace("<nvpair id=\"x1-allow-migrate\" name=\"allow-migrate\" value=\"true\"/>", "");
      Files.writeString(d.resolve(p.getFileName()), t);
    }
    JsonNode y;
    try (Stream<Path> s = Files.list(d)) {
      y = tree(yaml(s.sorted().toList()));
    }
    assertThat(y.get("ha").get("recovery").asText()).as("no allow-migrate").isEqualTo("restart");
    assertThat(y.get("cluster").get("networks")).hasSize(1);
  }

  @Test
  void namesTheScenarioCannotUseAreInputErrors() throws Exception {
    Path ha = dir.resolve("ha.cf");
    Files.writeString(ha, "bcast eth0\nnode node:1\nnode node2\n");
    assertThatThrownBy(() -> yaml(List.of(ha))).isInstanceOf(InputException.class)
        .hasMessageContaining("node:1")
        .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(2));
  }
}
