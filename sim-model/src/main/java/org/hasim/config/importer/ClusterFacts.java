package org.hasim.config.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hasim.config.ConfigQuantities;
import org.hasim.config.cib.Cib;
import org.hasim.config.cib.Location;
import org.hasim.config.cib.NvPair;
import org.hasim.config.cib.Op;
import org.hasim.config.cib.Primitive;
import org.hasim.config.corosync.CorosyncConf;
import org.hasim.config.corosync.Section;
import org.hasim.config.heartbeat.HaCf;
import org.hasim.config.heartbeat.TimeSetting;
import org.hasim.config.rules.ClusterView;
import org.hasim.config.xen.XenDomain;
import org.hasim.scenario.InputException;

/** What the config files say about the cluster, each value with its source or its assumption. */
final class ClusterFacts {
  static final long MIB = 1024L * 1024;
  static final long DOM0 = 512 * MIB;
  private static final String NAME = "[A-Za-z0-9._-]+";

  private final ClusterView view;
  private final ImportOptions options;

  ClusterFacts(ClusterView view, ImportOptions options) {
    this.view = view;
    this.options = options;
  }

  /** A node and its memory. */
  record NodeFact(String name, Said memory) {}

  /** A VM, its memory, vCPUs and home node. */
  record VmFact(String name, Said memory, Said vcpus, Said home) {}

  List<String> nodeNames() {
    List<ClusterView.NodeRef> refs = view.nodesByFile().values().stream().findFirst().orElse(List.of());
    Set<String> names = new LinkedHashSet<>();
    for (ClusterView.NodeRef r : refs) {
      if (!r.name().matches(NAME)) {
        throw new InputException(r.file(), r.line(), 0, null, "node name '" + r.name()
            + "' cannot be used in a scenario", "scenario names use letters, digits, '.', '_' and '-'");
      }
      names.add(r.name());
    }
    if (names.isEmpty()) {
      throw new InputException("import", 0, 0, null, "the files name no nodes",
          "give ha.cf (node lines), corosync.conf with a nodelist, or a CIB with <nodes>");
    }
    return List.copyOf(names);
  }

  List<NodeFact> nodes(List<VmFact> vms) {
    long largestVm = vms.stream().mapToLong(v -> bytesOf(v.memory().yaml())).max().orElse(0);
    List<NodeFact> out = new ArrayList<>();
    for (String n : nodeNames()) {
      Optional<Said> fromCib = view.cib().flatMap(c -> c.nodes().stream()
          .filter(cn -> cn.uname().equals(n)).findFirst())
          .flatMap(cn -> NvPair.find(cn.utilization(), "memory")
              .filter(p -> p.value().strip().matches("[0-9]+"))
              .map(p -> Said.from(Long.parseLong(p.value().strip()) + "MiB", view.cib().get().file(),
                  p.line(), "utilization memory, MiB")));
      Said memory = options.nodeMemory()
          .map(m -> new Said(YamlText.size(m), "from --node-memory", false))
          .or(() -> fromCib)
          .orElseGet(() -> {
            long gib = Math.max(8, (largestVm + DOM0 + 1024 * MIB - 1) / (1024 * MIB));
            return Said.assumed(gib + "GiB", "node memory not in the files; give --node-memory "
                + "or CIB utilization");
          });
      out.add(new NodeFact(n, memory));
    }
    return out;
  }

  List<VmFact> vms(List<String> nodes) {
    List<VmFact> out = new ArrayList<>();
    int next = 0;
    for (ClusterView.Vm vm : view.vms()) {
      Optional<XenDomain> d = vm.domain();
      String where = d.map(XenDomain::file).orElse(view.cib().map(Cib::file).orElse("?"));
      if (!vm.name().matches(NAME)) {
        throw new InputException(where, 0, 0, "name", "VM name '" + vm.name()
            + "' cannot be used in a scenario", "scenario names use letters, digits, '.', '_' and '-'");
      }
      Said memory = d.flatMap(x -> x.get("memory")).map(s -> Said.from(
              YamlText.size(d.get().memoryBytes()), d.get().file(), s.line(), "memory, MiB"))
          .or(() -> vm.resource().flatMap(p -> NvPair.find(p.utilization(), "memory"))
              .filter(p -> p.value().strip().matches("[0-9]+"))
              .map(p -> Said.from(p.value().strip() + "MiB", where, p.line(), "utilization memory")))
          .orElse(Said.assumed("128MiB", "no memory given; xl's default is 128 MiB"));
      Said vcpus = d.flatMap(x -> x.get("vcpus")).flatMap(s -> s.value().asNumber()
              .map(n -> Said.from(Long.toString(Math.round(n)), d.get().file(), s.line(), "")))
          .orElse(Said.assumed("1", "xl's default of 1 vCPU"));
      Optional<Location> pref = vm.resource().flatMap(p -> view.cib().get().locations().stream()
          .filter(l -> l.rsc().equals(p.id()) && l.scoreValue() > 0 && l.node().isPresent()
              && nodes.contains(l.node().get()))
          .max(Comparator.comparingDouble(Location::scoreValue)));
      Said home;
      if (pref.isPresent()) {
        home = Said.from(pref.get().node().get(), view.cib().get().file(), pref.get().line(),
            "rsc_location " + pref.get().id());
      } else {
        home = Said.assumed(nodes.get(next % nodes.size()), "no location preference; VMs spread "
            + "round-robin");
        next++;
      }
      out.add(new VmFact(vm.name(), memory, vcpus, home));
    }
    return out;
  }

