package org.hasim.config.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hasim.config.ConfigSet;
import org.hasim.config.cib.Cib;
import org.hasim.config.cib.NvPair;
import org.hasim.config.rules.ClusterView;
import org.hasim.config.rules.ValidationOptions;

/**
 * Builds a scenario YAML (docs/scenario-format.md) from real configs. Every value carries a comment: the
 * file and line it came from, or {@code ASSUMPTION:} and the documented default it was filled from —
 * failure and repair times from Nguyen, Kim &amp; Park 2014 (DESIGN §8), boot times and dirty rates from
 * the scenario format's defaults.
 */
public final class ScenarioImporter {
  private ScenarioImporter() {}

  /** Nguyen et al. 2014, 2-host virtualized system (DESIGN §8). */
  static final String HOST_FAILURES = "{ttf: {exponential: {mean: 1y}}, ttr: 3d}";
  static final String VMM_FAILURES = "{ttf: {exponential: {mean: 2654h}}, ttr: 1min}";
  static final String VM_CRASHES = "{ttf: {exponential: {mean: 2893h}}, restart: 30s}";
  static final String SAN_FAILURES = "{ttf: {exponential: {mean: 1y}}, ttr: 3d}";
  static final String NGUYEN = "Nguyen, Kim & Park 2014 (DESIGN §8)";

  /** The scenario as YAML text. */
  public static String toYaml(ConfigSet files, List<String> sources, ImportOptions options) {
    ClusterView view = new ClusterView(files, new ValidationOptions(options.migrationBandwidth(),
        options.nodeMemory(), ValidationOptions.DEFAULT_DOM0));
    ClusterFacts facts = new ClusterFacts(view, options);
    List<String> nodes = facts.nodeNames();
    List<ClusterFacts.VmFact> vms = facts.vms(nodes);
    YamlText y = new YamlText();
    header(y, sources);
    String name = options.name().orElseGet(() -> "imported-" + facts.clusterName().orElse("cluster"))
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    y.line(0, "name: " + name);
    y.line(0, "description: " + YamlText.quote("Imported by hasim import from " + String.join(", ",
        sources.stream().map(s -> s.replaceAll(".*/", "")).toList())));
    y.line(0, "experiment: {horizon: 1y, warmup: 0s, replications: 30, seed: 1}",
        "ASSUMPTION: the format's defaults; choose your own");
    cluster(y, view, facts, vms, options);
    vms(y, view, vms);
    y.line(0, "services:", "one per VM, named after it (the configs do not say which services exist)");
    for (ClusterFacts.VmFact vm : vms) {
      y.line(1, "- {name: " + vm.name() + ", vm: " + vm.name() + "}");
    }
    ha(y, view, facts);
    y.comment(0, "maintenance: the configs do not say; for the paper's monthly maintenance uncomment:");
    y.comment(0, "maintenance:");
    y.comment(0, "  - {nodes: all, period: 30d, duration: 2h}");
    y.line(0, "variants:", "the before/after comparison: same failures, restart vs live migration");
    y.line(1, "restart: {ha.recovery: restart}");
    y.line(1, "live-migration: {ha.recovery: live-migration}");
    return y.toString();
  }

  private static void header(YamlText y, List<String> sources) {
    y.comment(0, "Scenario imported by 'hasim import' from:");
    for (String s : sources) {
      y.comment(0, "  " + s);
    }
    y.comment(0, "Values the configs state carry their file:line. Values they do not state are marked");
    y.comment(0, "ASSUMPTION: with the documented default used; review those before trusting results.");
    y.blank();
  }

