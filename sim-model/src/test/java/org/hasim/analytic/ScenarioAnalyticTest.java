package org.hasim.analytic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hasim.failure.Distribution;
import org.hasim.failure.FailureMode;
import org.hasim.scenario.ClusterSpec;
import org.hasim.scenario.DirtyModel;
import org.hasim.scenario.ExperimentSpec;
import org.hasim.scenario.FencingSpec;
import org.hasim.scenario.HaSpec;
import org.hasim.scenario.HeartbeatSpec;
import org.hasim.scenario.MaintenanceSpec;
import org.hasim.scenario.MigrationSpec;
import org.hasim.scenario.NetworkSpec;
import org.hasim.scenario.NodeSpec;
import org.hasim.scenario.QuorumSpec;
import org.hasim.scenario.RepairSpec;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.ScriptedEvent;
import org.hasim.scenario.ServiceSpec;
import org.hasim.scenario.StorageSpec;
import org.hasim.scenario.VmSpec;
import org.junit.jupiter.api.Test;

/** Which scenarios have a chain, what it gives (against hand-derived forms), and clear refusals. */
class ScenarioAnalyticTest {
  private static final double HOUR = 3600;
  private static final double DAY = 86400;
  private static final double YEAR = AvailabilityFormulas.SECONDS_PER_YEAR;
  private static final long GIB = 1L << 30;

  // ---- a small scenario builder ------------------------------------------------------------------

  private static FailureMode exp(double mttf, double mttr, boolean crew) {
    return new FailureMode(new Distribution.Exponential(mttf), new Distribution.Exponential(mttr), crew);
  }

  private static NodeSpec node(String name, Optional<FailureMode> hw, Optional<FailureMode> hv) {
    return new NodeSpec(name, 8, 16 * GIB, GIB / 2, "xeon", List.of("lan"), hw, hv, true);
  }

  private static NodeSpec node(String name) {
    return node(name, Optional.of(exp(YEAR, 3 * DAY, true)), Optional.empty());
  }

  private static VmSpec vm(long memory, Optional<FailureMode> crash) {
    return new VmSpec("web", memory, 2, "node1", new Distribution.Deterministic(40),
        new Distribution.Deterministic(20), crash, new DirtyModel.Constant(0), 0.009, 0.1);
  }

  private static HaSpec ha(boolean fencing, QuorumSpec quorum, boolean failback) {
    return new HaSpec(
        new HeartbeatSpec(1, 30, 15, 60),
        new FencingSpec(fencing, new Distribution.Deterministic(10), 0.98),
        quorum,
        0.95,
        new Distribution.Exponential(2 * HOUR),
        HaSpec.PlacementPolicy.LEAST_LOADED,
        failback,
        10,
        Integer.MAX_VALUE,
        HaSpec.RecoveryPolicy.RESTART,
        new MigrationSpec(MigrationSpec.Algorithm.XEN_LEGACY, Integer.MAX_VALUE, 120, 0, 0.3, 0, 1e9));
  }

  private static HaSpec ha() {
    return ha(true, new QuorumSpec(QuorumSpec.NoQuorumPolicy.STOP, true), false);
  }

  private static NetworkSpec lan(Optional<FailureMode> failures) {
    return new NetworkSpec("lan", 1e9, 1e-4, 1 << 20,
        Set.of(NetworkSpec.Traffic.HEARTBEAT, NetworkSpec.Traffic.MIGRATION, NetworkSpec.Traffic.SERVICE),
        failures);
  }

  private static Scenario scenario(List<NodeSpec> nodes, Optional<StorageSpec> storage, int crews,
      List<VmSpec> vms, HaSpec ha, List<MaintenanceSpec> maintenance, List<ScriptedEvent> events) {
    ClusterSpec cluster = new ClusterSpec(nodes, List.of(lan(Optional.empty())), storage, new RepairSpec(crews));
    return new Scenario("t", "test", new ExperimentSpec(10 * YEAR, 0, 10, 1), cluster, vms,
        List.of(new ServiceSpec("http", "web", List.of())), ha, maintenance, events, List.of());
  }

  private static Scenario twoNodes() {
    return scenario(List.of(node("node1"), node("node2")), Optional.of(new StorageSpec("san", Optional.empty())),
        1, List.of(vm(GIB, Optional.empty())), ha(), List.of(), List.of());
  }

  private static ScenarioAnalytic.Solved solved(Scenario s) {
    ScenarioAnalytic result = ScenarioAnalytic.of(s);
    assertThat(result).isInstanceOf(ScenarioAnalytic.Solved.class);
    return (ScenarioAnalytic.Solved) result;
  }

  private static String refusal(Scenario s) {
    ScenarioAnalytic result = ScenarioAnalytic.of(s);
    assertThat(result).isInstanceOf(ScenarioAnalytic.Refused.class);
    return ((ScenarioAnalytic.Refused) result).reason();
  }

  // ---- accepted --------------------------------------------------------------------------------------

