package org.hasim.scenario.bind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hasim.failure.Distribution;
import org.hasim.failure.FailureMode;
import org.hasim.scenario.DirtyModel;
import org.hasim.scenario.NodeSpec;
import org.hasim.scenario.Units;
import org.hasim.scenario.VmSpec;
import org.hasim.scenario.tree.ListNode;
import org.hasim.scenario.tree.Node;

/** {@code vms:} — domUs (groups expanded, {@code home: spread} placed round-robin), checked against nodes. */
final class VmBinder {
  private static final List<String> VM_KEYS = List.of("name", "count", "memory", "vcpus", "home",
      "boot_time", "shutdown_time", "crash", "dirty", "resume_time", "arp_time");
  private static final String SPREAD = "spread";

  private VmBinder() {}

  static List<Placed<VmSpec>> bind(Node n, String path, List<NodeSpec> nodes) {
    ListNode list = Values.list(n, path);
    List<String> nodeNames = Names.indexed(nodes.stream().map(NodeSpec::name).toList());
    NodeSpec largest = nodes.stream().max(Comparator.comparingLong(NodeSpec::vmMemory)).orElseThrow();
    Names.Unique unique = new Names.Unique("VM");
    List<Placed<VmSpec>> out = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      String p = path + "[" + i + "]";
      Fields f = Fields.of(list.items().get(i), p, VM_KEYS);
      int count = f.get("count", Values.integer(1), 1);
      List<String> names = Names.expand(f.req("name"), f.at("name"), count);
      String home = f.req("home", Values::text);
      if (!home.equals(SPREAD)) {
        Names.reference(f.req("home"), f.at("home"), "node", nodeNames);
      }
      long memory = f.req("memory", Values::size);
      if (memory <= 0) {
        throw f.error("memory", "a VM needs some memory", null);
      }
      if (memory > largest.vmMemory()) {
        throw f.error("memory", "VM '" + names.get(0) + "' needs " + Units.formatSize(memory)
            + " but the largest node, '" + largest.name() + "', has only "
            + Units.formatSize(largest.vmMemory()) + " for VMs (memory - dom0_memory)",
            "give the VM less memory or add a bigger node");
      }
      int vcpus = f.get("vcpus", Values.integer(1), 1);
      Distribution boot = f.get("boot_time", Distributions::bind, new Distribution.Deterministic(30));
      Distribution shutdown = f.get("shutdown_time", Distributions::bind, new Distribution.Deterministic(20));
      Optional<FailureMode> crash =
          f.opt("crash", (x, q) -> Distributions.failureMode(x, q, "restart", false));
      DirtyModel dirty = f.get("dirty", VmBinder::dirty, new DirtyModel.Constant(0));
      double resume = f.get("resume_time", Values::duration, 0.020);
      double arp = f.get("arp_time", Values::duration, 0.0);
      for (int k = 0; k < names.size(); k++) {
        unique.add(names.get(k), f.req("name"), f.at("name"));
        String at = home.equals(SPREAD) ? nodeNames.get(k % nodeNames.size()) : home;
        out.add(new Placed<>(new VmSpec(names.get(k), memory, vcpus, at, boot, shutdown, crash, dirty,
            resume, arp), f.map(), p));
      }
    }
    return out;
  }

  private static DirtyModel dirty(Node n, String path) {
    Fields f = Fields.of(n, path, List.of("constant", "working_set"));
    String hint = "write {constant: 5MiB/s} or {working_set: {hot: 64MiB, period: 1s, cold: 1MiB/s}}";
    if (f.has("constant") == f.has("working_set")) {
      throw n.location().error(path, f.has("constant") ? "give constant or working_set, not both"
          : "the dirty-memory model is empty", hint);
    }
    if (f.has("constant")) {
      return new DirtyModel.Constant(f.req("constant", Values::byteRate));
    }
    Fields w = Fields.of(f.req("working_set"), f.at("working_set"), List.of("hot", "period", "cold"));
    return new DirtyModel.WorkingSet(w.req("hot", Values::size), w.req("period", Values::positiveDuration),
        w.get("cold", Values::byteRate, 0.0));
  }
}
