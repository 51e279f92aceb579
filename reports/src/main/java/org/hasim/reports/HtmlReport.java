package org.hasim.reports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hasim.reports.charts.CalibrationTarget;
import org.hasim.reports.charts.ChartTheme;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.OutageDurationBin;
import org.hasim.stats.RunInfo;
import org.hasim.stats.ServiceDifference;
import org.hasim.stats.ServiceMetrics;
import org.hasim.stats.Statistic;

/**
 * {@code index.html}: one self-contained page (inline style, no script, no fonts or files from the network;
 * the chart images sit next to it) stating what was run — scenario, seed, replications, horizon, hasim
 * version and the command that reproduces it — then the service table, the charts with captions, and the
 * incident, migration and probe tables. The text depends only on its inputs: no timestamps, no host names.
 */
public final class HtmlReport {
  private static final String STYLE = """
      body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #1d1d1d; margin: 0 auto;
             max-width: 1240px; padding: 1.5em 1em 4em; line-height: 1.45; }
      h1 { font-size: 1.9em; margin-bottom: 0.2em; }
      h2 { margin-top: 2em; border-bottom: 2px solid #0072b2; padding-bottom: 0.2em; }
      p.lead { font-size: 1.1em; color: #444; margin-top: 0; }
      table { border-collapse: collapse; margin: 0.8em 0; font-variant-numeric: tabular-nums; }
      th, td { padding: 0.3em 0.8em; border-bottom: 1px solid #ddd; text-align: right; vertical-align: top;
               white-space: nowrap; }
      div.wide { overflow-x: auto; }
      span.ci { font-size: 0.85em; color: #555; }
      th { background: #f1f5f9; }
      th:first-child, td:first-child, td.name, th.name { text-align: left; }
      table.facts th { text-align: left; background: none; font-weight: 600; }
      table.facts td { text-align: left; }
      tr.difference td { font-style: italic; color: #3a3a3a; background: #fafafa; }
      tr.pass td.verdict { color: #00693e; font-weight: 600; }
      tr.fail td.verdict { color: #b00020; font-weight: 600; }
      pre { background: #f6f6f6; padding: 0.8em; overflow-x: auto; font-size: 0.9em; }
      code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
      figure { margin: 2em 0; }
      figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
      figcaption { color: #444; margin-top: 0.4em; max-width: 60em; }
      nav ul { columns: 2; }
      .note { color: #555; }
      """;

  private HtmlReport() {}

  /** The page for {@code report} with {@code charts} (file names relative to the page). */
  public static String render(Report report, List<ChartImage> charts) {
    ReportResults results = report.results();
    RunInfo info = results.info();
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<title>").text("hasim report: " + info.scenario()).raw("</title>\n")
        .raw("<style>\n").raw(STYLE).raw("</style>\n</head>\n<body>\n");
    h.raw("<h1>").text(info.scenario()).raw("</h1>\n");
    h.raw("<p class=\"lead\">").text(lead(results)).raw("</p>\n");
    facts(h, report);
    contents(h, charts, results);
    h.raw("<h2 id=\"services\">Services</h2>\n");
    h.raw("<p>").text("Each value is the mean over " + results.replications() + " replications with its "
        + level(info) + " % confidence interval in brackets. MTTR and MTBF are ratio estimators (total downtime, "
        + "or uptime, over all outages of all replications).").raw("</p>\n");
    servicesTable(h, results);
    for (String note : report.provenance().notes()) {
      h.raw("<p class=\"note\">").text(note).raw("</p>\n");
    }
    causesTable(h, results);
    if (!charts.isEmpty()) {
      h.raw("<h2 id=\"charts\">Charts</h2>\n");
      for (ChartImage c : charts) {
        figure(h, c);
      }
    }
    calibrationTable(h, report.extras().calibration());
    blockTable(h, "incidents", "Incidents per year", "Counted events per year of observed time.", results,
        ExperimentResult::incidents, "No incidents (false failovers, split brain, capacity shortages, ...).");
    blockTable(h, "migrations", "Live migrations", "Totals per replication (count, bytes, seconds, rounds); "
        + "the 'mean' rows are per migration.", results, r -> r.extraGroup("migrations"), null);
    blockTable(h, "probes", "Probes", null, results, r -> r.extraGroup("probes"), null);
    blockTable(h, "other", "Other metrics", "Per replication.", results, HtmlReport::otherExtras, null);
    h.raw("<h2 id=\"console\">Console summary</h2>\n<pre><code>").text(results.console()).raw("</code></pre>\n");
    h.raw("<h2 id=\"files\">Files</h2>\n<ul>\n")
        .raw("<li><a href=\"results.json\">results.json</a> — every metric, the machine-readable contract</li>\n")
        .raw("<li><a href=\"results.csv\">results.csv</a> — the same numbers, one row per metric</li>\n")
        .raw("<li><a href=\"" + Provenance.FILE + "\">" + Provenance.FILE + "</a> — hasim version and command</li>\n")
        .raw("</ul>\n</body>\n</html>\n");
    return h.toString();
  }

