package org.hasim.scenario.bind;

import java.util.List;
import org.hasim.scenario.ClusterSpec;
import org.hasim.scenario.ExperimentSpec;
import org.hasim.scenario.HaSpec;
import org.hasim.scenario.MaintenanceSpec;
import org.hasim.scenario.NetworkSpec;
import org.hasim.scenario.NodeSpec;
import org.hasim.scenario.ProbeSpec;
import org.hasim.scenario.RackSpec;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.ScriptedEvent;
import org.hasim.scenario.ServiceSpec;
import org.hasim.scenario.StorageSpec;
import org.hasim.scenario.VmSpec;
import org.hasim.scenario.tree.MapNode;
import org.hasim.scenario.tree.Node;

/**
 * Binds a whole raw scenario tree (overrides already applied) to a {@link Scenario}: every section in
 * order, then the checks that span sections. The {@code variants} key is read by {@link Variants}, the
 * {@code include} key by {@link Includes}; the {@code sweep} key is checked for its shape here but only
 * read by the sweep command ({@link SweepSection}).
 */
public final class ScenarioBinder {
  static final List<String> TOP_KEYS = List.of("name", "description", "experiment", "cluster", "vms",
      "services", "ha", "maintenance", "events", "probes", "variants", "sweep", "include");
  private static final List<String> EXPERIMENT_KEYS = List.of("horizon", "warmup", "replications", "seed");

  private ScenarioBinder() {}

  /** Refuses a document that is not a map of the top-level keys (an empty file, a list, ...). */
  public static MapNode requireMap(Node root) {
    if (root.isNull()) {
      throw root.location().error(null, "the scenario is empty", "start with 'name:', 'experiment:' and "
          + "'cluster:'; see docs/scenario-format.md");
    }
    return Fields.of(root, "", TOP_KEYS).map();
  }

  public static Scenario bind(Node root) {
    requireMap(root);
    Fields f = Fields.of(root, "", TOP_KEYS);
    SweepSection.read(f.map());
    String name = f.req("name", Values::scenarioName);
    String description = f.get("description", Values::text, "");
    ExperimentSpec experiment = f.req("experiment", ScenarioBinder::experiment);
    ClusterBinder.Bound cluster = ClusterBinder.bind(f.req("cluster"), "cluster");
    List<NodeSpec> nodes = cluster.spec().nodes();
    List<String> nodeNames = nodes.stream().map(NodeSpec::name).toList();
    List<VmSpec> vms = f.has("vms")
        ? VmBinder.bind(f.req("vms"), "vms", nodes).stream().map(Placed::spec).toList() : List.of();
    List<String> vmNames = vms.stream().map(VmSpec::name).toList();
    List<ServiceSpec> services = f.get("services", (x, p) -> ServiceBinder.bind(x, p, vmNames), List.of());
    Placed<HaSpec> ha = HaBinder.bind(f.opt("ha").orElse(new MapNode(List.of(), f.location())), "ha",
        nodes.size());
    checkMigrationNetwork(ha, cluster.spec());
    List<MaintenanceSpec> maintenance =
        f.get("maintenance", (x, p) -> ControlBinder.maintenance(x, p, nodeNames), List.of());
    EventParser events = new EventParser(nodeNames, vmNames,
        cluster.spec().storages().stream().map(StorageSpec::name).toList(),
        cluster.spec().racks().stream().map(RackSpec::name).toList(),
        experiment.warmup() + experiment.horizon());
    List<ScriptedEvent> scripted = f.get("events", (x, p) -> ControlBinder.events(x, p, events), List.of());
    ProbeBinder probes = new ProbeBinder(vmNames, nodeNames, services,
        experiment.warmup() + experiment.horizon());
    List<ProbeSpec> probeSpecs = f.get("probes", probes::bind, List.of());
    return new Scenario(name, description, experiment, cluster.spec(), vms, services, ha.spec(),
        maintenance, scripted, probeSpecs);
  }

  private static ExperimentSpec experiment(Node n, String path) {
    Fields f = Fields.of(n, path, EXPERIMENT_KEYS);
    double horizon = f.req("horizon", Values::positiveDuration);
    double warmup = f.get("warmup", Values::duration, 0.0);
    int replications = f.get("replications", (x, p) -> {
      long r = Values.longInteger(x, p);
      if (r < 2) {
        throw x.location().error(p, "replications must be at least 2, found " + r,
            "a confidence interval needs 2 or more replications (default 30)");
      }
      if (r > Integer.MAX_VALUE) {
        throw x.location().error(p, r + " replications is too many", null);
      }
      return (int) r;
    }, 30);
    long seed = f.get("seed", Values::longInteger, 1L);
    return new ExperimentSpec(horizon, warmup, replications, seed);
  }

  private static void checkMigrationNetwork(Placed<HaSpec> ha, ClusterSpec cluster) {
    boolean carried = cluster.networks().stream()
        .anyMatch(net -> net.carries().contains(NetworkSpec.Traffic.MIGRATION));
    if (ha.spec().recovery() == HaSpec.RecoveryPolicy.LIVE_MIGRATION && !carried) {
      throw ha.error("recovery", "live-migration recovery needs a network that carries migration traffic",
          "add 'migration' to the carries list of a network");
    }
  }
}
