package org.hasim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hasim.analytic.AnalyticCheck;
import org.hasim.analytic.ScenarioAnalytic;
import org.hasim.stats.ServiceMetrics;

/** Text and JSON renderings of a solved availability model, and the analytic check of a run. */
final class AnalyticReport {
  private static final double HOUR = 3600;
  private static final double YEAR_MIN = 365 * 24 * 60;

  private AnalyticReport() {}

  static void print(PrintWriter out, ScenarioAnalytic.Solved s, boolean json) throws JsonProcessingException {
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("model", s.model());
      m.put("exact", s.exact());
      m.put("availability", s.availability());
      m.put("downtime_min_per_year", s.downtimePerYear() / 60);
      m.put("mttf_h", s.mttf() / HOUR);
      m.put("mttr_s", s.mttr());
      m.put("mtbf_h", s.mtbf() / HOUR);
      m.put("state_probabilities", s.stateProbabilities());
      m.put("assumptions", s.assumptions());
      m.put("approximations", s.approximations());
      out.println(new ObjectMapper().writeValueAsString(m));
      return;
    }
    out.println("Model: " + s.model() + (s.exact() ? " (exact)" : " (approximate, see below)"));
    out.printf(Locale.ROOT, "  availability      %.8f%n", s.availability());
    out.printf(Locale.ROOT, "  downtime          %.2f min/yr%n", s.downtimePerYear() / 60);
    out.printf(Locale.ROOT, "  system MTTF       %.1f h (from all up to the first outage)%n", s.mttf() / HOUR);
    out.printf(Locale.ROOT, "  MTTR              %.1f s%n", s.mttr());
    out.printf(Locale.ROOT, "  MTBF              %.1f h%n", s.mtbf() / HOUR);
    out.println("  state probabilities:");
    s.stateProbabilities().forEach((k, v) -> out.printf(Locale.ROOT, "    %-28s %.6e%n", k, v));
    if (!s.assumptions().isEmpty()) {
      out.println("  assumptions:");
      s.assumptions().forEach(a -> out.println("    - " + a));
    }
    if (!s.approximations().isEmpty()) {
      out.println("  approximations:");
      s.approximations().forEach(a -> out.println("    - " + a));
    }
  }

  /** One paragraph under a run's summary: the analytic value beside the simulated interval, or why none. */
  static String check(AnalyticCheck check, String service, ServiceMetrics simulated) {
    if (check.solved().isEmpty()) {
      return "Analytic check: none for this scenario (" + check.note() + ").";
    }
    ScenarioAnalytic.Solved s = check.solved().get();
    double a = s.availability();
    var ci = simulated.availability();
    boolean inside = ci.ciLow() <= a && a <= ci.ciHigh();
    return String.format(Locale.ROOT,
        "Analytic check (%s, %s): availability %.6f%% vs simulated %.6f%% [%.6f, %.6f] for %s — %s;"
            + " downtime %.1f vs %.1f min/yr (difference %+.1f).",
        s.model(), check.note(), 100 * a, 100 * ci.mean(), 100 * ci.ciLow(), 100 * ci.ciHigh(), service,
        inside ? "inside the interval" : "outside the interval",
        (1 - a) * YEAR_MIN, simulated.downtimeMinPerYear().mean(),
        simulated.downtimeMinPerYear().mean() - (1 - a) * YEAR_MIN);
  }
}