  private static String lead(ReportResults results) {
    if (results instanceof ReportResults.Comparison c) {
      return "Comparison of " + String.join(", ", c.result().variants().keySet()) + " on common random numbers "
          + "(every variant sees the same failures); differences are paired against " + c.result().baseline()
          + ".";
    }
    return "Availability, downtime, outages and repair times of each service, from simulated replications.";
  }

  private static void facts(Html h, Report report) {
    ReportResults results = report.results();
    RunInfo info = results.info();
    h.raw("<table class=\"facts\">\n");
    fact(h, "Scenario", info.scenario());
    if (results instanceof ReportResults.Comparison c) {
      fact(h, "Variants", String.join(", ", c.result().variants().keySet()) + " (baseline " + c.result().baseline()
          + ")");
    }
    fact(h, "Seed", Long.toString(info.seed()));
    fact(h, "Replications", Integer.toString(results.replications()));
    fact(h, "Horizon", CanonicalNumber.format(info.horizonHours()) + " h observed per replication, after "
        + CanonicalNumber.format(info.warmupHours()) + " h warm-up");
    fact(h, "Confidence level", level(info) + " % (Student t over replications)");
    fact(h, "hasim version", report.provenance().version());
    h.raw("</table>\n");
    Provenance p = report.provenance();
    if (p.hasCommand()) {
      h.raw("<p>Reproduce these results with:</p>\n<pre><code>").text(p.command()).raw("</code></pre>\n");
    } else {
      h.raw("<p class=\"note\">The command that produced these results is not known (no ")
          .text(Provenance.FILE).raw(" next to results.json).</p>\n");
    }
  }

  private static void fact(Html h, String name, String value) {
    h.raw("<tr><th>").text(name).raw("</th><td>").text(value).raw("</td></tr>\n");
  }

  private static void contents(Html h, List<ChartImage> charts, ReportResults results) {
    h.raw("<nav><ul>\n<li><a href=\"#services\">Services</a></li>\n");
    for (ChartImage c : charts) {
      h.raw("<li><a href=\"#").text(anchor(c)).raw("\">").text(c.heading()).raw("</a></li>\n");
    }
    h.raw("<li><a href=\"#incidents\">Incidents</a></li>\n");
    h.raw("<li><a href=\"#console\">Console summary</a></li>\n<li><a href=\"#files\">Files</a></li>\n</ul></nav>\n");
  }

  private static String anchor(ChartImage c) {
    return "chart-" + c.fileName().replace(".png", "");
  }

  private static void figure(Html h, ChartImage c) {
    h.raw("<figure id=\"").text(anchor(c)).raw("\">\n<h3>").text(c.heading()).raw("</h3>\n")
        .raw("<img src=\"").text(c.fileName()).raw("\" width=\"" + ChartTheme.WIDTH + "\" height=\""
            + ChartTheme.HEIGHT + "\" alt=\"").text(c.alt()).raw("\">\n")
        .raw("<figcaption>").text(c.caption()).raw("</figcaption>\n</figure>\n");
  }

