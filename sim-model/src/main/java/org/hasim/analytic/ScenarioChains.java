package org.hasim.analytic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hasim.failure.FailureMode;
import org.hasim.scenario.FencingSpec;
import org.hasim.scenario.HeartbeatSpec;
import org.hasim.scenario.NetworkSpec;
import org.hasim.scenario.NodeSpec;
import org.hasim.scenario.QuorumSpec;
import org.hasim.scenario.RepairSpec;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.ServiceSpec;
import org.hasim.scenario.VmSpec;

/**
 * Reads one resolved scenario into a chain for {@link ScenarioAnalytic#of}: first every reason to refuse,
 * then the node part (single component or active/standby), then VM crashes and storage failures in series.
 * One instance per call; it collects the assumptions and approximations as it goes.
 */
final class ScenarioChains {
  private final Scenario s;
  private final List<String> assumptions = new ArrayList<>();
  private final List<String> approximations = new ArrayList<>();

  ScenarioChains(Scenario scenario) {
    this.s = scenario;
  }

  ScenarioAnalytic analyse() {
    Optional<String> refusal = structuralRefusal()
        .or(this::nonExponentialRefusal)
        .or(this::capacityRefusal)
        .or(() -> s.cluster().nodes().size() == 2 ? twoNodeRefusal() : Optional.empty());
    if (refusal.isPresent()) {
      return new ScenarioAnalytic.Refused(refusal.get());
    }
    List<String> names = new ArrayList<>();
    List<Ctmc> parts = new ArrayList<>();
    nodePart().ifPresent(part -> {
      names.add(part.name());
      parts.add(part.chain());
    });
    vmCrashPart().ifPresent(part -> {
      names.add(part.name());
      parts.add(part.chain());
    });
    storagePart().ifPresent(part -> {
      names.add(part.name());
      parts.add(part.chain());
    });
    if (parts.isEmpty()) {
      return new ScenarioAnalytic.Refused("nothing in this scenario fails (no node, VM or storage failure"
          + " process), so its availability is 1 and there is no chain to solve");
    }
    Ctmc chain = parts.stream().reduce(Ctmc::series).orElseThrow();
    String allUp = chain.states().get(0);
    return new ScenarioAnalytic.Solved(String.join(" in series with ", names), chain, chain.steadyState(),
        chain.meanTimeToFailure(allUp), assumptions, approximations);
  }

  private record Part(String name, Ctmc chain) {}

  // ---- refusals -------------------------------------------------------------------------------------

  private Optional<String> structuralRefusal() {
    if (!s.events().isEmpty()) {
      return Optional.of("the scenario has " + s.events().size() + " scripted event(s) at fixed times; a"
          + " Markov chain has no clock. Remove 'events' to compare with the analytic model");
    }
    if (!s.maintenance().isEmpty()) {
      return Optional.of("the scenario has maintenance windows, which are periodic and deterministic; the"
          + " chains only know exponential failures. Remove 'maintenance' to compare");
    }
    Optional<NetworkSpec> failingNetwork =
        s.cluster().networks().stream().filter(n -> n.failures().isPresent()).findFirst();
    if (failingNetwork.isPresent()) {
      return Optional.of("network '" + failingNetwork.get().name() + "' fails; partitions and false"
          + " failovers are not in the chains. Remove its failures to compare");
    }
    if (!s.cluster().racks().isEmpty()) {
      return Optional.of("the scenario has racks; rack-switch failures (correlated outages) are not in the"
          + " chains. Remove 'racks' to compare");
    }
    if (s.cluster().storages().size() > 1) {
      return Optional.of("the scenario has " + s.cluster().storages().size() + " storage systems; the"
          + " chains have one. Use the simulation");
    }
    if (s.vms().size() != 1) {
      return Optional.of("the chains describe one service on one VM; this scenario has " + s.vms().size()
          + " VMs. Use the simulation for several VMs (they compete for capacity and repair)");
    }
    Optional<ServiceSpec> dependent =
        s.services().stream().filter(svc -> !svc.dependsOn().isEmpty()).findFirst();
    if (dependent.isPresent()) {
      return Optional.of("service '" + dependent.get().name() + "' depends on " + dependent.get().dependsOn()
          + "; the chains have no service dependencies");
    }
    int nodes = s.cluster().nodes().size();
    if (nodes != 1 && nodes != 2) {
      return Optional.of("the scenario has " + nodes + " nodes; the chains cover one node (a single"
          + " component) or two (active/standby)");
    }
    return Optional.empty();
  }

