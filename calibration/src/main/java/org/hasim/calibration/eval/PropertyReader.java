package org.hasim.calibration.eval;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hasim.failure.Distribution;
import org.hasim.failure.FailureMode;
import org.hasim.scenario.NodeSpec;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.VmSpec;

/**
 * Reads a property of a resolved scenario, so field data can be checked against what a scenario configures.
 * Paths (units in the last word):
 *
 * <ul>
 *   <li>{@code cluster.nodes[<node>].failures.hardware|hypervisor.ttf|ttr.<dist>}
 *   <li>{@code cluster.storage.failures.ttf|ttr.<dist>}, {@code cluster.networks[<net>].bandwidth_mbit_s}
 *   <li>{@code vms[<vm>].crash.ttf|restart.<dist>}, {@code vms[<vm>].boot_time|shutdown_time.<dist>},
 *       {@code vms[<vm>].resume_time_ms}, {@code vms[<vm>].arp_time_ms}, {@code vms[<vm>].memory_mib}
 *   <li>{@code ha.migration.algorithm}, {@code ha.migration.max_rate_mbit_s}, {@code
 *       ha.migration.min_rate_mbit_s}
 * </ul>
 *
 * where {@code <dist>} is {@code kind}, {@code mean_s|_min|_h}, {@code median_s|_min|_h}, {@code shape},
 * {@code sigma} or {@code scale_h}.
 */
public final class PropertyReader {
  private static final Pattern NODE_DIST = Pattern.compile(
      "cluster\\.nodes\\[([^\\]]+)]\\.failures\\.(hardware|hypervisor)\\.(ttf|ttr)\\.(\\w+)");
  private static final Pattern STORAGE_DIST =
      Pattern.compile("cluster\\.storage\\.failures\\.(ttf|ttr)\\.(\\w+)");
  private static final Pattern NETWORK = Pattern.compile("cluster\\.networks\\[([^\\]]+)]\\.bandwidth_mbit_s");
  private static final Pattern VM_CRASH = Pattern.compile("vms\\[([^\\]]+)]\\.crash\\.(ttf|restart)\\.(\\w+)");
  private static final Pattern VM_TIME = Pattern.compile("vms\\[([^\\]]+)]\\.(boot_time|shutdown_time)\\.(\\w+)");
  private static final Pattern VM_VALUE =
      Pattern.compile("vms\\[([^\\]]+)]\\.(resume_time_ms|arp_time_ms|memory_mib)");
  private static final Pattern MIGRATION =
      Pattern.compile("ha\\.migration\\.(algorithm|max_rate_mbit_s|min_rate_mbit_s)");
  private static final String PATHS = "cluster.nodes[<node>].failures.hardware|hypervisor.ttf|ttr.<p>, "
      + "cluster.storage.failures.ttf|ttr.<p>, cluster.networks[<net>].bandwidth_mbit_s, "
      + "vms[<vm>].crash.ttf|restart.<p>, vms[<vm>].boot_time|shutdown_time.<p>, vms[<vm>].resume_time_ms, "
      + "vms[<vm>].arp_time_ms, vms[<vm>].memory_mib, ha.migration.algorithm|max_rate_mbit_s|min_rate_mbit_s; "
      + "<p> = kind, mean_s|mean_min|mean_h, median_s|median_min|median_h, shape, sigma, scale_h";

  private PropertyReader() {}