  /** keepalive, deadtime, warntime, initdead: from ha.cf, or mapped from corosync's token. */
  List<Optional<Said>> heartbeat() {
    if (view.haCf().isPresent()) {
      HaCf h = view.haCf().get();
      return List.of(time(h, h.keepalive(), "keepalive"), time(h, h.deadtime(), "deadtime"),
          time(h, h.warntime(), "warntime"), time(h, h.initdead(), "initdead"));
    }
    if (view.corosync().isPresent()) {
      CorosyncConf c = view.corosync().get();
      double token = c.tokenOrDefault();
      double retransmits = c.totem().flatMap(t -> t.entry("token_retransmits_before_loss_const"))
          .map(e -> Double.parseDouble(e.value())).orElse(4.0);
      double keepalive = token / (retransmits + 0.2);
      double deadtime = token + c.consensusOrDefault();
      String src = c.file() + c.token().map(t -> ":" + t.line()).orElse("");
      return List.of(
          Optional.of(Said.assumed(YamlText.duration(Math.round(keepalive * 1000) / 1000.0),
              "corosync token retransmit interval, token / (retransmits + 0.2), from " + src)),
          Optional.of(Said.assumed(YamlText.duration(deadtime),
              "token + consensus (token loss, then a new membership), from " + src)),
          Optional.empty(), Optional.empty());
    }
    return List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static Optional<Said> time(HaCf h, Optional<TimeSetting> t, String what) {
    return t.map(s -> Said.from(YamlText.duration(s.seconds()), h.file(), s.line(), what + " " + s.text()));
  }

  /** The migrate_to timeout of the first VM that migrates (op, else op_defaults, else 20 s). */
  Optional<Said> migrationTimeout() {
    for (ClusterView.Vm vm : view.managedVms()) {
      if (!view.allowsMigration(vm)) {
        continue;
      }
      Cib cib = view.cib().get();
      Primitive p = vm.resource().get();
      for (Op op : p.ops("migrate_to")) {
        if (op.timeout().isPresent()) {
          return Optional.of(Said.from(YamlText.duration(op.timeout().get()), cib.file(), op.line(),
              p.id() + " migrate_to"));
        }
      }
      return Optional.of(cib.opDefault("timeout")
          .map(d -> Said.from(YamlText.duration(ConfigQuantities.pacemakerSeconds(d.value())
              .orElse(Cib.DEFAULT_OP_TIMEOUT)), cib.file(), d.line(), "op_defaults timeout"))
          .orElse(new Said("20s", "Pacemaker's default operation timeout", false)));
    }
    return Optional.empty();
  }

  /** The shortest monitor interval of the VM resources. */
  Optional<Said> monitorInterval() {
    Op best = null;
    for (ClusterView.Vm vm : view.managedVms()) {
      for (Op op : vm.resource().get().ops("monitor")) {
        if (op.interval() > 0 && (best == null || op.interval() < best.interval())) {
          best = op;
        }
      }
    }
    Op chosen = best;
    return Optional.ofNullable(chosen).map(op -> Said.from(YamlText.duration(op.interval()),
        view.cib().get().file(), op.line(), "VM monitor interval"));
  }

  /** A VM meta attribute (first managed VM that sets it, resource or rsc_defaults). */
  Optional<NvPair> vmMeta(String name) {
    for (ClusterView.Vm vm : view.managedVms()) {
      Optional<NvPair> p = view.cib().get().effectiveMeta(vm.resource().get(), name);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  /** The cluster name, for the scenario name. */
  Optional<String> clusterName() {
    return view.corosync().flatMap(CorosyncConf::totem).flatMap(t -> t.entry("cluster_name"))
        .map(Section.Entry::value)
        .or(() -> view.cib().flatMap(c -> c.property("cluster-name")).map(NvPair::value));
  }

  static long bytesOf(String size) {
    return (long) ConfigQuantities.bytes(size).orElse(0);
  }
}
