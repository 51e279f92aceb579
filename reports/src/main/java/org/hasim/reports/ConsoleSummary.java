package org.hasim.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hasim.stats.ComparisonResult;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.RunInfo;
import org.hasim.stats.ServiceDifference;
import org.hasim.stats.ServiceMetrics;
import org.hasim.stats.Statistic;

/**
 * The text table printed at the end of a run: per service availability (percent, with as many decimals as
 * its unavailability and interval need), downtime in minutes per year, outages per year and MTTR in seconds,
 * each as {@code mean [ci_low, ci_high]}; replications, seed, horizon and confidence level in the heading;
 * non-zero incident rates below, then the probes' figures (one row per probe metric). A comparison shows
 * each variant's row and, under them, the paired difference against the first variant; its probe table has
 * one column per variant.
 */
public final class ConsoleSummary {
  private static final List<String> COLUMNS =
      List.of("service", "variant", "availability %", "downtime min/yr", "outages/yr", "MTTR s");

  private ConsoleSummary() {}

  public static String render(ExperimentResult result) {
    StringBuilder out = new StringBuilder(heading(result.info(), result.replications()));
    Table table = new Table(List.of(COLUMNS.get(0), COLUMNS.get(2), COLUMNS.get(3), COLUMNS.get(4), COLUMNS.get(5)));
    result.services().forEach((name, m) -> {
      List<String> cells = new ArrayList<>();
      cells.add(name);
      cells.addAll(metricCells(m, false));
      table.add(cells);
    });
    out.append(table.render());
    String incidents = incidentLine("", result.incidents());
    if (!incidents.isEmpty()) {
      out.append('\n').append(incidents);
    }
    out.append(probeTable(List.of(""), List.of(result)));
    return out.toString();
  }

  public static String render(ComparisonResult comparison) {
    StringBuilder out = new StringBuilder(heading(comparison.info(), comparison.replications()));
    out.append("Differences are paired (same replications, common random numbers): variant - ")
        .append(comparison.baseline()).append(".\n\n");
    Table table = new Table(COLUMNS);
    ExperimentResult baseline = comparison.variants().get(comparison.baseline());
    for (String service : baseline.services().keySet()) {
      boolean first = true;
      for (var v : comparison.variants().entrySet()) {
        List<String> cells = new ArrayList<>(List.of(first ? service : "", v.getKey()));
        cells.addAll(metricCells(v.getValue().services().get(service), false));
        table.add(cells);
        first = false;
      }
      for (var d : comparison.differences().entrySet()) {
        ServiceDifference sd = d.getValue().services().get(service);
        List<String> cells = new ArrayList<>(List.of("", d.getKey() + " - " + d.getValue().baseline()));
        cells.add(percentCell(sd.availability().paired(), true));
        cells.add(cell(sd.downtimeMinPerYear().paired(), true));
        cells.add(cell(sd.outagesPerYear().paired(), true));
        cells.add(cell(sd.mttrS().paired(), true));
        table.add(cells);
      }
    }
    out.append(table.render());
    StringBuilder incidents = new StringBuilder();
    comparison.variants().forEach((name, r) -> incidents.append(incidentLine(name + ": ", r.incidents())));
    if (incidents.length() > 0) {
      out.append('\n').append(incidents);
    }
    out.append(probeTable(new ArrayList<>(comparison.variants().keySet()),
        new ArrayList<>(comparison.variants().values())));
    return out.toString();
  }

  /** Probe figures: a row per (probe, metric), a column per variant; empty when there are no probes. */
  private static String probeTable(List<String> variants, List<ExperimentResult> results) {
    List<String> keys = new ArrayList<>();
    results.forEach(r -> r.extraGroup("probes").keySet().forEach(k -> {
      if (!keys.contains(k)) {
        keys.add(k);
      }
    }));
    if (keys.isEmpty()) {
      return "";
    }
    List<String> header = new ArrayList<>(List.of("probe", "metric"));
    variants.forEach(v -> header.add(v.isEmpty() ? "value" : v));
    Table table = new Table(header);
    String previous = "";
    for (String key : keys) {
      int dot = key.indexOf('.');
      String probe = key.substring(0, dot);
      List<String> cells = new ArrayList<>(List.of(probe.equals(previous) ? "" : probe, key.substring(dot + 1)));
      results.forEach(r -> {
        Statistic s = r.extraGroup("probes").get(key);
        cells.add(s == null ? "n/a" : cell(s, false));
      });
      table.add(cells);
      previous = probe;
    }
    return "\nProbes (mean over replications [95 % interval]):\n" + table.render();
  }