  public static ModelValue read(Scenario s, String path) {
    Matcher m = NODE_DIST.matcher(path);
    if (m.matches()) {
      return nodeDist(s, m);
    }
    m = STORAGE_DIST.matcher(path);
    if (m.matches()) {
      return storageDist(s, m);
    }
    m = NETWORK.matcher(path);
    if (m.matches()) {
      return network(s, m.group(1));
    }
    m = VM_CRASH.matcher(path);
    if (m.matches()) {
      return vmCrash(s, m);
    }
    m = VM_TIME.matcher(path);
    if (m.matches()) {
      return vmTime(s, m);
    }
    m = VM_VALUE.matcher(path);
    if (m.matches()) {
      return vmValue(s, m);
    }
    m = MIGRATION.matcher(path);
    if (m.matches()) {
      var spec = s.ha().migration();
      return switch (m.group(1)) {
        case "algorithm" ->
            new ModelValue.Text(spec.algorithm().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        case "max_rate_mbit_s" -> ModelValue.Num.exact(spec.maxRate() / 1e6);
        default -> ModelValue.Num.exact(spec.minRate() / 1e6);
      };
    }
    return missing("unknown property '" + path + "'. properties: " + PATHS);
  }

  private static ModelValue nodeDist(Scenario s, Matcher m) {
    Optional<NodeSpec> node = s.cluster().nodes().stream().filter(n -> n.name().equals(m.group(1))).findFirst();
    if (node.isEmpty()) {
      return missing("no node '" + m.group(1) + "'");
    }
    Optional<FailureMode> mode = m.group(2).equals("hardware") ? node.get().hardware() : node.get().hypervisor();
    return mode.map(f -> dist(m.group(3).equals("ttf") ? f.timeToFailure() : f.timeToRepair(), m.group(4)))
        .orElse(missing("node '" + m.group(1) + "' has no " + m.group(2) + " failures"));
  }

  private static ModelValue storageDist(Scenario s, Matcher m) {
    return s.cluster().storage().flatMap(st -> st.failures())
        .map(f -> dist(m.group(1).equals("ttf") ? f.timeToFailure() : f.timeToRepair(), m.group(2)))
        .orElse(missing("the scenario has no storage failures"));
  }

  private static ModelValue network(Scenario s, String name) {
    return s.cluster().networks().stream().filter(n -> n.name().equals(name)).findFirst()
        .map(n -> (ModelValue) ModelValue.Num.exact(n.bandwidth() / 1e6))
        .orElse(missing("no network '" + name + "'"));
  }

  private static ModelValue vmCrash(Scenario s, Matcher m) {
    return vm(s, m.group(1)).flatMap(VmSpec::crash)
        .map(f -> dist(m.group(2).equals("ttf") ? f.timeToFailure() : f.timeToRepair(), m.group(3)))
        .orElse(missing("no VM '" + m.group(1) + "' with crashes"));
  }

  private static ModelValue vmTime(Scenario s, Matcher m) {
    return vm(s, m.group(1))
        .map(v -> dist(m.group(2).equals("boot_time") ? v.bootTime() : v.shutdownTime(), m.group(3)))
        .orElse(missing("no VM '" + m.group(1) + "'"));
  }

  private static ModelValue vmValue(Scenario s, Matcher m) {
    return vm(s, m.group(1)).map(v -> (ModelValue) ModelValue.Num.exact(switch (m.group(2)) {
      case "resume_time_ms" -> v.resumeTime() * 1e3;
      case "arp_time_ms" -> v.arpTime() * 1e3;
      default -> v.memory() / 1048576.0;
    })).orElse(missing("no VM '" + m.group(1) + "'"));
  }

  private static Optional<VmSpec> vm(Scenario s, String name) {
    return s.vms().stream().filter(v -> v.name().equals(name)).findFirst();
  }

  /** A property of a distribution; a median without a closed form is missing. */
  static ModelValue dist(Distribution d, String prop) {
    double median = median(d);
    return switch (prop) {
      case "kind" -> new ModelValue.Text(kind(d));
      case "mean_s" -> ModelValue.Num.exact(d.mean());
      case "mean_min" -> ModelValue.Num.exact(d.mean() / 60);
      case "mean_h" -> ModelValue.Num.exact(d.mean() / 3600);
      case "median_s", "median_min", "median_h" -> Double.isNaN(median)
          ? missing(kind(d) + " has no median in closed form")
          : ModelValue.Num.exact(median / (prop.endsWith("_s") ? 1 : prop.endsWith("_min") ? 60 : 3600));
      case "shape" -> d instanceof Distribution.Weibull w ? ModelValue.Num.exact(w.shape())
          : d instanceof Distribution.Gamma g ? ModelValue.Num.exact(g.shape())
          : missing(kind(d) + " has no shape parameter");
      case "sigma" -> d instanceof Distribution.Lognormal l ? ModelValue.Num.exact(l.sigma())
          : missing(kind(d) + " has no sigma");
      case "scale_h" -> d instanceof Distribution.Weibull w ? ModelValue.Num.exact(w.scale() / 3600)
          : d instanceof Distribution.Gamma g ? ModelValue.Num.exact(g.scale() / 3600)
          : missing(kind(d) + " has no scale parameter");
      default -> missing("unknown distribution property '" + prop + "'. allowed: "
          + String.join(", ", List.of("kind", "mean_s", "mean_min", "mean_h", "median_s", "median_min",
              "median_h", "shape", "sigma", "scale_h")));
    };
  }

  static String kind(Distribution d) {
    return d.getClass().getSimpleName().toLowerCase(Locale.ROOT);
  }

  private static double median(Distribution d) {
    if (d instanceof Distribution.Lognormal l) {
      return Math.exp(l.mu());
    }
    if (d instanceof Distribution.Weibull w) {
      return w.scale() * Math.pow(Math.log(2), 1 / w.shape());
    }
    if (d instanceof Distribution.Exponential e) {
      return e.mean() * Math.log(2);
    }
    if (d instanceof Distribution.Deterministic || d instanceof Distribution.Uniform) {
      return d.mean();
    }
    return Double.NaN;
  }

  private static ModelValue missing(String why) {
    return new ModelValue.Missing(why);
  }
}
