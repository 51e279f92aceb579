package org.hasim.config.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hasim.config.Severity;
import org.hasim.config.xen.DiskSpec;
import org.hasim.config.xen.XenDomain;

/** Rules on Xen domain files, alone and as cluster-managed VMs. */
final class XenRules {
  private XenRules() {}

  private static final Set<String> RESTARTS = Set.of("restart", "rename-restart", "coredump-restart",
      "soft-reset");

  static List<Rule> all() {
    return List.of(
        new Rule("XL001", Severity.ERROR, "maxmem below memory", XenRules::maxmemBelowMemory),
        new Rule("XL002", Severity.ERROR, "domain without a name", XenRules::missingName),
        new Rule("XL003", Severity.ERROR, "disk without a virtual device (vdev)", XenRules::diskWithoutVdev),
        new Rule("XL004", Severity.WARNING, "vNUMA on a VM that is live-migrated", XenRules::vnumaMigrates),
        new Rule("XL005", Severity.WARNING, "on_crash restarts a cluster-managed VM behind the cluster's "
            + "back", XenRules::onCrashRestart),
        new Rule("XL006", Severity.WARNING, "on_reboot set to restart on a cluster-managed VM",
            XenRules::onRebootRestart));
  }

  private static void maxmemBelowMemory(ClusterView c, Rule.Emitter out) {
    for (XenDomain d : c.files().domains()) {
      Optional<Double> memory = d.memoryMiB();
      Optional<Double> maxmem = d.maxmemMiB();
      if (memory.isPresent() && maxmem.isPresent() && maxmem.get() < memory.get()) {
        out.report(d.file(), d.get("maxmem").get().line(),
            "maxmem " + Math.round(maxmem.get()) + " MiB is below memory " + Math.round(memory.get())
                + " MiB: xl refuses to create the domain",
            "set maxmem to at least " + Math.round(memory.get()) + " or remove it");
      }
    }
  }

  private static void missingName(ClusterView c, Rule.Emitter out) {
    for (XenDomain d : c.files().domains()) {
      if (d.name().isEmpty()) {
        out.report(d.file(), d.get("name").map(XenDomain.Setting::line).orElse(0),
            "the domain has no name (xl requires 'name'); the Xen resource agent falls back to the "
                + "resource id",
            "add name = \"" + ClusterView.baseName(d.file()).replaceFirst("\\.cfg$", "") + "\"");
      }
    }
  }

  private static void diskWithoutVdev(ClusterView c, Rule.Emitter out) {
    for (XenDomain d : c.files().domains()) {
      for (DiskSpec disk : d.disks()) {
        if (disk.vdev().isEmpty()) {
          out.report(d.file(), disk.line(),
              "disk '" + disk.text() + "' names no virtual device: xl cannot attach it",
              "write it as 'TARGET,FORMAT,VDEV,ACCESS', e.g. '" + disk.target().orElse("/dev/vg/x0")
                  + ",raw,xvda,rw' or add vdev=xvda");
        }
      }
    }
  }

  private static void vnumaMigrates(ClusterView c, Rule.Emitter out) {
    for (ClusterView.Vm vm : c.managedVms()) {
      if (vm.domain().isEmpty() || !c.allowsMigration(vm)) {
        continue;
      }
      XenDomain d = vm.domain().get();
      d.get("vnuma").ifPresent(s -> out.report(d.file(), s.line(),
          "'" + vm.name() + "' has a vNUMA topology but its resource allows live migration: Xen does "
              + "not migrate vNUMA guests, so every migration fails and falls back to a restart",
          "remove vnuma from the domain, or allow-migrate from the resource"));
    }
  }

  private static void onCrashRestart(ClusterView c, Rule.Emitter out) {
    for (ClusterView.Vm vm : c.managedVms()) {
      vm.domain().ifPresent(d -> d.text("on_crash").filter(RESTARTS::contains).ifPresent(v ->
          out.report(d.file(), d.get("on_crash").get().line(),
              "on_crash = '" + v + "' on '" + vm.name() + "', which the cluster manages: Xen restarts "
                  + "a crashed guest itself, so the monitor never counts the failure and "
                  + "migration-threshold never moves it",
              "set on_crash = 'destroy' (or 'preserve') and let Pacemaker recover it")));
    }
  }

  private static void onRebootRestart(ClusterView c, Rule.Emitter out) {
    for (ClusterView.Vm vm : c.managedVms()) {
      vm.domain().ifPresent(d -> d.text("on_reboot").filter(RESTARTS::contains).ifPresent(v ->
          out.report(d.file(), d.get("on_reboot").get().line(),
              "on_reboot = '" + v + "' on '" + vm.name() + "', which the cluster manages: Xen "
                  + "rebuilds the domain under the cluster's feet, and a monitor that runs while it is "
                  + "gone reports it stopped, so Pacemaker recovers a VM that was only rebooting",
              "set on_reboot = 'destroy' so a guest reboot is a stop that Pacemaker sees and recovers, "
                  + "or accept the race knowingly")));
    }
  }
}
