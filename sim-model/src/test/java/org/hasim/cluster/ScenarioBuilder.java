package org.hasim.cluster;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
import org.hasim.scenario.ProbeSpec;
import org.hasim.scenario.QuorumSpec;
import org.hasim.scenario.RackSpec;
import org.hasim.scenario.RepairSpec;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.ScriptedEvent;
import org.hasim.scenario.ServiceSpec;
import org.hasim.scenario.StorageSpec;
import org.hasim.scenario.VmSpec;

/** Fluent builder of resolved scenarios for model tests (no YAML involved). */
public final class ScenarioBuilder {
  public static final long GIB = 1L << 30;
  public static final double HOUR = 3600;

  private final List<NodeSpec> nodes = new ArrayList<>();
  private final List<VmSpec> vms = new ArrayList<>();
  private final List<ServiceSpec> services = new ArrayList<>();
  private final List<MaintenanceSpec> maintenance = new ArrayList<>();
  private final List<ScriptedEvent> events = new ArrayList<>();
  private final List<ProbeSpec> probes = new ArrayList<>();
  private double horizon = 1000 * HOUR;
  private int replications = 20;
  private long seed = 1;
  private int crews = 1;
  private HeartbeatSpec heartbeat = new HeartbeatSpec(1, 30, 15, 60);
  private FencingSpec fencing = new FencingSpec(true, new Distribution.Deterministic(10), 1.0);
  private QuorumSpec quorum = new QuorumSpec(QuorumSpec.NoQuorumPolicy.STOP, true);
  private double coverage = 1.0;
  private Distribution manual = new Distribution.Deterministic(HOUR);
  private boolean failback;
  private HaSpec.RecoveryPolicy recovery = HaSpec.RecoveryPolicy.RESTART;
  private MigrationSpec migration =
      new MigrationSpec(MigrationSpec.Algorithm.XEN_LEGACY, Integer.MAX_VALUE, 120, 3, 0.03, 100e6, 500e6);
  private final java.util.Map<String, String> cpuModels = new java.util.HashMap<>();
  private final java.util.Map<String, DirtyModel> dirty = new java.util.HashMap<>();
  private NetworkSpec lan = new NetworkSpec("lan", 1e9, 1e-4, 256 * 1024,
      EnumSet.allOf(NetworkSpec.Traffic.class), Optional.empty());
  private Optional<StorageSpec> storage = Optional.of(new StorageSpec("san", Optional.empty()));
  private final List<StorageSpec> storages = new ArrayList<>();
  private final List<RackSpec> racks = new ArrayList<>();

  public static ScenarioBuilder scenario() {
    return new ScenarioBuilder();
  }

  public static Distribution exp(double mean) {
    return new Distribution.Exponential(mean);
  }

  public static Distribution fixed(double value) {
    return new Distribution.Deterministic(value);
  }

  public ScenarioBuilder node(String name, FailureMode hardware) {
    nodes.add(new NodeSpec(name, 4, 8 * GIB, GIB / 2, "generic", List.of("lan"),
        Optional.ofNullable(hardware), Optional.empty(), true));
    return this;
  }

  /** A node whose hardware only ages while it hosts a VM (cold standby). */
  public ScenarioBuilder coldNode(String name, FailureMode hardware) {
    nodes.add(new NodeSpec(name, 4, 8 * GIB, GIB / 2, "generic", List.of("lan"),
        Optional.ofNullable(hardware), Optional.empty(), false));
    return this;
  }

  public ScenarioBuilder node(String name) {
    return node(name, null);
  }

  public ScenarioBuilder vm(String name, String home, Distribution boot) {
    vms.add(new VmSpec(name, GIB, 1, home, boot, fixed(20), Optional.empty(),
        new DirtyModel.Constant(0), 0.02, 0));
    return this;
  }

  public ScenarioBuilder vm(String name, String home, Distribution boot, FailureMode crash) {
    vms.add(new VmSpec(name, GIB, 1, home, boot, fixed(0), Optional.of(crash),
        new DirtyModel.Constant(0), 0.02, 0));
    return this;
  }

  public ScenarioBuilder service(String name, String vm, String... dependsOn) {
    services.add(new ServiceSpec(name, vm, List.of(dependsOn)));
    return this;
  }

  public ScenarioBuilder horizon(double seconds) {
    this.horizon = seconds;
    return this;
  }

  public ScenarioBuilder replications(int r) {
    this.replications = r;
    return this;
  }

  public ScenarioBuilder seed(long s) {
    this.seed = s;
    return this;
  }