  private static void servicesTable(Html h, ReportResults results) {
    boolean comparison = results instanceof ReportResults.Comparison;
    h.raw("<div class=\"wide\"><table>\n<tr><th>service</th>").raw(comparison ? "<th class=\"name\">variant</th>" : "")
        .raw("<th>availability %</th><th>downtime min/yr</th><th>outages/yr</th><th>MTTR s</th>"
            + "<th>MTBF h</th></tr>\n");
    Map<String, ExperimentResult> variants = results.variants();
    for (String service : variants.values().iterator().next().services().keySet()) {
      boolean first = true;
      for (var v : variants.entrySet()) {
        ServiceMetrics m = v.getValue().services().get(service);
        h.raw("<tr><td>").text(first ? service : "").raw("</td>");
        if (comparison) {
          h.raw("<td class=\"name\">").text(v.getKey()).raw("</td>");
        }
        cells(h, List.of(ConsoleSummary.percentCell(m.availability(), false),
            ConsoleSummary.cell(m.downtimeMinPerYear(), false), ConsoleSummary.cell(m.outagesPerYear(), false),
            ConsoleSummary.cell(m.mttrS(), false), ConsoleSummary.cell(m.mtbfH(), false)));
        first = false;
      }
      if (results instanceof ReportResults.Comparison c) {
        for (var d : c.result().differences().entrySet()) {
          ServiceDifference sd = d.getValue().services().get(service);
          h.raw("<tr class=\"difference\"><td></td><td class=\"name\">").text(d.getKey() + " − " + d.getValue()
              .baseline()).raw("</td>");
          cells(h, List.of(ConsoleSummary.percentCell(sd.availability().paired(), true),
              ConsoleSummary.cell(sd.downtimeMinPerYear().paired(), true),
              ConsoleSummary.cell(sd.outagesPerYear().paired(), true),
              ConsoleSummary.cell(sd.mttrS().paired(), true), ConsoleSummary.cell(sd.mtbfH().paired(), true)));
        }
      }
    }
    h.raw("</table></div>\n");
  }

  /** A {@code mean [low, high]} cell: the mean, and the interval smaller on a line of its own. */
  private static void value(Html h, String cell) {
    int bracket = cell.indexOf(" [");
    if (bracket < 0) {
      h.raw("<td>").text(cell).raw("</td>");
    } else {
      h.raw("<td>").text(cell.substring(0, bracket)).raw("<br><span class=\"ci\">")
          .text(cell.substring(bracket + 1)).raw("</span></td>");
    }
  }

  private static void cells(Html h, List<String> values) {
    for (String v : values) {
      value(h, v);
    }
    h.raw("</tr>\n");
  }

