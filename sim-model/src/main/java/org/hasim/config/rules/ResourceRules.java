package org.hasim.config.rules;

import static org.hasim.config.ConfigQuantities.mebibytes;
import static org.hasim.config.ConfigQuantities.seconds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hasim.config.ConfigQuantities;
import org.hasim.config.Severity;
import org.hasim.config.cib.Cib;
import org.hasim.config.cib.Location;
import org.hasim.config.cib.NvPair;
import org.hasim.config.cib.Op;
import org.hasim.config.cib.Primitive;

/** Rules on the VM resources in the CIB: migration, operation timeouts, failure handling, stickiness. */
final class ResourceRules {
  private ResourceRules() {}

  /** The Xen resource agent's advised timeouts (its meta-data; DESIGN §8), in seconds. */
  static final Map<String, Double> XEN_AGENT_ADVICE = adviceTable();

  private static Map<String, Double> adviceTable() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("start", 60.0);
    m.put("stop", 40.0);
    m.put("migrate_to", 120.0);
    m.put("migrate_from", 120.0);
    return m;
  }

  static List<Rule> all() {
    return List.of(
        new Rule("VM001", Severity.WARNING, "VM resource without allow-migrate where live migration "
            + "is expected", ResourceRules::noAllowMigrate),
        new Rule("OP001", Severity.WARNING, "operation timeout below the Xen agent's advice",
            ResourceRules::belowAdvice),
        new Rule("OP002", Severity.WARNING, "migrate_to timeout shorter than copying the VM's memory",
            ResourceRules::belowMemoryCopy),
        new Rule("MT001", Severity.WARNING, "migration-threshold INFINITY without failure-timeout",
            ResourceRules::infiniteThreshold),
        new Rule("MT002", Severity.WARNING, "finite migration-threshold without failure-timeout",
            ResourceRules::thresholdNeverExpires),
        new Rule("ST001", Severity.WARNING, "stickiness 0 with location preferences",
            ResourceRules::zeroStickiness));
  }

  /**
   * Live migration is expected of a VM whose resource defines migrate_to/migrate_from operations, or when
   * another VM of the same cluster allows it.
   */
  private static void noAllowMigrate(ClusterView c, Rule.Emitter out) {
    List<ClusterView.Vm> vms = c.managedVms();
    boolean someMigrate = vms.stream().anyMatch(c::allowsMigration);
    for (ClusterView.Vm vm : vms) {
      Primitive p = vm.resource().get();
      boolean hasMigrateOps = !p.ops("migrate_to").isEmpty() || !p.ops("migrate_from").isEmpty();
      if (!c.allowsMigration(vm) && (hasMigrateOps || someMigrate)) {
        out.report(c.cib().get().file(), p.line(),
            "VM resource '" + p.id() + "' does not allow live migration ("
                + (hasMigrateOps ? "it defines migrate operations" : "other VMs of this cluster do")
                + "): taking its node down shuts it down and boots it elsewhere",
            "add <nvpair name=\"allow-migrate\" value=\"true\"/> to its meta_attributes");
      }
    }
  }

  private static void belowAdvice(ClusterView c, Rule.Emitter out) {
    for (ClusterView.Vm vm : c.managedVms()) {
      Cib cib = c.cib().get();
      Primitive p = vm.resource().get();
      boolean migrates = c.allowsMigration(vm);
      for (Map.Entry<String, Double> advice : XEN_AGENT_ADVICE.entrySet()) {
        String op = advice.getKey();
        if (op.startsWith("migrate") && !migrates) {
          continue;
        }
        Timeout t = timeout(cib, p, op);
        if (t.seconds < advice.getValue()) {
          out.report(cib.file(), t.line,
              "'" + p.id() + "' " + op + " timeout " + seconds(t.seconds) + " (" + t.source
                  + ") is below the Xen resource agent's advice of " + seconds(advice.getValue()),
              "set <op name=\"" + op + "\" interval=\"0\" timeout=\"" + Math.round(advice.getValue())
                  + "s\"/> or more");
        }
      }
    }
  }

  /**
   * Pre-copy sends all of the VM's memory at least once, all inside migrate_to (migrate_from only waits
   * for the domain to appear on the target), so migrate_to must outlast memory ÷ bandwidth.
   */
  private static void belowMemoryCopy(ClusterView c, Rule.Emitter out) {
    double bandwidth = c.options().migrationBandwidth();
    for (ClusterView.Vm vm : c.managedVms()) {
      if (!c.allowsMigration(vm) || vm.domain().isEmpty()) {
        continue;
      }
      Cib cib = c.cib().get();
      Primitive p = vm.resource().get();
      long memory = vm.domain().get().memoryBytes();
      double need = memory * 8.0 / bandwidth;
      Timeout t = timeout(cib, p, "migrate_to");
      if (t.seconds < need) {
        out.report(cib.file(), t.line,
            "'" + p.id() + "' migrate_to timeout " + seconds(t.seconds) + " is shorter than one copy of "
                + "its " + mebibytes(memory) + " at " + bandwidthText(bandwidth) + " ("
                + seconds(need) + "); every migration would time out and fall back to a restart",
            "raise the migrate_to timeout above " + seconds(Math.ceil(need * 1.5))
                + " (one copy plus room for re-sent dirty pages)");
      }
    }
  }

  private static void infiniteThreshold(ClusterView c, Rule.Emitter out) {
    for (ClusterView.Vm vm : c.managedVms()) {
      Cib cib = c.cib().get();
      Primitive p = vm.resource().get();
      Optional<NvPair> threshold = cib.effectiveMeta(p, "migration-threshold");
      double value = threshold.map(t -> Cib.score(t.value())).orElse(Double.POSITIVE_INFINITY);
      if (value == Double.POSITIVE_INFINITY && cib.effectiveMeta(p, "failure-timeout").isEmpty()) {
        out.report(cib.file(), threshold.map(NvPair::line).orElse(p.line()),
            "'" + p.id() + "' has migration-threshold INFINITY"
                + (threshold.isEmpty() ? " (the default)" : "") + " and no failure-timeout: a VM "
                + "that keeps failing on a sick node is restarted there forever, never moved",
            "set migration-threshold (e.g. 3) and failure-timeout (e.g. 10min) in its meta_attributes "
                + "or rsc_defaults");
      }
    }
  }

  private static void thresholdNeverExpires(ClusterView c, Rule.Emitter out) {
    for (ClusterView.Vm vm : c.managedVms()) {
      Cib cib = c.cib().get();
      Primitive p = vm.resource().get();
      Optional<NvPair> threshold = cib.effectiveMeta(p, "migration-threshold");
      double value = threshold.map(t -> Cib.score(t.value())).orElse(Double.POSITIVE_INFINITY);
      if (value > 0 && Double.isFinite(value) && cib.effectiveMeta(p, "failure-timeout").isEmpty()) {
        out.report(cib.file(), threshold.get().line(),
            "'" + p.id() + "' moves away after " + (long) value + " failures but its fail count never "
                + "expires: the node stays banned for it until an administrator runs a cleanup",
            "set failure-timeout (e.g. 10min) next to migration-threshold");
      }
    }
  }

  private static void zeroStickiness(ClusterView c, Rule.Emitter out) {
    if (c.cib().isEmpty()) {
      return;
    }
    Cib cib = c.cib().get();
    for (Primitive p : cib.primitives()) {
      if (p.isFencing()) {
        continue;
      }
      double stickiness = cib.stickiness(p).map(s -> Cib.score(s.value())).orElse(0.0);
      Optional<Location> preference = cib.locations().stream()
          .filter(l -> l.rsc().equals(p.id()) && l.scoreValue() > 0).findFirst();
      if (stickiness == 0 && preference.isPresent()) {
        Location l = preference.get();
        out.report(cib.file(), l.line(),
            "'" + p.id() + "' prefers " + l.node().orElse("a node") + " (score " + l.score()
                + ") with stickiness 0: it moves back as soon as that node returns — a second "
                + "migration or restart after every repair",
            "set resource-stickiness above the location score (e.g. in rsc_defaults) unless automatic "
                + "failback is wanted");
      }
    }
  }

  /** An operation's effective timeout, where it comes from and the line to point at. */
  private record Timeout(double seconds, String source, int line) {}

  private static Timeout timeout(Cib cib, Primitive p, String opName) {
    for (Op op : p.ops(opName)) {
      if (op.timeout().isPresent()) {
        return new Timeout(op.timeout().get(), "set on the operation", op.line());
      }
    }
    int line = p.ops(opName).stream().findFirst().map(Op::line).orElse(p.line());
    Optional<NvPair> def = cib.opDefault("timeout");
    if (def.isPresent()) {
      double s = ConfigQuantities.pacemakerSeconds(def.get().value()).orElse(Cib.DEFAULT_OP_TIMEOUT);
      return new Timeout(s, "from op_defaults", line);
    }
    return new Timeout(Cib.DEFAULT_OP_TIMEOUT, "Pacemaker's default", line);
  }

  static String bandwidthText(double bitsPerSecond) {
    if (bitsPerSecond >= 1e9) {
      return trim(bitsPerSecond / 1e9) + " Gbit/s";
    }
    return trim(bitsPerSecond / 1e6) + " Mbit/s";
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
