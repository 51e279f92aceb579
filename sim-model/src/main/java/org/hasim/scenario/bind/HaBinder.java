package org.hasim.scenario.bind;

import java.util.List;
import java.util.Map;
import org.hasim.failure.Distribution;
import org.hasim.scenario.FencingSpec;
import org.hasim.scenario.HaSpec;
import org.hasim.scenario.HaSpec.PlacementPolicy;
import org.hasim.scenario.HaSpec.RecoveryPolicy;
import org.hasim.scenario.HeartbeatSpec;
import org.hasim.scenario.MigrationSpec;
import org.hasim.scenario.MigrationSpec.Algorithm;
import org.hasim.scenario.QuorumSpec;
import org.hasim.scenario.QuorumSpec.NoQuorumPolicy;
import org.hasim.scenario.Units;
import org.hasim.scenario.tree.MapNode;
import org.hasim.scenario.tree.Node;

/** {@code ha:} — heartbeat timing, fencing, quorum, recovery policy and live-migration settings. */
final class HaBinder {
  private static final List<String> HA_KEYS = List.of("recovery", "heartbeat", "fencing", "quorum",
      "coverage", "manual_recovery", "placement", "failback", "monitor_interval", "migration_threshold",
      "migration");
  private static final List<String> MIGRATION_KEYS = List.of("algorithm", "limit", "timeout",
      "push_rounds", "max_downtime", "min_rate", "max_rate");
  private static final Map<String, RecoveryPolicy> RECOVERY = Values.ordered(
      "restart", RecoveryPolicy.RESTART, "live-migration", RecoveryPolicy.LIVE_MIGRATION);
  private static final Map<String, PlacementPolicy> PLACEMENT = Values.ordered(
      "least-loaded", PlacementPolicy.LEAST_LOADED, "balanced", PlacementPolicy.BALANCED);
  private static final Map<String, NoQuorumPolicy> NO_QUORUM = Values.ordered("stop", NoQuorumPolicy.STOP,
      "freeze", NoQuorumPolicy.FREEZE, "ignore", NoQuorumPolicy.IGNORE, "fence", NoQuorumPolicy.FENCE);
  private static final Map<String, Algorithm> ALGORITHMS = Values.ordered("xen-legacy", Algorithm.XEN_LEGACY,
      "xen-v2", Algorithm.XEN_V2, "xen-2005", Algorithm.XEN_2005, "qemu", Algorithm.QEMU,
      "post-copy", Algorithm.POST_COPY, "hybrid", Algorithm.HYBRID);

  private HaBinder() {}

  /** Binds {@code ha} ({@code n} may be an empty map when the file has none). */
  static Placed<HaSpec> bind(Node n, String path, int nodeCount) {
    Fields f = Fields.of(n, path, HA_KEYS);
    Node empty = new MapNode(List.of(), f.location());
    HaSpec spec = new HaSpec(
        heartbeat(f.opt("heartbeat").orElse(empty), f.at("heartbeat")),
        fencing(f.opt("fencing").orElse(empty), f.at("fencing")),
        quorum(f.opt("quorum").orElse(empty), f.at("quorum"), nodeCount),
        f.get("coverage", Values::probability, 1.0),
        f.get("manual_recovery", Distributions::bind, new Distribution.Deterministic(3600)),
        f.get("placement", Values.choice(PLACEMENT), PlacementPolicy.LEAST_LOADED),
        f.get("failback", Values::bool, false),
        f.get("monitor_interval", Values::positiveDuration, 10.0),
        f.get("migration_threshold", HaBinder::threshold, Integer.MAX_VALUE),
        f.get("recovery", Values.choice(RECOVERY), RecoveryPolicy.RESTART),
        migration(f.opt("migration").orElse(empty), f.at("migration")));
    return new Placed<>(spec, n, path);
  }

