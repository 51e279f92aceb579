package org.hasim.config.rules;

import java.util.List;
import java.util.Optional;
import org.hasim.config.Severity;
import org.hasim.config.cib.Cib;
import org.hasim.config.cib.NvPair;

/** Rules on fencing (STONITH) and quorum: the guards against split brain on shared storage. */
final class QuorumFencingRules {
  private QuorumFencingRules() {}

  static List<Rule> all() {
    return List.of(
        new Rule("FN001", Severity.ERROR, "fencing disabled while VMs share storage",
            QuorumFencingRules::fencingDisabled),
        new Rule("FN002", Severity.ERROR, "no fencing device while VMs share storage",
            QuorumFencingRules::noFenceDevice),
        new Rule("QU001", Severity.WARNING, "two-node cluster without two_node or a fencing delay",
            QuorumFencingRules::twoNodeWithoutProtection),
        new Rule("QU002", Severity.ERROR, "no-quorum-policy=ignore without fencing",
            QuorumFencingRules::ignoreWithoutFencing));
  }

  private static void fencingDisabled(ClusterView c, Rule.Emitter out) {
    if (!c.vmsShareStorage()) {
      return;
    }
    String why = "a node wrongly declared dead keeps running its VMs while the survivor starts them "
        + "again on the same shared disks: split brain and data corruption";
    if (c.cib().isPresent()) {
      Cib cib = c.cib().get();
      Optional<NvPair> p = cib.property("stonith-enabled");
      if (!cib.stonithEnabled()) {
        out.report(cib.file(), p.get().line(), "stonith-enabled is false while VMs share storage: " + why,
            "set stonith-enabled=true and configure a fencing device (class=\"stonith\") per node");
      }
    } else if (c.haCf().isPresent() && !c.haCf().get().crmEnabled()
        && c.haCf().get().stonithDirectives().isEmpty()) {
      out.report(c.haCf().get().file(), 0, "no stonith or stonith_host directive while VMs share "
          + "storage: " + why, "add 'stonith_host * TYPE PARAMS...' for your power switch or IPMI");
    }
  }

  private static void noFenceDevice(ClusterView c, Rule.Emitter out) {
    if (!c.vmsShareStorage() || c.cib().isEmpty()) {
      return;
    }
    Cib cib = c.cib().get();
    if (cib.stonithEnabled() && cib.fencingDevices().isEmpty()) {
      out.report(cib.file(), cib.property("stonith-enabled").map(NvPair::line).orElse(0),
          "fencing is enabled but there is no fencing device: a failed node can never be fenced, so "
              + "its VMs are never recovered (and a real cluster refuses to start resources)",
          "add a primitive with class=\"stonith\" (e.g. external/ipmi or fence_ipmilan) per node");
    }
  }

  /**
   * Corosync's votequorum gives a lone survivor 1 of 2 votes unless two_node is set; with two_node (or on
   * Heartbeat, whose two-node tie-breaker keeps quorum) both halves of a split keep quorum and race to
   * fence each other, which a fencing delay on one side settles.
   */
  private static void twoNodeWithoutProtection(ClusterView c, Rule.Emitter out) {
    if (c.nodeCount() != 2) {
      return;
    }
    boolean corosync = c.corosync().isPresent();
    boolean twoNode = c.corosync().map(cc -> cc.twoNode()).orElse(false);
    boolean delay = c.hasFencingDelay();
    if ((corosync && twoNode || !corosync) && delay) {
      return;
    }
    String file = c.corosync().map(cc -> cc.file())
        .or(() -> c.cib().map(Cib::file)).or(() -> c.haCf().map(h -> h.file())).orElse("?");
    int line = c.corosync().flatMap(cc -> cc.quorum()).map(q -> q.line()).orElse(0);
    StringBuilder missing = new StringBuilder();
    StringBuilder fix = new StringBuilder();
    if (corosync && !twoNode) {
      missing.append("no 'two_node: 1' (a lone survivor has 1 of 2 votes, loses quorum and, with "
          + "no-quorum-policy=" + c.cib().map(Cib::noQuorumPolicy).orElse("stop")
          + ", does not recover the failed node's VMs)");
      fix.append("set 'two_node: 1' in corosync's quorum section");
    }
    if (!delay) {
      missing.append(missing.length() > 0 ? " and " : "").append("no fencing delay (after a split "
          + "both nodes fence each other at once)");
      fix.append(fix.length() > 0 ? "; " : "").append("give one node's fencing device "
          + "pcmk_delay_max (e.g. 15s) or set priority-fencing-delay");
    }
    out.report(file, line, "two-node cluster with " + missing, fix.toString());
  }

  private static void ignoreWithoutFencing(ClusterView c, Rule.Emitter out) {
    if (c.cib().isEmpty()) {
      return;
    }
    Cib cib = c.cib().get();
    Optional<NvPair> p = cib.property("no-quorum-policy");
    if (p.isPresent() && p.get().value().equals("ignore") && !c.fencingWorks().orElse(false)) {
      out.report(cib.file(), p.get().line(),
          "no-quorum-policy=ignore without working fencing: both halves of a partition run the "
              + "same VMs",
          "enable fencing (stonith-enabled=true and a fencing device) or use no-quorum-policy=stop");
    }
  }
}
