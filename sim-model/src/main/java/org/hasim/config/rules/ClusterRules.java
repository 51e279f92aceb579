package org.hasim.config.rules;

import static org.hasim.config.ConfigQuantities.mebibytes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hasim.config.Severity;
import org.hasim.config.cib.Cib;
import org.hasim.config.cib.CibNode;
import org.hasim.config.cib.Location;
import org.hasim.config.cib.NvPair;
import org.hasim.config.cib.Primitive;
import org.hasim.config.corosync.CorosyncConf;
import org.hasim.config.corosync.Section;
import org.hasim.config.heartbeat.HaCf;
import org.hasim.config.heartbeat.Medium;
import org.hasim.config.xen.XenDomain;

/** Rules that need several files at once: node names, networks, capacity. */
final class ClusterRules {
  private ClusterRules() {}

  static List<Rule> all() {
    return List.of(
        new Rule("CL001", Severity.ERROR, "node names differ between files", ClusterRules::nodeNames),
        new Rule("NW001", Severity.WARNING, "live migration shares the heartbeat network",
            ClusterRules::migrationOnHeartbeatNetwork),
        new Rule("CP001", Severity.WARNING, "the cluster cannot hold all VMs with one node down (N−1)",
            ClusterRules::nMinusOne));
  }

  private static void nodeNames(ClusterView c, Rule.Emitter out) {
    Map<String, List<ClusterView.NodeRef>> byFile = c.nodesByFile();
    Set<String> all = new LinkedHashSet<>();
    byFile.values().forEach(l -> l.forEach(r -> all.add(r.name())));
    for (Map.Entry<String, List<ClusterView.NodeRef>> e : byFile.entrySet()) {
      Set<String> here = new LinkedHashSet<>();
      e.getValue().forEach(r -> here.add(r.name()));
      for (String name : all) {
        if (here.contains(name)) {
          continue;
        }
        ClusterView.NodeRef seen = byFile.values().stream().flatMap(List::stream)
            .filter(r -> r.name().equals(name)).findFirst().get();
        out.report(seen.file(), seen.line(),
            "node '" + name + "' is listed here but not in " + e.getKey() + " (which has "
                + String.join(", ", here) + ")",
            "use the same names everywhere: each must match 'uname -n' of its node");
      }
    }
    for (Cib cib : c.files().cibs()) {
      for (Location l : cib.locations()) {
        if (l.node().isPresent() && !all.isEmpty() && !all.contains(l.node().get())) {
          out.report(cib.file(), l.line(), "location constraint '" + l.id() + "' names node '"
                  + l.node().get() + "', which no file defines (" + String.join(", ", all) + ")",
              "correct the node name in the constraint");
        }
      }
    }
  }

  /** An address heartbeats or migrations use, and where it is written. */
  private record Address(String value, String what, String file, int line) {}

  private static void migrationOnHeartbeatNetwork(ClusterView c, Rule.Emitter out) {
    List<Address> heartbeat = heartbeatAddresses(c);
    Set<String> reported = new LinkedHashSet<>();
    for (Address m : migrationAddresses(c)) {
      for (Address h : heartbeat) {
        if (sameNetwork(m.value(), h.value()) && reported.add(m.value())) {
          out.report(m.file(), m.line(),
              "live migration to " + m.what() + " goes to " + m.value() + ", on the heartbeat network ("
                  + h.what() + " at " + h.file() + ":" + h.line() + "): a migration saturates the link "
                  + "and delays heartbeats, which can declare a healthy node dead",
              "put migration on its own network: a node attribute with the migration address and "
                  + "node_ip_attribute on the VM resources, or a dedicated heartbeat NIC");
        }
      }
    }
  }