  private Optional<String> nonExponentialRefusal() {
    return labelledModes()
        .filter(m -> !m.mode().timeToFailure().isExponential())
        .findFirst()
        .map(m -> m.label() + " has time to failure " + m.mode().timeToFailure().describe()
            + "; the chains need exponential times to failure. The simulation handles this case");
  }

  private Optional<String> capacityRefusal() {
    VmSpec vm = vm();
    return s.cluster().nodes().stream()
        .filter(n -> vm.memory() > n.vmMemory())
        .findFirst()
        .map(n -> "VM '" + vm.name() + "' (" + vm.memory() + " bytes) does not fit on node '" + n.name()
            + "' (" + n.vmMemory() + " bytes for domUs): capacity would bind, which the chains ignore");
  }

  private Optional<String> twoNodeRefusal() {
    if (s.cluster().storage().isEmpty()) {
      return Optional.of("there is no shared storage, so the VM cannot be restarted on the other node and"
          + " the second node never helps; add storage or use one node");
    }
    QuorumSpec quorum = s.ha().quorum();
    if (!quorum.twoNode() && quorum.policy() != QuorumSpec.NoQuorumPolicy.IGNORE) {
      return Optional.of("after one of the two nodes fails the survivor has 1 vote of 2 and no-quorum-policy"
          + " is " + quorum.policy().name().toLowerCase() + ", so it would not take over. Set quorum"
          + " two_node or no-quorum-policy ignore");
    }
    if (s.ha().failback()) {
      return Optional.of("failback is on: the VM moves back after every repair, an extra outage the"
          + " active/standby chain does not have. Turn failback off to compare");
    }
    NodeSpec a = s.cluster().nodes().get(0);
    NodeSpec b = s.cluster().nodes().get(1);
    if (!close(failureRate(a), failureRate(b)) || !close(meanRepair(a), meanRepair(b))) {
      return Optional.of("nodes '" + a.name() + "' and '" + b.name() + "' fail or are repaired at"
          + " different rates; the active/standby chain has one λ and one μ for both nodes");
    }
    return Optional.empty();
  }

  // ---- parts ----------------------------------------------------------------------------------------