  private static void cluster(YamlText y, ClusterView view, ClusterFacts facts,
      List<ClusterFacts.VmFact> vms, ImportOptions options) {
    y.line(0, "cluster:");
    y.line(1, "nodes:");
    for (ClusterFacts.NodeFact n : facts.nodes(vms)) {
      y.line(2, "- name: " + n.name());
      y.line(3, "cpus: 4", "ASSUMPTION: not in the configs");
      y.line(3, "memory: " + n.memory().yaml(), n.memory().comment());
      y.line(3, "dom0_memory: 512MiB", "ASSUMPTION: Xen's reserved_Dom0_memory default");
      y.line(3, "failures:", "ASSUMPTION: " + NGUYEN);
      y.line(4, "hardware: " + HOST_FAILURES, "ASSUMPTION: host MTTF 1 y, repair 3 d");
      y.line(4, "hypervisor: " + VMM_FAILURES, "ASSUMPTION: VMM MTTF 2654 h, restart 1 min");
    }
    String bw = YamlText.bandwidth(options.migrationBandwidth());
    Optional<Boolean> shared = view.migrationSharesHeartbeat();
    y.line(1, "networks:");
    if (shared.orElse(true)) {
      y.line(2, "- {name: lan, bandwidth: " + bw + ", carries: [heartbeat, migration, service]}",
          shared.isPresent() ? "migration addresses are on the heartbeat network (rule NW001)"
              : "ASSUMPTION: the configs do not show separate networks");
    } else {
      boolean serial = view.haCf().map(h -> h.media().stream()
          .anyMatch(m -> m.kind() == org.hasim.config.heartbeat.Medium.Kind.SERIAL)).orElse(false);
      y.line(2, "- {name: heartbeat, bandwidth: 1Gbit/s, carries: [heartbeat]}",
          "heartbeat media/rings; ASSUMPTION: 1 Gbit/s" + (serial ? " (the serial medium is not modelled)"
              : ""));
      y.line(2, "- {name: migration, bandwidth: " + bw + ", carries: [migration]}",
          "node_ip_attribute addresses, off the heartbeat network; bandwidth from --migration-bandwidth");
      y.line(2, "- {name: service, bandwidth: 1Gbit/s, carries: [service]}",
          "ASSUMPTION: a separate service LAN at 1 Gbit/s");
    }
    if (view.vmsShareStorage()) {
      y.line(1, "storage: {name: shared, failures: " + SAN_FAILURES + "}",
          "VMs are cluster-managed, so their disks are shared; ASSUMPTION: SAN MTTF 1 y, repair 3 d, "
              + NGUYEN);
    }
    y.line(1, "repair: {crews: 1}", "ASSUMPTION: one repair crew");
  }

  private static void vms(YamlText y, ClusterView view, List<ClusterFacts.VmFact> vms) {
    y.line(0, "vms:");
    for (ClusterFacts.VmFact vm : vms) {
      y.line(1, "- name: " + vm.name());
      y.line(2, "memory: " + vm.memory().yaml(), vm.memory().comment());
      y.line(2, "vcpus: " + vm.vcpus().yaml(), vm.vcpus().comment());
      y.line(2, "home: " + vm.home().yaml(), vm.home().comment());
      y.line(2, "boot_time: 30s", "ASSUMPTION: the format's default");
      y.line(2, "shutdown_time: 20s", "ASSUMPTION: the format's default");
      y.line(2, "crash: " + VM_CRASHES, "ASSUMPTION: VM MTTF 2893 h, restart 30 s, " + NGUYEN);
      y.line(2, "dirty: {constant: 1MiB/s}", "ASSUMPTION: a light workload (DESIGN §8 spans 0-25 MiB/s)");
    }
  }