  private static HeartbeatSpec heartbeat(Node n, String path) {
    Fields f = Fields.of(n, path, List.of("keepalive", "deadtime", "warntime", "initdead"));
    double keepalive = f.get("keepalive", Values::positiveDuration, 1.0);
    double deadtime = f.get("deadtime", Values::positiveDuration, 30.0);
    double warntime = f.get("warntime", Values::positiveDuration, deadtime / 2);
    double initdead = f.get("initdead", Values::positiveDuration, 2 * deadtime);
    if (deadtime <= 2 * keepalive) {
      throw f.error(f.has("deadtime") ? "deadtime" : "keepalive", "deadtime must exceed 2 × keepalive "
          + "(deadtime " + Units.formatDuration(deadtime) + ", keepalive " + Units.formatDuration(keepalive)
          + ")", "with deadtime <= 2 × keepalive a single late heartbeat declares a node dead; "
          + "raise deadtime or lower keepalive");
    }
    if (warntime >= deadtime) {
      throw f.error("warntime", "warntime (" + Units.formatDuration(warntime) + ") must be shorter than "
          + "deadtime (" + Units.formatDuration(deadtime) + ")", "the default is deadtime / 2");
    }
    if (initdead < deadtime) {
      throw f.error("initdead", "initdead (" + Units.formatDuration(initdead) + ") must be at least "
          + "deadtime (" + Units.formatDuration(deadtime) + ")", "the default is 2 × deadtime");
    }
    return new HeartbeatSpec(keepalive, deadtime, warntime, initdead);
  }

  private static FencingSpec fencing(Node n, String path) {
    Fields f = Fields.of(n, path, List.of("enabled", "time", "success"));
    return new FencingSpec(f.get("enabled", Values::bool, true),
        f.get("time", Distributions::bind, new Distribution.Deterministic(10)),
        f.get("success", Values::probability, 1.0));
  }

  private static QuorumSpec quorum(Node n, String path, int nodeCount) {
    Fields f = Fields.of(n, path, List.of("no_quorum_policy", "two_node"));
    return new QuorumSpec(f.get("no_quorum_policy", Values.choice(NO_QUORUM), NoQuorumPolicy.STOP),
        f.get("two_node", Values::bool, nodeCount == 2));
  }

  private static int threshold(Node n, String path) {
    String s = Values.text(n, path);
    if (s.equalsIgnoreCase("INFINITY")) {
      return Integer.MAX_VALUE;
    }
    try {
      return Values.integer(1).apply(n, path);
    } catch (RuntimeException e) {
      throw n.location().error(path, "'" + s + "' is not a migration threshold",
          "write INFINITY or an integer >= 1");
    }
  }

  private static MigrationSpec migration(Node n, String path) {
    Fields f = Fields.of(n, path, MIGRATION_KEYS);
    double minRate = f.get("min_rate", Values::bandwidth, 100e6);
    double maxRate = f.get("max_rate", Values::bandwidth, 500e6);
    if (minRate > maxRate) {
      throw f.error(f.has("max_rate") ? "max_rate" : "min_rate", "min_rate is above max_rate",
          "xen-2005 starts at min_rate and never exceeds max_rate (defaults 100Mbit/s and 500Mbit/s)");
    }
    return new MigrationSpec(
        f.get("algorithm", Values.choice(ALGORITHMS), Algorithm.XEN_LEGACY),
        f.get("limit", HaBinder::limit, Integer.MAX_VALUE),
        f.get("timeout", Values::positiveDuration, 120.0),
        f.get("push_rounds", Values.integer(1), 3),
        f.get("max_downtime", Values::positiveDuration, 0.030),
        minRate, maxRate);
  }

  private static int limit(Node n, String path) {
    long v = Values.longInteger(n, path);
    if (v == -1) {
      return Integer.MAX_VALUE;
    }
    if (v < 1 || v > Integer.MAX_VALUE) {
      throw n.location().error(path, v + " is not a migration limit",
          "write -1 for unlimited or an integer >= 1 (concurrent migrations per node)");
    }
    return (int) v;
  }
}
