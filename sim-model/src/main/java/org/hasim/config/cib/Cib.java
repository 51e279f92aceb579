package org.hasim.config.cib;

import java.util.List;
import java.util.Optional;

/**
 * The parts of a Pacemaker CIB that decide availability. Defaults where the CIB is silent follow Pacemaker
 * (DESIGN §8): stonith-enabled true, no-quorum-policy stop, op timeout 20 s, migration-threshold INFINITY,
 * resource-stickiness 0.
 */
public record Cib(String file, List<NvPair> crmConfig, List<CibNode> nodes, List<Primitive> primitives,
    List<Location> locations, List<NvPair> rscDefaults, List<NvPair> opDefaults) {

  public static final double DEFAULT_OP_TIMEOUT = 20.0;

  public Optional<NvPair> property(String name) {
    return NvPair.findOption(crmConfig, name);
  }

  public boolean stonithEnabled() {
    return property("stonith-enabled").map(p -> isTrue(p.value())).orElse(true);
  }

  public String noQuorumPolicy() {
    return property("no-quorum-policy").map(NvPair::value).orElse("stop");
  }

  public List<Primitive> fencingDevices() {
    return primitives.stream().filter(Primitive::isFencing).toList();
  }

  public List<Primitive> vms() {
    return primitives.stream().filter(Primitive::isVm).toList();
  }

  public Optional<NvPair> rscDefault(String name) {
    return NvPair.findOption(rscDefaults, name);
  }

  public Optional<NvPair> opDefault(String name) {
    return NvPair.findOption(opDefaults, name);
  }

  /** A resource's meta attribute, else the {@code rsc_defaults} one. */
  public Optional<NvPair> effectiveMeta(Primitive p, String name) {
    return p.metaAttr(name).or(() -> rscDefault(name));
  }

  /**
   * Stickiness of a resource: its meta attribute, else {@code rsc_defaults}, else the deprecated cluster
   * option {@code default-resource-stickiness}, else 0.
   */
  public Optional<NvPair> stickiness(Primitive p) {
    return effectiveMeta(p, "resource-stickiness")
        .or(() -> property("default-resource-stickiness"));
  }

  /** Pacemaker's boolean spellings. */
  public static boolean isTrue(String v) {
    return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "on", "yes", "y", "1" -> true;
      default -> false;
    };
  }

  /** A score: integer, or {@code [+-]INFINITY} as ±infinity; NaN when unparsable. */
  public static double score(String s) {
    String v = s.strip();
    if (v.equalsIgnoreCase("INFINITY") || v.equalsIgnoreCase("+INFINITY")) {
      return Double.POSITIVE_INFINITY;
    }
    if (v.equalsIgnoreCase("-INFINITY")) {
      return Double.NEGATIVE_INFINITY;
    }
    try {
      return Long.parseLong(v.startsWith("+") ? v.substring(1) : v);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
