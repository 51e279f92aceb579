package org.hasim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cluster.racks}, the storage list, service groups and the rack and storage events, as written. */
class RackScenarioTest {
  private static final double HOUR = 3600;

  @TempDir
  Path tmp;

  private static String fleet(int nodes, String racks, String storage, String extra) {
    return """
        name: racks
        experiment: {horizon: 1d}
        cluster:
          nodes:
            - {name: "n{i}", count: %d, memory: 8GiB}
        %s
        %s
        vms:
          - {name: "vm{i}", count: %d, memory: 1GiB, home: spread}
        %s
        """.formatted(nodes, indent(racks), indent(storage), nodes, extra);
  }

  private static String indent(String block) {
    return block.isEmpty() ? "" : block.lines().map(l -> "  " + l).reduce((a, b) -> a + "\n" + b).orElse("");
  }

  private Scenario load(String yaml) throws IOException {
    Path file = Files.writeString(tmp.resolve("s.yaml"), yaml);
    return ScenarioLoader.load(file, List.of()).base();
  }

  private InputException refusal(String yaml) throws IOException {
    Path file = Files.writeString(tmp.resolve("bad.yaml"), yaml);
    InputException e = catchThrowableOfType(InputException.class, () -> ScenarioLoader.load(file, List.of()));
    assertThat(e).as("an InputException").isNotNull();
    return e;
  }

