package org.hasim.config.rules;

import static org.hasim.config.ConfigQuantities.seconds;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hasim.config.Severity;
import org.hasim.config.corosync.CorosyncConf;
import org.hasim.config.corosync.Section;

/** Rules on corosync's totem timing and rings. */
final class CorosyncRules {
  private CorosyncRules() {}

  static List<Rule> all() {
    return List.of(
        new Rule("CS001", Severity.ERROR, "consensus must be at least 1.2 × token",
            CorosyncRules::consensusVsToken),
        new Rule("CS002", Severity.WARNING, "only one corosync ring", CorosyncRules::oneRing));
  }

  private static void consensusVsToken(ClusterView c, Rule.Emitter out) {
    for (CorosyncConf conf : c.files().corosyncs()) {
      double token = conf.tokenOrDefault();
      conf.consensus().filter(k -> k.seconds() < 1.2 * token - 1e-9).ifPresent(k ->
          out.report(conf.file(), k.line(),
              "consensus " + seconds(k.seconds()) + " is below 1.2 × token (" + seconds(1.2 * token)
                  + "), the minimum corosync.conf(5) requires: a new membership round can start before "
                  + "the lost token is settled (corosync itself does not enforce it)",
              "remove consensus (it defaults to 1.2 × token) or set it to at least "
                  + Math.round(1.2 * token * 1000) + " ms"));
    }
  }

  private static void oneRing(ClusterView c, Rule.Emitter out) {
    for (CorosyncConf conf : c.files().corosyncs()) {
      Set<String> rings = new TreeSet<>();
      conf.root().section("nodelist").ifPresent(nl -> nl.all("node").forEach(n -> n.entries().stream()
          .map(Section.Entry::key).filter(k -> k.matches("ring[0-9]+_addr")).forEach(rings::add)));
      conf.totem().ifPresent(t -> t.all("interface").forEach(i -> rings.add(
          "interface " + i.entry("ringnumber").or(() -> i.entry("linknumber"))
              .map(Section.Entry::value).orElse("0"))));
      if (rings.size() == 1) {
        int line = conf.nodes().isEmpty() ? conf.totem().map(Section::line).orElse(0)
            : conf.nodes().get(0).line();
        out.report(conf.file(), line,
            "membership runs over a single ring: one failed NIC or switch partitions the cluster",
            "add a second ring (ring1_addr on each node, or a second link/interface)");
      }
    }
  }
}
