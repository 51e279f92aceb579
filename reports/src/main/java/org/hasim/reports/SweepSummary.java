package org.hasim.reports;

import java.util.ArrayList;
import java.util.List;
import org.hasim.stats.ServiceMetrics;
import org.hasim.stats.Statistic;
import org.hasim.sweep.GoalSearch;
import org.hasim.sweep.SweepResult;

/**
 * The text printed at the end of a sweep: the heading of a run, then one row per point and service (the
 * point's values, availability, downtime, outages and MTTR with their intervals, formatted as in {@link
 * ConsoleSummary}); for a goal search the evidence table (each value tried, the goal's statistic with its
 * interval, the number compared, met or not) and the answer.
 */
public final class SweepSummary {
  private SweepSummary() {}

  public static String render(SweepResult sweep) {
    StringBuilder out = new StringBuilder(ConsoleSummary.heading(sweep.info(), sweep.replications()));
    sweep.variant().ifPresent(v -> out.append("Variant ").append(v).append('\n'));
    out.append(sweep.goal().isPresent() ? "Values tried: " : "Sweep: ").append(sweep.points().size())
        .append(" point(s) over ").append(String.join(", ", sweep.parameters())).append("\n\n");
    List<String> header = new ArrayList<>(sweep.parameters());
    header.addAll(List.of("service", "availability %", "downtime min/yr", "outages/yr", "MTTR s"));
    ConsoleSummary.Table table = new ConsoleSummary.Table(header);
    for (SweepResult.Point p : sweep.points()) {
      boolean first = true;
      for (var s : p.result().services().entrySet()) {
        List<String> cells = new ArrayList<>();
        for (String path : sweep.parameters()) {
          cells.add(first ? p.point().values().get(path) : "");
        }
        ServiceMetrics m = s.getValue();
        cells.add(s.getKey());
        cells.add(ConsoleSummary.percentCell(m.availability(), false));
        cells.add(ConsoleSummary.cell(m.downtimeMinPerYear(), false));
        cells.add(ConsoleSummary.cell(m.outagesPerYear(), false));
        cells.add(ConsoleSummary.cell(m.mttrS(), false));
        table.add(cells);
        first = false;
      }
    }
    out.append(table.render());
    sweep.goal().ifPresent(g -> out.append('\n').append(evidence(g)));
    return out.toString();
  }

  /** The evidence table and the answer of a goal search. */
  public static String evidence(SweepResult.GoalAnswer g) {
    StringBuilder out = new StringBuilder("Goal: " + g.goal().text() + ", minimizing " + g.minimize() + "\n\n");
    ConsoleSummary.Table table = new ConsoleSummary.Table(
        List.of(g.minimize(), g.goal().metric() + " (mean [CI])", g.goal().field(), "met"));
    for (GoalSearch.Evidence e : g.outcome().evidence()) {
      Statistic s = e.statistic();
      table.add(List.of(e.value(), ConsoleSummary.cell(s, false),
          s.defined() ? CanonicalNumber.format(g.goal().value(s)) : "n/a", e.met() ? "yes" : "no"));
    }
    out.append(table.render()).append('\n');
    if (g.reached()) {
      out.append("Answer: ").append(g.minimize()).append(" = ").append(g.outcome().answer().get())
          .append(" is the least value tried that meets the goal.\n");
    } else {
      out.append("Goal not reached: no value tried meets it.\n");
    }
    return out.toString();
  }
}