  public ScenarioBuilder crews(int c) {
    this.crews = c;
    return this;
  }

  public ScenarioBuilder heartbeat(double keepalive, double deadtime, double warntime, double initdead) {
    this.heartbeat = new HeartbeatSpec(keepalive, deadtime, warntime, initdead);
    return this;
  }

  public ScenarioBuilder fencing(boolean enabled, Distribution time, double success) {
    this.fencing = new FencingSpec(enabled, time, success);
    return this;
  }

  public ScenarioBuilder quorum(QuorumSpec.NoQuorumPolicy policy, boolean twoNode) {
    this.quorum = new QuorumSpec(policy, twoNode);
    return this;
  }

  public ScenarioBuilder coverage(double c, Distribution manualRecovery) {
    this.coverage = c;
    this.manual = manualRecovery;
    return this;
  }

  public ScenarioBuilder storage(FailureMode failures) {
    this.storage = Optional.of(new StorageSpec("san", Optional.ofNullable(failures)));
    return this;
  }

  /** A rack of {@code nodeNames} whose switch fails by {@code switchFailures} (null: never by itself). */
  public ScenarioBuilder rack(String name, FailureMode switchFailures, String... nodeNames) {
    racks.add(new RackSpec(name, List.of(nodeNames), Optional.ofNullable(switchFailures), 0));
    return this;
  }

  /** A storage system serving {@code rackNames} (replaces the default storage serving every node). */
  public ScenarioBuilder storageFor(String name, FailureMode failures, String... rackNames) {
    storages.add(new StorageSpec(name, Optional.ofNullable(failures), List.of(rackNames)));
    return this;
  }

  public ScenarioBuilder maintenance(double period, double duration, String... nodeNames) {
    maintenance.add(new MaintenanceSpec(List.of(nodeNames), period, duration, 0, true, true));
    return this;
  }

  public ScenarioBuilder event(ScriptedEvent e) {
    events.add(e);
    return this;
  }

  public ScenarioBuilder liveMigration(MigrationSpec.Algorithm algorithm, int limit) {
    this.recovery = HaSpec.RecoveryPolicy.LIVE_MIGRATION;
    this.migration = new MigrationSpec(algorithm, limit, 120, 3, 0.03, 100e6, 500e6);
    return this;
  }

  public ScenarioBuilder failback(boolean on) {
    this.failback = on;
    return this;
  }

  public ScenarioBuilder probe(ProbeSpec p) {
    probes.add(p);
    return this;
  }

  public ScenarioBuilder cpuModel(String node, String model) {
    cpuModels.put(node, model);
    return this;
  }

  public ScenarioBuilder dirty(String vm, DirtyModel model) {
    dirty.put(vm, model);
    return this;
  }

  public ScenarioBuilder networkFailures(FailureMode failures) {
    this.lan = new NetworkSpec(lan.name(), lan.bandwidth(), lan.latency(), lan.buffer(), lan.carries(),
        Optional.of(failures));
    return this;
  }

  public ScenarioBuilder network(double bandwidth, long buffer) {
    this.lan = new NetworkSpec("lan", bandwidth, 1e-4, buffer, EnumSet.allOf(NetworkSpec.Traffic.class),
        Optional.empty());
    return this;
  }

  public Scenario build() {
    HaSpec ha = new HaSpec(heartbeat, fencing, quorum, coverage, manual, HaSpec.PlacementPolicy.LEAST_LOADED,
        failback, 10, Integer.MAX_VALUE, recovery, migration);
    List<NodeSpec> finalNodes = nodes.stream().map(n -> new NodeSpec(n.name(), n.cpus(), n.memory(),
        n.dom0Memory(), cpuModels.getOrDefault(n.name(), n.cpuModel()), n.networks(), n.hardware(),
        n.hypervisor(), n.failsWhenIdle(), n.performance())).toList();
    List<VmSpec> finalVms = vms.stream().map(v -> new VmSpec(v.name(), v.memory(), v.vcpus(), v.home(),
        v.bootTime(), v.shutdownTime(), v.crash(), dirty.getOrDefault(v.name(), v.dirty()), v.resumeTime(),
        v.arpTime())).toList();
    return new Scenario("test", "", new ExperimentSpec(horizon, 0, replications, seed),
        new ClusterSpec(finalNodes, List.of(lan), storages.isEmpty() ? storage.map(List::of).orElse(List.of())
            : storages, new RepairSpec(crews), racks), finalVms, services, ha,
        maintenance, events, probes);
  }
}