  private static List<String> nodes(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> "n" + i).toList();
  }

  @Test
  void racksOfAGivenSizeFillTheRemainingNodesTheLastOneSmaller() throws IOException {
    Scenario s = load(fleet(10, """
        racks:
          - {name: "rack{i}", nodes: 4, uplink: 10Gbit/s, switch: {failures: {ttf: 5y, ttr: 2h}}}""", "", ""));
    assertThat(s.cluster().racks()).extracting(RackSpec::name).containsExactly("rack1", "rack2", "rack3");
    assertThat(s.cluster().racks()).extracting(RackSpec::nodes)
        .containsExactly(nodes(1, 4), nodes(5, 8), nodes(9, 10));
    assertThat(s.cluster().racks().get(0).uplink()).isEqualTo(10e9);
    assertThat(s.cluster().racks().get(0).switchFailures().orElseThrow().timeToRepair().mean()).isEqualTo(2 * HOUR);
  }

  @Test
  void aCountMakesExactlyThatManyRacksAndAListNamesTheNodes() throws IOException {
    Scenario s = load(fleet(10, """
        racks:
          - {name: "a{i}", count: 2, nodes: 3}
          - {name: b, nodes: [n10, n7]}
          - {name: c, nodes: 2}""", "", ""));
    assertThat(s.cluster().racks()).extracting(RackSpec::name).containsExactly("a1", "a2", "b", "c");
    assertThat(s.cluster().racks()).extracting(RackSpec::nodes)
        .containsExactly(nodes(1, 3), nodes(4, 6), List.of("n10", "n7"), List.of("n8", "n9"));
    assertThat(s.cluster().racks().get(0).hasUplink()).isFalse();
  }

  @Test
  void storageSystemsServePairsOfRacksAndVmsFollowTheirHome() throws IOException {
    Scenario s = load(fleet(10, """
        racks:
          - {name: "rack{i}", nodes: 2}""", """
        storage:
          - {name: "san{i}", count: 2, racks: 2, failures: {ttf: 3y, ttr: 2h}}
          - {name: last, racks: [rack5]}""", ""));
    assertThat(s.cluster().storages()).extracting(StorageSpec::name).containsExactly("san1", "san2", "last");
    assertThat(s.cluster().storages()).extracting(StorageSpec::racks).containsExactly(
        List.of("rack1", "rack2"), List.of("rack3", "rack4"), List.of("rack5"));
    assertThat(s.cluster().storage()).map(StorageSpec::name).contains("san1");
  }

  @Test
  void withoutACountStorageSystemsFillTheRemainingRacks() throws IOException {
    Scenario s = load(fleet(10, """
        racks:
          - {name: "rack{i}", nodes: 2}""", """
        storage:
          - {name: "san{i}", racks: 2}""", ""));
    assertThat(s.cluster().storages()).extracting(StorageSpec::racks).containsExactly(
        List.of("rack1", "rack2"), List.of("rack3", "rack4"), List.of("rack5"));
  }

  @Test
  void theSingleStorageMapStillServesEveryNode() throws IOException {
    Scenario s = load(fleet(2, "", "storage: {name: san}", ""));
    assertThat(s.cluster().storages()).containsExactly(new StorageSpec("san", java.util.Optional.empty()));
    assertThat(s.cluster().storages().get(0).servesAll()).isTrue();
  }

  @Test
  void serviceGroupsNumberTheirVmsAndDependencies() throws IOException {
    Scenario s = load(fleet(2, "", "", """
        services:
          - {name: db, vm: vm1}
          - {name: "web{i}", count: 2, vm: "vm{i}", depends_on: [db]}"""));
    assertThat(s.services()).containsExactly(new ServiceSpec("db", "vm1", List.of()),
        new ServiceSpec("web1", "vm1", List.of("db")), new ServiceSpec("web2", "vm2", List.of("db")));
  }

  @Test
  void rackAndNamedStorageEventsAreRead() throws IOException {
    Scenario s = load(fleet(4, """
        racks:
          - {name: "rack{i}", nodes: 2}""", """
        storage:
          - {name: "san{i}", racks: 1}""", """
        events:
          - switch rack2 failure at 1h for 30min
          - storage san1 failure at 2h for 1h"""));
    assertThat(s.events()).containsExactly(new ScriptedEvent.RackSwitchFailure("rack2", HOUR, 1800),
        new ScriptedEvent.NamedStorageFailure("san1", 2 * HOUR, HOUR));
  }

  @Test
  void aNodeCannotBeInTwoRacks() throws IOException {
    InputException e = refusal(fleet(4, """
        racks:
          - {name: a, nodes: [n1, n2]}
          - {name: b, nodes: [n3, n2]}""", "", ""));
    assertThat(e.field()).contains("cluster.racks[1].nodes[1]");
    assertThat(e.line()).isEqualTo(8);
    assertThat(e.paragraph()).contains("node 'n2' is already in another rack");
  }

  @Test
  void aCountNeedingMoreNodesThanAreLeftIsRefused() throws IOException {
    InputException e = refusal(fleet(10, """
        racks:
          - {name: "rack{i}", count: 3, nodes: 4}""", "", ""));
    assertThat(e.field()).contains("cluster.racks[0].nodes");
    assertThat(e.paragraph()).contains("3 × 4 nodes needed, but only 10 are not yet in a rack");
  }

  @Test
  void anUnknownNodeInARackGetsASuggestion() throws IOException {
    InputException e = refusal(fleet(4, """
        racks:
          - {name: a, nodes: [n1, m2]}""", "", ""));
    assertThat(e.field()).contains("cluster.racks[0].nodes[1]");
    assertThat(e.paragraph()).contains("unknown node 'm2'", "did you mean 'n2'?");
  }

  @Test
  void severalStorageSystemsMustEachNameTheirRacks() throws IOException {
    InputException e = refusal(fleet(4, """
        racks:
          - {name: "rack{i}", nodes: 2}""", """
        storage:
          - {name: a, racks: [rack1]}
          - {name: b}""", ""));
    assertThat(e.field()).contains("cluster.storage[1].racks");
    assertThat(e.paragraph()).contains("with several storage systems each must say which racks it serves");
  }

  @Test
  void storageRacksNeedRacks() throws IOException {
    InputException e = refusal(fleet(4, "", """
        storage:
          - {name: a, racks: [rack1]}""", ""));
    assertThat(e.paragraph()).contains("the cluster has no racks");
  }

  @Test
  void anUnknownRackInAnEventGetsASuggestion() throws IOException {
    InputException e = refusal(fleet(4, """
        racks:
          - {name: "rack{i}", nodes: 2}""", "", """
        events:
          - switch rak2 failure at 1h for 30min"""));
    assertThat(e.field()).contains("events[0]");
    assertThat(e.paragraph()).contains("unknown rack 'rak2'", "did you mean 'rack2'?");
  }

  @Test
  void anUnnamedStorageFailureIsAmbiguousWithSeveralSystems() throws IOException {
    InputException e = refusal(fleet(4, """
        racks:
          - {name: "rack{i}", nodes: 2}""", """
        storage:
          - {name: "san{i}", racks: 1}""", """
        events:
          - storage failure at 1h for 30min"""));
    assertThat(e.paragraph()).contains("the cluster has 2 storage systems", "storage san1 failure at");
  }

  @Test
  void aServiceGroupOnAMissingVmNamesTheMember() throws IOException {
    InputException e = refusal(fleet(2, "", "", """
        services:
          - {name: "web{i}", count: 3, vm: "vm{i}"}"""));
    assertThat(e.field()).contains("services[0].vm");
    assertThat(e.paragraph()).contains("unknown VM 'vm3'");
  }
}
