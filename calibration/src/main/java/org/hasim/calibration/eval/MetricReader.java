package org.hasim.calibration.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hasim.scenario.DidYouMean;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.ServiceMetrics;
import org.hasim.stats.Statistic;

/**
 * Reads a metric path from an {@link ExperimentResult}: {@code services.<service>.<metric>} (availability,
 * downtime_min_per_year, outages_per_year, mttr_s, mtbf_h), {@code
 * services.<service>.downtime_by_cause.<cause>}, {@code incidents.<kind>}, or any extra metric by its full
 * key ({@code migrations.mean_downtime_ms}, {@code probes.ping-x0.lost}).
 */
public final class MetricReader {
  private MetricReader() {}

  public static ModelValue read(ExperimentResult r, String metric) {
    Statistic s = find(r, metric);
    if (s == null) {
      List<String> known = known(r);
      return new ModelValue.Missing("the run produced no metric '" + metric + "'. "
          + DidYouMean.phrase(metric, known) + "metrics: " + String.join(", ", known));
    }
    if (!s.defined()) {
      return new ModelValue.Missing("metric '" + metric + "' is undefined in this run (nothing to average, "
          + "e.g. no outage or no migration happened)");
    }
    return new ModelValue.Num(s);
  }

  private static Statistic find(ExperimentResult r, String metric) {
    String[] p = metric.split("\\.", 3);
    if (p[0].equals("services") && p.length == 3) {
      for (Map.Entry<String, ServiceMetrics> e : r.services().entrySet()) {
        String prefix = e.getKey() + ".";
        if (metric.startsWith("services." + prefix)) {
          String rest = metric.substring(("services." + prefix).length());
          if (rest.startsWith("downtime_by_cause.")) {
            return e.getValue().downtimeByCause().get(rest.substring("downtime_by_cause.".length()));
          }
          return e.getValue().scalars().get(rest);
        }
      }
      return null;
    }
    if (p[0].equals("incidents") && p.length == 2) {
      return r.incidents().get(p[1]);
    }
    return r.extra().get(metric);
  }

  private static List<String> known(ExperimentResult r) {
    List<String> out = new ArrayList<>();
    r.services().forEach((name, m) -> {
      m.scalars().keySet().forEach(k -> out.add("services." + name + "." + k));
      m.downtimeByCause().keySet().forEach(k -> out.add("services." + name + ".downtime_by_cause." + k));
    });
    r.incidents().keySet().forEach(k -> out.add("incidents." + k));
    out.addAll(r.extra().keySet());
    return out;
  }
}