  static String heading(RunInfo info, int replications) {
    return "Scenario " + info.scenario() + "\n" + replications + " replications, seed " + info.seed() + ", "
        + plain(info.horizonHours()) + " h observed after " + plain(info.warmupHours()) + " h warm-up, "
        + plain(Math.round(info.level() * 1e8) / 1e6) + " % confidence intervals\n\n";
  }

  private static List<String> metricCells(ServiceMetrics m, boolean signed) {
    return List.of(percentCell(m.availability(), signed), cell(m.downtimeMinPerYear(), signed),
        cell(m.outagesPerYear(), signed), cell(m.mttrS(), signed));
  }

  private static String incidentLine(String prefix, Map<String, Statistic> incidents) {
    StringBuilder line = new StringBuilder();
    incidents.forEach((kind, s) -> {
      if (s.defined() && s.mean() != 0) {
        line.append(line.length() == 0 ? "" : ", ").append(kind).append(' ').append(cell(s, false));
      }
    });
    return line.length() == 0 ? "" : prefix + "incidents per year: " + line + "\n";
  }

  /** Availability as a percentage: enough decimals for two significant digits of the unavailability. */
  static String percentCell(Statistic fraction, boolean signed) {
    if (!fraction.defined()) {
      return "n/a";
    }
    Statistic pct = new Statistic(fraction.mean() * 100, fraction.ciLow() * 100, fraction.ciHigh() * 100,
        fraction.n());
    int decimals = decimals(pct);
    double unavailable = signed ? Math.abs(pct.mean()) : 100 - pct.mean();
    decimals = Math.max(decimals, unavailable > 0 ? twoSignificant(unavailable) : 3);
    return format(pct, Math.min(decimals, 8), signed);
  }

  /** {@code mean [low, high]} with two significant digits of the half-width (three of the mean if exact). */
  static String cell(Statistic s, boolean signed) {
    if (!s.defined()) {
      return "n/a";
    }
    return format(s, decimals(s), signed);
  }

  private static int decimals(Statistic s) {
    double half = s.halfWidth();
    if (half > 0) {
      return Math.min(twoSignificant(half), 8);
    }
    if (s.mean() == 0) {
      return 0;
    }
    return Math.min(Math.max(0, 2 - (int) Math.floor(Math.log10(Math.abs(s.mean())))), 8);
  }

  private static int twoSignificant(double x) {
    return Math.max(0, 1 - (int) Math.floor(Math.log10(x)));
  }

  private static String format(Statistic s, int decimals, boolean signed) {
    // a difference carries its sign, except an exact zero
    String pattern = "%" + (signed && s.mean() != 0 ? "+" : "") + "." + decimals + "f";
    String mean = String.format(Locale.ROOT, pattern, s.mean());
    if (s.ciLow() == s.ciHigh()) {
      return mean;
    }
    String bounds = "%." + decimals + "f";
    return mean + " [" + String.format(Locale.ROOT, bounds, s.ciLow()) + ", "
        + String.format(Locale.ROOT, bounds, s.ciHigh()) + "]";
  }

  private static String plain(double v) {
    return CanonicalNumber.format(v);
  }

  /** Left-aligned columns, two spaces apart, a rule under the header. */
  static final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(List<String> header) {
      this.header = header;
    }

    void add(List<String> row) {
      rows.add(row);
    }

    String render() {
      int[] width = new int[header.size()];
      for (int c = 0; c < width.length; c++) {
        width[c] = header.get(c).length();
        for (List<String> row : rows) {
          width[c] = Math.max(width[c], row.get(c).length());
        }
      }
      StringBuilder out = new StringBuilder();
      line(out, header, width);
      List<String> rule = new ArrayList<>();
      for (int w : width) {
        rule.add("-".repeat(w));
      }
      line(out, rule, width);
      rows.forEach(r -> line(out, r, width));
      return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] width) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < cells.size(); c++) {
        line.append(c == 0 ? "" : "  ").append(cells.get(c)).append(" ".repeat(width[c] - cells.get(c).length()));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