  private static void ha(YamlText y, ClusterView view, ClusterFacts facts) {
    y.line(0, "ha:");
    List<String> migrating = new ArrayList<>();
    view.managedVms().stream().filter(view::allowsMigration).forEach(v -> migrating.add(v.name()));
    if (!migrating.isEmpty()) {
      y.line(1, "recovery: live-migration", "allow-migrate=true on " + String.join(", ", migrating)
          + (migrating.size() < view.managedVms().size() ? " (not on every VM: the scenario applies "
              + "one policy to all)" : ""));
    } else {
      y.line(1, "recovery: restart", view.cib().isPresent() ? "no VM resource has allow-migrate=true"
          : "ASSUMPTION: no CIB given");
    }
    List<Optional<Said>> hb = facts.heartbeat();
    String[] keys = {"keepalive", "deadtime", "warntime", "initdead"};
    y.line(1, "heartbeat:");
    for (int i = 0; i < keys.length; i++) {
      if (hb.get(i).isPresent()) {
        y.line(2, keys[i] + ": " + hb.get(i).get().yaml(), hb.get(i).get().comment());
      } else {
        y.comment(2, keys[i] + ": not set in the configs; the scenario default applies (Heartbeat's)");
      }
    }
    Optional<Cib> cib = view.cib();
    boolean fencing = view.fencingWorks().orElse(true);
    y.line(1, "fencing:");
    y.line(2, "enabled: " + fencing, view.fencingWorks().isPresent()
        ? "stonith-enabled and fencing devices in the CIB" : "ASSUMPTION: the files do not tell");
    y.line(2, "time: 10s", "ASSUMPTION: the format's default"
        + (view.hasFencingDelay() ? " (the CIB adds a random fencing delay on one node)" : ""));
    y.line(2, "success: 1.0", "ASSUMPTION: fencing always works");
    y.line(1, "quorum:");
    String policy = cib.map(Cib::noQuorumPolicy).orElse("stop");
    Optional<NvPair> policyPair = cib.flatMap(c -> c.property("no-quorum-policy"));
    y.line(2, "no_quorum_policy: " + policy, policyPair.map(p -> "from " + cib.get().file() + ":"
        + p.line()).orElse("Pacemaker's default"));
    if (view.corosync().isPresent()) {
      y.line(2, "two_node: " + view.corosync().get().twoNode(), "corosync quorum two_node");
    } else if (view.nodeCount() == 2) {
      y.line(2, "two_node: true", "ASSUMPTION: Heartbeat's two-node tie-breaker keeps quorum");
    }
    y.line(1, "coverage: 1.0", "ASSUMPTION: automatic recovery always works");
    y.line(1, "manual_recovery: 1h", "ASSUMPTION: the format's default");
    boolean balanced = cib.flatMap(c -> c.property("placement-strategy"))
        .map(p -> p.value().equals("balanced")).orElse(false);
    y.line(1, "placement: " + (balanced ? "balanced" : "least-loaded"),
        balanced ? "placement-strategy=balanced" : "");
    failback(y, view);
    Optional<Said> monitor = facts.monitorInterval();
    if (monitor.isPresent()) {
      y.line(1, "monitor_interval: " + monitor.get().yaml(), monitor.get().comment());
    } else {
      y.line(1, "monitor_interval: 10s", "ASSUMPTION: no VM monitor operation found (the Xen agent "
          + "advises 10 s)");
    }
    Optional<NvPair> threshold = facts.vmMeta("migration-threshold");
    y.line(1, "migration_threshold: " + threshold.map(p -> p.value().replace("+", "")).orElse("INFINITY"),
        threshold.map(p -> "from " + cib.get().file() + ":" + p.line()).orElse("Pacemaker's default"));
    y.line(1, "migration:");
    y.line(2, "algorithm: xen-legacy", "ASSUMPTION: libxc pre-copy of Xen 3.x-4.5; xen-v2 for Xen 4.6+");
    Optional<NvPair> limit = cib.flatMap(c -> c.property("migration-limit"));
    y.line(2, "limit: " + limit.map(NvPair::value).orElse("-1"), limit.map(p -> "from "
        + cib.get().file() + ":" + p.line()).orElse("Pacemaker's default (unlimited)"));
    Optional<Said> timeout = facts.migrationTimeout();
    y.line(2, "timeout: " + timeout.map(Said::yaml).orElse("120s"),
        timeout.map(Said::comment).orElse("ASSUMPTION: the Xen agent's advice"));
  }

  private static void failback(YamlText y, ClusterView view) {
    if (view.cib().isPresent()) {
      Cib cib = view.cib().get();
      boolean back = view.managedVms().stream().anyMatch(vm -> {
        double stickiness = cib.stickiness(vm.resource().get()).map(s -> Cib.score(s.value())).orElse(0.0);
        return cib.locations().stream().anyMatch(l -> l.rsc().equals(vm.resource().get().id())
            && l.scoreValue() > stickiness);
      });
      y.line(1, "failback: " + back, back ? "a location preference outweighs stickiness"
          : "stickiness keeps VMs where they went");
    } else if (view.haCf().flatMap(h -> h.autoFailback()).isPresent()) {
      y.line(1, "failback: " + view.haCf().get().autoFailback().get(), "ha.cf auto_failback");
    } else {
      y.line(1, "failback: false", "ASSUMPTION: not stated");
    }
  }
}