  /**
   * Whether live migrations go over an address on the heartbeat network; empty when the files cannot
   * tell (no migrating VM, or no heartbeat medium with an address).
   */
  static Optional<Boolean> migrationSharesHeartbeat(ClusterView c) {
    List<Address> heartbeat = heartbeatAddresses(c);
    List<Address> migration = migrationAddresses(c);
    if (heartbeat.isEmpty() || migration.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(migration.stream()
        .anyMatch(m -> heartbeat.stream().anyMatch(h -> sameNetwork(m.value(), h.value()))));
  }

  private static List<Address> heartbeatAddresses(ClusterView c) {
    List<Address> out = new ArrayList<>();
    for (HaCf h : c.files().haCfs()) {
      for (Medium m : h.media()) {
        if (m.kind() == Medium.Kind.UCAST) {
          out.add(new Address(m.address().get(), "ucast " + m.device() + " " + m.address().get(),
              h.file(), m.line()));
        }
      }
    }
    for (CorosyncConf conf : c.files().corosyncs()) {
      for (Section.Entry e : conf.ringAddresses()) {
        out.add(new Address(e.value(), e.key() + " " + e.value(), conf.file(), e.line()));
      }
    }
    return out;
  }

  /**
   * Where live migrations go: the Xen agent sends a VM to the address in the target node's attribute named
   * by {@code node_ip_attribute}, or else to the node's host name.
   */
  private static List<Address> migrationAddresses(ClusterView c) {
    List<Address> out = new ArrayList<>();
    if (c.cib().isEmpty()) {
      return out;
    }
    Cib cib = c.cib().get();
    for (ClusterView.Vm vm : c.managedVms()) {
      if (!c.allowsMigration(vm)) {
        continue;
      }
      Primitive p = vm.resource().get();
      Optional<String> attr = p.param("node_ip_attribute").map(NvPair::value);
      for (CibNode n : cib.nodes()) {
        if (attr.isPresent()) {
          NvPair.find(n.attributes(), attr.get()).ifPresent(a ->
              out.add(new Address(a.value(), n.uname(), cib.file(), a.line())));
        } else {
          out.add(new Address(n.uname(), n.uname(), cib.file(), n.line()));
        }
      }
    }
    return out;
  }

  /** Same address, or IPv4 addresses in the same /24 (corosync's bindnetaddr is such a network). */
  static boolean sameNetwork(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String ipv4 = "[0-9]{1,3}(\\.[0-9]{1,3}){3}";
    if (a.matches(ipv4) && b.matches(ipv4)) {
      return a.substring(0, a.lastIndexOf('.')).equals(b.substring(0, b.lastIndexOf('.')));
    }
    return false;
  }

  private static void nMinusOne(ClusterView c, Rule.Emitter out) {
    Map<String, Long> nodeMemory = nodeMemory(c);
    if (nodeMemory.size() < 2) {
      return;
    }
    long dom0 = c.options().dom0Memory();
    long total = 0;
    long largest = 0;
    for (ClusterView.Vm vm : c.vms()) {
      long m = vmMemory(vm);
      total += m;
      largest = Math.max(largest, m);
    }
    if (total == 0) {
      return;
    }
    String worstNode = null;
    long worstCapacity = Long.MAX_VALUE;
    for (String down : nodeMemory.keySet()) {
      long capacity = 0;
      long biggestSurvivor = 0;
      for (Map.Entry<String, Long> n : nodeMemory.entrySet()) {
        if (!n.getKey().equals(down)) {
          capacity += n.getValue() - dom0;
          biggestSurvivor = Math.max(biggestSurvivor, n.getValue() - dom0);
        }
      }
      if ((total > capacity || largest > biggestSurvivor) && capacity < worstCapacity) {
        worstNode = down;
        worstCapacity = capacity;
      }
    }
    if (worstNode != null) {
      String file = c.cib().map(Cib::file).orElse(c.files().domains().get(0).file());
      out.report(file, 0,
          "with " + worstNode + " down the other nodes offer " + mebibytes(worstCapacity)
              + " for VMs (after " + mebibytes(dom0) + " for each dom0) but the VMs need "
              + mebibytes(total) + ": some VMs stay down until the node returns",
          "add memory or a node, or give some VMs less memory");
    }
  }

  /** Node memory in bytes: the --node-memory option for every node, else CIB utilization (MiB). */
  private static Map<String, Long> nodeMemory(ClusterView c) {
    Map<String, Long> out = new LinkedHashMap<>();
    if (c.options().nodeMemory().isPresent()) {
      long m = c.options().nodeMemory().get();
      Set<String> names = new LinkedHashSet<>();
      c.nodesByFile().values().forEach(l -> l.forEach(r -> names.add(r.name())));
      if (names.isEmpty()) {
        for (int i = 1; i <= c.nodeCount(); i++) {
          names.add("node " + i);
        }
      }
      names.forEach(n -> out.put(n, m));
      return out;
    }
    c.cib().ifPresent(cib -> cib.nodes().forEach(n -> NvPair.find(n.utilization(), "memory")
        .flatMap(p -> parseLong(p.value()))
        .ifPresent(mib -> out.put(n.uname(), mib * XenDomain.MIB))));
    return out;
  }

  private static long vmMemory(ClusterView.Vm vm) {
    if (vm.domain().isPresent()) {
      return vm.domain().get().memoryBytes();
    }
    return vm.resource().flatMap(p -> NvPair.find(p.utilization(), "memory"))
        .flatMap(p -> parseLong(p.value())).map(m -> m * XenDomain.MIB).orElse(0L);
  }

  private static Optional<Long> parseLong(String s) {
    try {
      return Optional.of(Long.parseLong(s.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