  /** Downtime by cause with intervals: a row per service and cause that caused any, a column per variant. */
  private static void causesTable(Html h, ReportResults results) {
    Map<String, ExperimentResult> variants = results.variants();
    List<String[]> rows = new ArrayList<>();
    for (String service : variants.values().iterator().next().services().keySet()) {
      Set<String> causes = new LinkedHashSet<>();
      variants.values().forEach(r -> r.services().get(service).downtimeByCause().forEach((cause, s) -> {
        if (s.defined() && s.mean() != 0) {
          causes.add(cause);
        }
      }));
      for (String cause : causes) {
        List<String> row = new ArrayList<>(List.of(service, cause));
        variants.values().forEach(r -> {
          Statistic s = r.services().get(service).downtimeByCause().get(cause);
          row.add(s == null ? "0" : ConsoleSummary.cell(s, false));
        });
        rows.add(row.toArray(new String[0]));
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    h.raw("<h3>Downtime by cause (min/yr)</h3>\n<div class=\"wide\"><table>\n<tr><th>service</th>"
        + "<th class=\"name\">cause</th>");
    variants.keySet().forEach(v -> h.raw("<th>").text(v.isEmpty() ? "downtime min/yr" : v).raw("</th>"));
    h.raw("</tr>\n");
    String previous = null;
    for (String[] row : rows) {
      h.raw("<tr><td>").text(row[0].equals(previous) ? "" : row[0]).raw("</td><td class=\"name\">")
          .text(row[1]).raw("</td>");
      for (int i = 2; i < row.length; i++) {
        value(h, row[i]);
      }
      h.raw("</tr>\n");
      previous = row[0];
    }
    h.raw("</table></div>\n");
  }

  /** One row per key that any variant has, one column per variant; nothing when no variant has any. */
  private static void blockTable(Html h, String id, String title, String note, ReportResults results,
      Function<ExperimentResult, Map<String, Statistic>> block, String whenEmpty) {
    Set<String> keys = new LinkedHashSet<>();
    results.variants().values().forEach(r -> block.apply(r).forEach((k, s) -> {
      if (s.defined() && s.mean() != 0) {
        keys.add(k);
      }
    }));
    if (keys.isEmpty()) {
      if (whenEmpty != null) {
        h.raw("<h2 id=\"" + id + "\">").text(title).raw("</h2>\n<p>").text(whenEmpty).raw("</p>\n");
      }
      return;
    }
    h.raw("<h2 id=\"" + id + "\">").text(title).raw("</h2>\n");
    if (note != null) {
      h.raw("<p>").text(note).raw("</p>\n");
    }
    h.raw("<div class=\"wide\"><table>\n<tr><th>metric</th>");
    results.variants().keySet().forEach(v -> h.raw("<th>").text(v.isEmpty() ? "mean [95 % CI]" : v).raw("</th>"));
    h.raw("</tr>\n");
    for (String k : keys) {
      h.raw("<tr><td>").text(k.replace('_', ' ')).raw("</td>");
      for (ExperimentResult r : results.variants().values()) {
        Statistic s = block.apply(r).get(k);
        value(h, s == null ? "0" : ConsoleSummary.cell(s, false));
      }
      h.raw("</tr>\n");
    }
    h.raw("</table></div>\n");
  }

  /** Extra metrics outside migrations, probes and the outage-duration counts (which have their chart). */
  private static Map<String, Statistic> otherExtras(ExperimentResult r) {
    Map<String, Statistic> other = ResultsJson.outsideGroups(r.extra());
    other.keySet().removeIf(k -> OutageDurationBin.parse(k).isPresent());
    return other;
  }

  private static void calibrationTable(Html h, List<CalibrationTarget> targets) {
    if (targets.isEmpty()) {
      return;
    }
    h.raw("<h2 id=\"calibration\">Calibration targets</h2>\n<table>\n<tr><th>target</th><th>unit</th>"
        + "<th>measured</th><th>accepted range</th><th>model [95 % CI]</th><th>verdict</th></tr>\n");
    for (CalibrationTarget t : targets) {
      h.raw("<tr class=\"" + (t.passed() ? "pass" : "fail") + "\"><td>").text(t.name()).raw("</td><td>")
          .text(t.unit()).raw("</td><td>").text(CanonicalNumber.format(t.target())).raw("</td><td>")
          .text("[" + CanonicalNumber.format(t.low()) + ", " + CanonicalNumber.format(t.high()) + "]")
          .raw("</td><td>").text(ConsoleSummary.cell(t.model(), false)).raw("</td><td class=\"verdict\">")
          .text(t.passed() ? "pass" : "fail").raw("</td></tr>\n");
    }
    h.raw("</table>\n");
  }

  private static String level(RunInfo info) {
    return CanonicalNumber.format(Math.round(info.level() * 1e8) / 1e6);
  }

  /** An HTML string builder that escapes text. */
  private static final class Html {
    private final StringBuilder out = new StringBuilder();

    Html raw(String markup) {
      out.append(markup);
      return this;
    }

    Html text(String text) {
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        switch (ch) {
          case '&' -> out.append("&amp;");
          case '<' -> out.append("&lt;");
          case '>' -> out.append("&gt;");
          case '"' -> out.append("&quot;");
          case '\'' -> out.append("&#39;");
          default -> out.append(ch);
        }
      }
      return this;
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