  private Optional<Part> nodePart() {
    NodeSpec node = s.cluster().nodes().get(0);
    if (nodeModes(node).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(s.cluster().nodes().size() == 1 ? singleNode(node) : activeStandby(node));
  }

  /** One node: up, and one down state per failure mode, each lasting repair + VM boot. */
  private Part singleNode(NodeSpec node) {
    double boot = vm().bootTime().mean();
    Ctmc.Builder b = Ctmc.builder().upState("node-up");
    for (LabelledMode m : nodeModes(node)) {
      String down = "node-" + m.kind() + "-repair";
      b.downState(down)
          .rate("node-up", down, 1 / m.mode().timeToFailure().mean())
          .rate(down, "node-up", 1 / (m.mode().timeToRepair().mean() + boot));
    }
    assumptions.add("single component: each node failure keeps the service down for the node's repair"
        + " plus the VM's boot (" + seconds(boot) + "); the long-run availability, MTTR and MTTF depend only"
        + " on the means, so non-exponential repair and boot times are exact here");
    return new Part("single component (node '" + node.name() + "')", b.build());
  }

  private Part activeStandby(NodeSpec node) {
    double lambda = failureRate(node);
    double mttr = meanRepair(node);
    int crews = crewsForNodes(node);
    HeartbeatSpec hb = s.ha().heartbeat();
    FencingSpec fencing = s.ha().fencing();
    double detection = hb.deadtime() - hb.keepalive() / 2;
    double fencingTime = fencing.enabled() ? fencing.time().mean() : 0;
    double boot = vm().bootTime().mean();
    double failover = detection + fencingTime + boot;
    double coverage = s.ha().coverage() * (fencing.enabled() ? fencing.successProbability() : 1);
    double manual = detection + s.ha().manualRecovery().mean();

    assumptions.add("hot standby: both nodes powered, λ = λs = " + perYear(lambda) + ", node MTTR "
        + seconds(mttr) + ", " + crews + " crew(s) for the two nodes");
    assumptions.add("T_fo = detection (deadtime − keepalive/2 = " + seconds(detection) + ") + fencing ("
        + seconds(fencingTime) + ") + VM boot (" + seconds(boot) + ") = " + seconds(failover));
    assumptions.add("coverage c = ha coverage " + s.ha().coverage()
        + (fencing.enabled() ? " × fencing success " + fencing.successProbability() : "") + " = " + coverage);
    assumptions.add("T_man = detection + mean manual recovery = " + seconds(manual));
    approximations.add("T_fo is close to deterministic but enters the chain as an exponential with the same"
        + " mean; A, MTTR and MTTF depend only on that mean here, the outage-length distribution does not");
    approximations.add("a failure of the surviving node (or the end of a repair) during a failover or a manual"
        + " recovery is ignored (error of order λ·T_fo, λ·T_man)");
    approximations.add("after both nodes were down the service is counted up when the first repair ends;"
        + " the VM boot (" + seconds(boot) + ") then is left out");
    if (nodeModes(node).stream().anyMatch(m -> !m.mode().timeToRepair().isExponential())) {
      approximations.add("node repair times are not exponential; the chain uses exponential repairs with the"
          + " same mean (good while λ·MTTR ≪ 1)");
    }
    if (nodeModes(node).size() > 1 && !close(nodeModes(node).get(0).mode().timeToRepair().mean(),
        nodeModes(node).get(1).mode().timeToRepair().mean())) {
      approximations.add("hardware and hypervisor repairs differ; one repair rate with the failure-weighted"
          + " mean repair time " + seconds(mttr) + " stands for both");
    }
    boolean cold = s.cluster().nodes().stream().noneMatch(NodeSpec::failsWhenIdle);
    ActiveStandbyModel model = cold
        ? ActiveStandbyModel.cold(lambda, 1 / mttr, crews, coverage, failover, manual)
        : ActiveStandbyModel.hot(lambda, 1 / mttr, crews, coverage, failover, manual);
    return new Part("active/standby (" + (cold ? "cold" : "hot") + " standby, " + crews + " crew(s))",
        model.chain());
  }

  private Optional<Part> vmCrashPart() {
    VmSpec vm = vm();
    if (vm.crash().isEmpty()) {
      return Optional.empty();
    }
    FailureMode crash = vm.crash().get();
    double restart = s.ha().monitorInterval() / 2 + crash.timeToRepair().mean();
    assumptions.add("VM crash: detected after half a monitor interval on average, then restarted in place,"
        + " outage " + seconds(restart) + (s.ha().migrationThreshold() == Integer.MAX_VALUE ? ""
            : "; moving the VM after migration-threshold failures is taken to cost the same"));
    approximations.add("VM crashes are an independent component in series: the chain lets the VM crash while"
        + " it is down for another reason (overlap error at most the product of the two unavailabilities)");
    Ctmc chain = Ctmc.builder().upState("vm-running").downState("vm-restarting")
        .rate("vm-running", "vm-restarting", 1 / crash.timeToFailure().mean())
        .rate("vm-restarting", "vm-running", 1 / restart)
        .build();
    return Optional.of(new Part("VM crashes", chain));
  }

  private Optional<Part> storagePart() {
    Optional<FailureMode> failures = s.cluster().storage().flatMap(st -> st.failures());
    if (failures.isEmpty()) {
      return Optional.empty();
    }
    FailureMode f = failures.get();
    assumptions.add("shared storage: an independent component in series; the service is back as soon as"
        + " storage is (no VM restart after a storage outage)");
    boolean nodesUseCrews = s.cluster().nodes().stream().flatMap(n -> nodeModes(n).stream())
        .anyMatch(m -> m.mode().needsCrew());
    if (f.needsCrew() && nodesUseCrews && s.cluster().repair().crews() != RepairSpec.UNLIMITED) {
      approximations.add("storage and node repairs share " + s.cluster().repair().crews()
          + " crew(s); waiting for a crew is ignored for storage");
    }
    Ctmc chain = Ctmc.builder().upState("storage-up").downState("storage-down")
        .rate("storage-up", "storage-down", 1 / f.timeToFailure().mean())
        .rate("storage-down", "storage-up", 1 / f.timeToRepair().mean())
        .build();
    return Optional.of(new Part("storage failures", chain));
  }

  // ---- helpers --------------------------------------------------------------------------------------

  private record LabelledMode(String label, String kind, FailureMode mode) {}

  private VmSpec vm() {
    return s.vms().get(0);
  }

  private static List<LabelledMode> nodeModes(NodeSpec n) {
    List<LabelledMode> modes = new ArrayList<>();
    n.hardware().ifPresent(m -> modes.add(new LabelledMode("node '" + n.name() + "' hardware", "hardware", m)));
    n.hypervisor().ifPresent(m -> modes.add(
        new LabelledMode("node '" + n.name() + "' hypervisor", "hypervisor", m)));
    return modes;
  }

  private Stream<LabelledMode> labelledModes() {
    Stream<LabelledMode> nodes = s.cluster().nodes().stream().flatMap(n -> nodeModes(n).stream());
    Stream<LabelledMode> vms = s.vms().stream().filter(v -> v.crash().isPresent())
        .map(v -> new LabelledMode("VM '" + v.name() + "' crash", "crash", v.crash().get()));
    Stream<LabelledMode> storage = s.cluster().storage().stream().filter(st -> st.failures().isPresent())
        .map(st -> new LabelledMode("storage '" + st.name() + "'", "storage", st.failures().get()));
    return Stream.of(nodes, vms, storage).flatMap(x -> x);
  }

  private static double failureRate(NodeSpec n) {
    return nodeModes(n).stream().mapToDouble(m -> 1 / m.mode().timeToFailure().mean()).sum();
  }

  /** Mean repair time weighted by how often each mode occurs: Σ λ_i·r_i / Σ λ_i (0 if nothing fails). */
  private static double meanRepair(NodeSpec n) {
    double lambda = failureRate(n);
    return lambda == 0 ? 0 : nodeModes(n).stream()
        .mapToDouble(m -> m.mode().timeToRepair().mean() / m.mode().timeToFailure().mean()).sum() / lambda;
  }

  /** Crews that can work on the two nodes at once; repairs that need no crew behave like their own crew. */
  private int crewsForNodes(NodeSpec node) {
    List<LabelledMode> modes = nodeModes(node);
    boolean anyNeedsCrew = modes.stream().anyMatch(m -> m.mode().needsCrew());
    boolean allNeedCrew = modes.stream().allMatch(m -> m.mode().needsCrew());
    int crews = s.cluster().repair().crews();
    if (!anyNeedsCrew) {
      return 2;
    }
    if (!allNeedCrew && crews < 2) {
      approximations.add("some node repairs need the single crew and some do not; the chain makes all of"
          + " them wait for it");
    }
    return Math.min(crews, 2);
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }

  private static String seconds(double t) {
    return String.format(java.util.Locale.ROOT, "%.4g s", t);
  }

  private static String perYear(double rate) {
    return String.format(java.util.Locale.ROOT, "%.4g /year", rate * AvailabilityFormulas.SECONDS_PER_YEAR);
  }
}