  @Test
  void singleNodeIsOneComponentWhoseOutageIsRepairPlusBoot() {
    // Hardware MTTF 1 y, repair 3 d (exponential); hypervisor MTTF 2654 h, restart 100 min (deterministic).
    // Each failure is followed by a 40 s VM boot. Alternating renewal with competing exponential modes:
    //   A = 1 / (1 + λ_hw·(r_hw + b) + λ_hv·(r_hv + b)).
    FailureMode hv = new FailureMode(new Distribution.Exponential(2654 * HOUR),
        new Distribution.Deterministic(100 * 60), false);
    NodeSpec n = node("node1", Optional.of(exp(YEAR, 3 * DAY, true)), Optional.of(hv));
    Scenario s = scenario(List.of(n), Optional.empty(), 1, List.of(vm(GIB, Optional.empty())), ha(), List.of(),
        List.of());

    ScenarioAnalytic.Solved r = solved(s);
    double lhw = 1 / YEAR;
    double lhv = 1 / (2654 * HOUR);
    double unavailTimesRate = lhw * (3 * DAY + 40) + lhv * (100 * 60 + 40);
    assertThat(r.availability()).isCloseTo(1 / (1 + unavailTimesRate), within(1e-12));
    assertThat(r.mttf()).isCloseTo(1 / (lhw + lhv), within(1e-3));
    assertThat(r.mttr()).isCloseTo(unavailTimesRate / (lhw + lhv), within(1e-6));
    assertThat(r.exact()).isTrue();
    assertThat(r.model()).startsWith("single component");
    assertThat(r.stateProbabilities()).containsKeys("node-up", "node-hardware-repair", "node-hypervisor-repair");
  }

  @Test
  void twoNodesAreTheActiveStandbyChainWithFailoverFromTheHaSettings() {
    ScenarioAnalytic.Solved r = solved(twoNodes());
    // T_fo = (30 − 1/2) detection + 10 fencing + 40 boot = 79.5 s; c = 0.95 · 0.98;
    // T_man = 29.5 s + 2 h; hot standby, one crew. Balance equations as in TwoNodeModelsTest:
    double l = 1 / YEAR;
    double mu = 1 / (3 * DAY);
    double c = 0.95 * 0.98;
    double tfo = 29.5 + 10 + 40;
    double tman = 29.5 + 2 * HOUR;
    double o = 2 * l / mu;
    double[] p = {1, c * l * tfo, (1 - c) * l * tman, o, l / mu * o};
    double n = p[0] + p[1] + p[2] + p[3] + p[4];
    double down = (p[1] + p[2] + p[4]) / n;

    assertThat(r.model()).startsWith("active/standby (hot standby, 1 crew(s))");
    assertThat(1 - r.availability()).isCloseTo(down, within(1e-9 * down));
    assertThat(r.downtimePerYear()).isCloseTo(down * YEAR, within(1e-6 * down * YEAR));
    assertThat(r.mttf()).isCloseTo(YEAR, within(1e-6 * YEAR));
    assertThat(r.exact()).isFalse();
    assertThat(r.approximations()).anyMatch(a -> a.contains("T_fo")).anyMatch(a -> a.contains("ignored"));
    assertThat(r.assumptions()).anyMatch(a -> a.contains("79.50 s"));
  }

  @Test
  void storageFailuresMultiplyTheAvailability() {
    Scenario base = twoNodes();
    StorageSpec san = new StorageSpec("san", Optional.of(exp(YEAR, 3 * DAY, true)));
    Scenario withSan = scenario(base.cluster().nodes(), Optional.of(san), RepairSpec.UNLIMITED, base.vms(),
        base.ha(), List.of(), List.of());
    Scenario withoutSanUnlimitedCrews = scenario(base.cluster().nodes(), base.cluster().storage(),
        RepairSpec.UNLIMITED, base.vms(), base.ha(), List.of(), List.of());

    double aNodes = solved(withoutSanUnlimitedCrews).availability();
    ScenarioAnalytic.Solved r = solved(withSan);
    assertThat(r.availability()).isCloseTo(aNodes * AvailabilityFormulas.single(YEAR, 3 * DAY), within(1e-12));
    assertThat(r.model()).endsWith("in series with storage failures");
    assertThat(r.chain().states()).hasSize(10);
  }

  @Test
  void vmCrashesAreASeriesComponentFlaggedAsAnApproximation() {
    // VM MTTF 2893 h, restart 30 s after detection (half of the 10 s monitor interval): outage 35 s.
    Scenario s = scenario(List.of(node("node1")), Optional.empty(), 1,
        List.of(vm(GIB, Optional.of(exp(2893 * HOUR, 30, false)))), ha(), List.of(), List.of());
    ScenarioAnalytic.Solved r = solved(s);
    double aNode = AvailabilityFormulas.single(YEAR, 3 * DAY + 40);
    double aVm = AvailabilityFormulas.single(2893 * HOUR, 35);
    assertThat(r.availability()).isCloseTo(aNode * aVm, within(1e-12));
    assertThat(r.approximations()).anyMatch(a -> a.contains("independent component in series"));
  }

