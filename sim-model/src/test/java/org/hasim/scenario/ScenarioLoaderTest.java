package org.hasim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hasim.failure.Distribution;
import org.hasim.failure.FailureMode;
import org.hasim.scenario.HaSpec.PlacementPolicy;
import org.hasim.scenario.HaSpec.RecoveryPolicy;
import org.hasim.scenario.MigrationSpec.Algorithm;
import org.hasim.scenario.NetworkSpec.Traffic;
import org.hasim.scenario.QuorumSpec.NoQuorumPolicy;
import org.junit.jupiter.api.Test;

/**
 * Happy paths: fixtures bound to records written out by hand here (sizes as powers of two, durations as
 * seconds), defaults, group expansion, variants and --set in order, and JSON = YAML.
 */
class ScenarioLoaderTest {
  private static final long KIB = 1024;
  private static final long MIB = 1024 * KIB;
  private static final long GIB = 1024 * MIB;
  private static final double MINUTE = 60;
  private static final double HOUR = 3600;
  private static final double DAY = 86400;
  private static final double YEAR = 365 * DAY;

  static Path fixture(String name) {
    try {
      return Path.of(ScenarioLoaderTest.class.getResource("/scenarios/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Equal up to rounding: doubles within 1e-12 relative (e.g. 1/(2/y) is not exactly y/2). */
  private static void assertSameScenario(Scenario actual, Scenario expected) {
    assertThat(actual).usingRecursiveComparison()
        .withComparatorForType((a, b) -> Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b))
            ? 0 : Double.compare(a, b), Double.class)
        .isEqualTo(expected);
  }

  private static final Distribution.Deterministic DET_30S = new Distribution.Deterministic(30);
  private static final Distribution.Deterministic DET_20S = new Distribution.Deterministic(20);

  @Test
  void minimalScenarioGetsEveryDefault() {
    ScenarioSet set = ScenarioLoader.load(fixture("minimal.yaml"), List.of());

    NetworkSpec lan = new NetworkSpec("lan", 1e9, 100e-6, 256 * KIB, EnumSet.allOf(Traffic.class),
        Optional.empty());
    NodeSpec node1 = new NodeSpec("node1", 4, 8 * GIB, 512 * MIB, "generic", List.of("lan"),
        Optional.empty(), Optional.empty(), true);
    NodeSpec node2 = new NodeSpec("node2", 4, 8 * GIB, 512 * MIB, "generic", List.of("lan"),
        Optional.empty(), Optional.empty(), true);
    VmSpec x0 = new VmSpec("x0", GIB, 1, "node1", DET_30S, DET_20S, Optional.empty(),
        new DirtyModel.Constant(0), 0.020, 0);
    HaSpec ha = new HaSpec(new HeartbeatSpec(1, 30, 15, 60),
        new FencingSpec(true, new Distribution.Deterministic(10), 1.0),
        new QuorumSpec(NoQuorumPolicy.STOP, true), 1.0, new Distribution.Deterministic(HOUR),
        PlacementPolicy.LEAST_LOADED, false, 10, Integer.MAX_VALUE, RecoveryPolicy.RESTART,
        new MigrationSpec(Algorithm.XEN_LEGACY, Integer.MAX_VALUE, 120, 3, 0.030, 100e6, 500e6));
    Scenario expected = new Scenario("minimal", "", new ExperimentSpec(30 * DAY, 0, 30, 1),
        new ClusterSpec(List.of(node1, node2), List.of(lan), Optional.empty(), new RepairSpec(1)),
        List.of(x0), List.of(new ServiceSpec("web", "x0", List.of())), ha, List.of(), List.of(), List.of());

    assertSameScenario(set.base(), expected);
    assertThat(set.variants()).isEmpty();
    assertThat(set.file()).isEqualTo(fixture("minimal.yaml"));
  }

  @Test
  void jsonReadsLikeYaml() {
    Scenario yaml = ScenarioLoader.load(fixture("minimal.yaml"), List.of()).base();
    Scenario json = ScenarioLoader.load(fixture("minimal.json"), List.of()).base();
    assertThat(json).isEqualTo(yaml);
  }

  @Test
  void fullScenarioBindsEveryField() {
    ScenarioSet set = ScenarioLoader.load(fixture("full.yaml"), List.of());
    assertSameScenario(set.base(), expectedFull());
  }

  @Test
  void variantsComeInFileOrderAndChangeOnlyWhatTheyName() {
    ScenarioSet set = ScenarioLoader.load(fixture("full.yaml"), List.of());
    Scenario base = expectedFull();

    assertThat(set.variants().keySet()).containsExactly("restart", "slow-heartbeat");
    assertSameScenario(set.variants().get("restart"),
        withHa(base, base.ha().withRecovery(RecoveryPolicy.RESTART)));

    // deadtime 60s: warntime and initdead defaults follow (deadtime/2, 2×deadtime); three racks now, so
    // "all" maintenance covers rack3 and quorum's two_node stays false; db gets 2 GiB.
    Scenario slow = set.variants().get("slow-heartbeat");
    assertThat(slow.ha().heartbeat()).isEqualTo(new HeartbeatSpec(2, 60, 30, 120));
    assertThat(slow.cluster().nodes()).extracting(NodeSpec::name)
        .containsExactly("node1", "rack1", "rack2", "rack3");
    assertThat(slow.maintenance().get(0).nodes()).containsExactly("node1", "rack1", "rack2", "rack3");
    assertThat(slow.vm("db").memory()).isEqualTo(2 * GIB);
    assertThat(slow.vm("web-3").home()).isEqualTo("rack2");
    assertThat(slow.ha().recovery()).isEqualTo(RecoveryPolicy.LIVE_MIGRATION);
  }

  @Test
  void setOverridesApplyToTheBaseAndOnTopOfEachVariant() {
    ScenarioSet set = ScenarioLoader.load(fixture("full.yaml"), List.of(
        "ha.heartbeat.deadtime=20s", "vms[db].memory=3GiB", "cluster.nodes[0].memory=32GiB",
        "experiment.replications=10", "vms[1].dirty={constant: 1MiB/s}", "cluster.nodes[rack{i}].cpus=2"));

    for (Scenario s : List.of(set.base(), set.variants().get("restart"), set.variants().get("slow-heartbeat"))) {
      assertThat(s.ha().heartbeat()).isEqualTo(new HeartbeatSpec(2, 20, 10, 40));
      assertThat(s.vm("db").memory()).isEqualTo(3 * GIB);
      assertThat(s.cluster().node("node1").memory()).isEqualTo(32 * GIB);
      assertThat(s.cluster().node("rack2").cpus()).isEqualTo(2);
      assertThat(s.experiment().replications()).isEqualTo(10);
      assertThat(s.vm("web-2").dirty()).isEqualTo(new DirtyModel.Constant(MIB));
    }
    assertThat(set.variants().get("slow-heartbeat").cluster().nodes()).hasSize(4);
    assertThat(set.variants().get("restart").ha().recovery()).isEqualTo(RecoveryPolicy.RESTART);
  }

  @Test
  void setCanAddAKeyTheFileLeftOut() {
    Scenario s = ScenarioLoader.load(fixture("minimal.yaml"),
        List.of("ha.recovery=live-migration", "cluster.storage={}")).base();
    assertThat(s.ha().recovery()).isEqualTo(RecoveryPolicy.LIVE_MIGRATION);
    assertThat(s.cluster().storage()).contains(new StorageSpec("storage", Optional.empty()));
  }

  private static Scenario withHa(Scenario s, HaSpec ha) {
    return new Scenario(s.name(), s.description(), s.experiment(), s.cluster(), s.vms(), s.services(), ha,
        s.maintenance(), s.events(), s.probes());
  }

  private static Scenario expectedFull() {
    FailureMode hardware = new FailureMode(new Distribution.Weibull(0.7, YEAR),
        Distribution.Lognormal.ofMedian(64 * MINUTE, 1.4), true);
    FailureMode hypervisor = new FailureMode(new Distribution.Exponential(YEAR / 2),
        new Distribution.Deterministic(5 * MINUTE), false);
    NodeSpec node1 = new NodeSpec("node1", 8, 16 * GIB, GIB, "xeon-5500", List.of("lan", "mig"),
        Optional.of(hardware), Optional.of(hypervisor), true);
    NodeSpec rack1 = new NodeSpec("rack1", 4, 8 * GIB, 512 * MIB, "generic", List.of("lan", "mig"),
        Optional.empty(), Optional.empty(), true);
    NodeSpec rack2 = new NodeSpec("rack2", 4, 8 * GIB, 512 * MIB, "generic", List.of("lan", "mig"),
        Optional.empty(), Optional.empty(), true);
    NetworkSpec lan = new NetworkSpec("lan", 1e9, 100e-6, 256 * KIB,
        Set.of(Traffic.HEARTBEAT, Traffic.SERVICE), Optional.empty());
    NetworkSpec mig = new NetworkSpec("mig", 10e9, 50e-6, MIB, Set.of(Traffic.MIGRATION),
        Optional.of(new FailureMode(new Distribution.Gamma(2, 30 * DAY),
            new Distribution.Uniform(10 * MINUTE, 30 * MINUTE), true)));
    StorageSpec san = new StorageSpec("san", Optional.of(new FailureMode(
        new Distribution.Exponential(2 * YEAR),
        new Distribution.Empirical(new double[] {30 * MINUTE, 45.5 * MINUTE, 90 * MINUTE}, "repairs.csv"),
        true)));
    ClusterSpec cluster = new ClusterSpec(List.of(node1, rack1, rack2), List.of(lan, mig), Optional.of(san),
        new RepairSpec(RepairSpec.UNLIMITED));

    VmSpec db = new VmSpec("db", 4 * GIB, 2, "node1", new Distribution.Uniform(20, 40),
        new Distribution.Deterministic(15),
        Optional.of(new FailureMode(new Distribution.Exponential(30 * DAY), new Distribution.Deterministic(45),
            false)),
        new DirtyModel.Constant(5 * MIB), 0.030, 1);
    DirtyModel ws = new DirtyModel.WorkingSet(64 * MIB, 1, MIB);
    List<VmSpec> vms = List.of(db,
        new VmSpec("web-1", GIB, 1, "node1", DET_30S, DET_20S, Optional.empty(), ws, 0.020, 0),
        new VmSpec("web-2", GIB, 1, "rack1", DET_30S, DET_20S, Optional.empty(), ws, 0.020, 0),
        new VmSpec("web-3", GIB, 1, "rack2", DET_30S, DET_20S, Optional.empty(), ws, 0.020, 0));
    List<ServiceSpec> services = List.of(new ServiceSpec("db", "db", List.of()),
        new ServiceSpec("shop", "web-1", List.of("db")));

    HaSpec ha = new HaSpec(new HeartbeatSpec(2, 10, 5, 20),
        new FencingSpec(false, new Distribution.Deterministic(5), 0.9),
        new QuorumSpec(NoQuorumPolicy.FREEZE, false), 0.95,
        Distribution.Lognormal.ofMeanSd(355 * MINUTE, 600 * MINUTE), PlacementPolicy.BALANCED, true, 20, 3,
        RecoveryPolicy.LIVE_MIGRATION, new MigrationSpec(Algorithm.XEN_2005, 2, 60, 4, 0.050, 200e6, 1e9));
    List<MaintenanceSpec> maintenance = List.of(
        new MaintenanceSpec(List.of("node1", "rack1", "rack2"), 30 * DAY, 2 * HOUR, 0, true, true),
        new MaintenanceSpec(List.of("node1"), 7 * DAY, 30 * MINUTE, HOUR, false, false));
    List<ScriptedEvent> events = List.of(
        new ScriptedEvent.Maintenance("node1", 10, HOUR),
        new ScriptedEvent.NodeCrash("rack2", 3 * DAY, 4 * HOUR),
        new ScriptedEvent.VmCrash("db", 2 * HOUR),
        new ScriptedEvent.Partition(List.of("node1"), List.of("rack1", "rack2"), HOUR, 10 * MINUTE),
        new ScriptedEvent.StorageFailure(5 * DAY, 2 * HOUR),
        new ScriptedEvent.Migrate("web-2", "node1", 30));
    return new Scenario("full-example", "Three nodes, a web tier and a database",
        new ExperimentSpec(YEAR, DAY, 50, 12345), cluster, vms, services, ha, maintenance, events, List.of());
  }
}