  // ---- refused ---------------------------------------------------------------------------------------

  @Test
  void refusesWeibullFailures() {
    FailureMode weibull = new FailureMode(new Distribution.Weibull(0.7, 1e7), new Distribution.Exponential(DAY),
        true);
    Scenario s = scenario(List.of(node("node1", Optional.of(weibull), Optional.empty())), Optional.empty(), 1,
        List.of(vm(GIB, Optional.empty())), ha(), List.of(), List.of());
    assertThat(refusal(s)).contains("node 'node1' hardware").contains("weibull(shape=0.7")
        .contains("exponential");
  }

  @Test
  void refusesClockDrivenFeatures() {
    Scenario base = twoNodes();
    Scenario maintenance = scenario(base.cluster().nodes(), base.cluster().storage(), 1, base.vms(), base.ha(),
        List.of(new MaintenanceSpec(List.of("node1", "node2"), 30 * DAY, HOUR, 0, true, true)), List.of());
    assertThat(refusal(maintenance)).contains("maintenance");
    Scenario events = scenario(base.cluster().nodes(), base.cluster().storage(), 1, base.vms(), base.ha(),
        List.of(), List.of(new ScriptedEvent.NodeCrash("node1", 10, HOUR)));
    assertThat(refusal(events)).contains("1 scripted event");
  }

  @Test
  void refusesStructuresWithoutAChain() {
    Scenario base = twoNodes();
    Scenario threeNodes = scenario(List.of(node("node1"), node("node2"), node("node3")),
        base.cluster().storage(), 1, base.vms(), base.ha(), List.of(), List.of());
    assertThat(refusal(threeNodes)).contains("3 nodes");

    VmSpec second = new VmSpec("db", GIB, 1, "node2", new Distribution.Deterministic(40),
        new Distribution.Deterministic(20), Optional.empty(), new DirtyModel.Constant(0), 0.009, 0.1);
    Scenario twoVms = scenario(base.cluster().nodes(), base.cluster().storage(), 1,
        List.of(base.vms().get(0), second), base.ha(), List.of(), List.of());
    assertThat(refusal(twoVms)).contains("2 VMs");

    Scenario noStorage = scenario(base.cluster().nodes(), Optional.empty(), 1, base.vms(), base.ha(), List.of(),
        List.of());
    assertThat(refusal(noStorage)).contains("no shared storage");

    ClusterSpec failingLan = new ClusterSpec(base.cluster().nodes(),
        List.of(lan(Optional.of(exp(YEAR, HOUR, false)))), base.cluster().storage(), new RepairSpec(1));
    Scenario partitions = new Scenario("t", "", base.experiment(), failingLan, base.vms(), base.services(),
        base.ha(), List.of(), List.of(), List.of());
    assertThat(refusal(partitions)).contains("network 'lan' fails");

    Scenario dependent = new Scenario("t", "", base.experiment(), base.cluster(), base.vms(),
        List.of(new ServiceSpec("http", "web", List.of("db"))), base.ha(), List.of(), List.of(), List.of());
    assertThat(refusal(dependent)).contains("depends on [db]");
  }

  @Test
  void refusesSettingsThatStopTheTakeover() {
    Scenario base = twoNodes();
    HaSpec noTwoNode = ha(true, new QuorumSpec(QuorumSpec.NoQuorumPolicy.STOP, false), false);
    assertThat(refusal(scenario(base.cluster().nodes(), base.cluster().storage(), 1, base.vms(), noTwoNode,
        List.of(), List.of()))).contains("no-quorum-policy is stop").contains("two_node");
    HaSpec failback = ha(true, new QuorumSpec(QuorumSpec.NoQuorumPolicy.IGNORE, false), true);
    assertThat(refusal(scenario(base.cluster().nodes(), base.cluster().storage(), 1, base.vms(), failback,
        List.of(), List.of()))).contains("failback");
  }

  @Test
  void refusesBindingCapacityAndAsymmetricNodes() {
    Scenario base = twoNodes();
    Scenario tooBig = scenario(base.cluster().nodes(), base.cluster().storage(), 1,
        List.of(vm(32 * GIB, Optional.empty())), base.ha(), List.of(), List.of());
    assertThat(refusal(tooBig)).contains("does not fit on node 'node1'");

    NodeSpec flaky = node("node2", Optional.of(exp(YEAR / 2, 3 * DAY, true)), Optional.empty());
    Scenario asymmetric = scenario(List.of(node("node1"), flaky), base.cluster().storage(), 1, base.vms(),
        base.ha(), List.of(), List.of());
    assertThat(refusal(asymmetric)).contains("different rates");
  }

  @Test
  void refusesWhenNothingFails() {
    NodeSpec solid = node("node1", Optional.empty(), Optional.empty());
    Scenario s = scenario(List.of(solid), Optional.empty(), 1, List.of(vm(GIB, Optional.empty())), ha(),
        List.of(), List.of());
    assertThat(refusal(s)).contains("nothing in this scenario fails");
  }
}
