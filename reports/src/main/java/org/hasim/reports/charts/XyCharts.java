package org.hasim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.util.List;
import java.util.Locale;
import org.hasim.stats.Statistic;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Charts over a numeric axis: a migration's timeline, ping RTT over time, sweep curves. */
public final class XyCharts {
  /** A phase shorter than this fraction of the timeline is drawn this wide (and labelled with its length). */
  private static final double MIN_VISIBLE = 0.004;

  private XyCharts() {}

  /**
   * A migration's phases as horizontal bars, one row per push round, then stop-and-copy and pull; x is
   * seconds since the migration started. Phases too short to see (the pause, typically) are widened to a
   * few pixels and labelled with their true length.
   */
  public static JFreeChart timeline(MigrationTimeline timeline) {
    List<String> lanes = timeline.lanes();
    double minWidth = timeline.end() * MIN_VISIBLE;
    XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    MigrationTimeline.Kind[] kinds = MigrationTimeline.Kind.values();
    XYIntervalSeries[] byKind = new XYIntervalSeries[kinds.length];
    for (MigrationTimeline.Kind kind : kinds) {
      byKind[kind.ordinal()] = new XYIntervalSeries(kind.label(), false, true);
    }
    for (MigrationTimeline.Phase p : timeline.phases()) {
      int lane = lanes.indexOf(p.lane());
      double end = Math.max(p.end(), p.start() + minWidth);
      byKind[p.kind().ordinal()].add(p.start(), p.start(), end, lane, lane - 0.35, lane + 0.35);
    }
    for (XYIntervalSeries s : byKind) {
      if (s.getItemCount() > 0) {
        dataset.addSeries(s);
      }
    }
    NumberAxis time = new NumberAxis("time since the migration started (s)");
    time.setAutoRangeIncludesZero(true);
    SymbolAxis rows = new SymbolAxis(null, lanes.toArray(new String[0]));
    rows.setInverted(true); // first round on top
    rows.setGridBandsVisible(false);
    rows.setAutoRange(false);
    rows.setRange(-0.6, lanes.size() - 0.4);
    if (lanes.size() > 16) {
      rows.setTickLabelFont(ChartTheme.TICK_FONT.deriveFont(14f));
    }
    XYBarRenderer renderer = new XYBarRenderer();
    renderer.setUseYInterval(true);
    renderer.setDrawBarOutline(false);
    renderer.setDefaultLegendShape(new java.awt.geom.Rectangle2D.Double(-8, -8, 16, 16));
    XYPlot plot = new XYPlot(dataset, time, rows, renderer);
    plot.setOrientation(org.jfree.chart.plot.PlotOrientation.VERTICAL);
    plot.setRangeGridlinesVisible(false);
    for (MigrationTimeline.Phase p : timeline.phases()) {
      if (p.kind() != MigrationTimeline.Kind.PUSH || p.duration() < minWidth) {
        XYTextAnnotation note = new XYTextAnnotation("  " + duration(p.duration()),
            Math.max(p.end(), p.start() + minWidth), lanes.indexOf(p.lane()));
        note.setFont(ChartTheme.NOTE_FONT);
        note.setTextAnchor(TextAnchor.HALF_ASCENT_LEFT);
        plot.addAnnotation(note);
      }
    }
    JFreeChart chart = ChartTheme.apply(new JFreeChart(timeline.title(), ChartTheme.TITLE_FONT, plot, true));
    for (int s = 0; s < dataset.getSeriesCount(); s++) {
      String key = (String) dataset.getSeriesKey(s);
      renderer.setSeriesPaint(s, kindColour(key));
    }
    time.setUpperMargin(0.1); // room for the labels right of the last phases
    return chart;
  }

  private static Color kindColour(String label) {
    if (label.equals(MigrationTimeline.Kind.STOP_AND_COPY.label())) {
      return ChartTheme.color(1);
    }
    if (label.equals(MigrationTimeline.Kind.PULL.label())) {
      return ChartTheme.color(2);
    }
    return ChartTheme.color(0);
  }

  /**
   * Round-trip time of each echo request against the time it was sent, lost packets marked with a cross on
   * the time axis, optional spans shaded (as in the paper's Fig. 8).
   */
  public static JFreeChart rtt(RttSeries series) {
    XYSeries rtt = new XYSeries("round-trip time", false, true);
    XYSeries lost = new XYSeries("lost packet (" + series.lostCount() + ")", false, true);
    for (RttSeries.Sample s : series.samples()) {
      if (s.lost()) {
        lost.add(s.timeS(), 0.0);
        rtt.add(s.timeS(), Double.NaN); // a gap in the line
      } else {
        rtt.add(s.timeS(), s.rttMs());
      }
    }
    XYSeriesCollection dataset = new XYSeriesCollection();
    dataset.addSeries(rtt);
    dataset.addSeries(lost);
    NumberAxis time = new NumberAxis("time (s)");
    NumberAxis ms = new NumberAxis("round-trip time (ms)");
    double highest = series.samples().stream().mapToDouble(RttSeries.Sample::rttMs).filter(Double::isFinite)
        .max().orElse(1);
    highest = highest > 0 ? highest : 1;
    ms.setRange(-0.06 * highest, 1.12 * highest); // room below zero for the crosses of lost packets
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    XYPlot plot = new XYPlot(dataset, time, ms, renderer);
    int shade = 0;
    for (RttSeries.Span span : series.spans()) {
      IntervalMarker m = new IntervalMarker(span.fromS(), span.toS());
      m.setPaint(ChartTheme.color(3 + shade++));
      m.setAlpha(0.18f);
      m.setLabel(span.label());
      m.setLabelFont(ChartTheme.NOTE_FONT);
      m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      m.setLabelPaint(Color.BLACK);
      m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
      plot.addDomainMarker(m, Layer.BACKGROUND);
    }
    JFreeChart chart = ChartTheme.apply(new JFreeChart(series.title(), ChartTheme.TITLE_FONT, plot, true));
    renderer.setSeriesPaint(0, ChartTheme.color(0));
    renderer.setSeriesStroke(0, new BasicStroke(1.5f));
    renderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
    renderer.setSeriesShapesVisible(0, series.samples().size() <= 2500);
    renderer.setSeriesPaint(1, ChartTheme.color(1));
    renderer.setSeriesLinesVisible(1, false);
    renderer.setSeriesShape(1, cross(7));
    renderer.setSeriesShapesFilled(1, false); // a cross has no inside: draw its strokes
    renderer.setSeriesOutlineStroke(1, new BasicStroke(2.5f));
    renderer.setDrawOutlines(true);
    renderer.setUseOutlinePaint(false);
    return chart;
  }

  /** An × of half-size {@code r}, drawn as an outline. */
  private static Shape cross(double r) {
    GeneralPath x = new GeneralPath();
    x.moveTo(-r, -r);
    x.lineTo(r, r);
    x.moveTo(-r, r);
    x.lineTo(r, -r);
    return x;
  }

  /** Each curve as a line through its means with its confidence interval as a shaded band. */
  public static JFreeChart sweep(SweepCurve sweep) {
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    for (int c = 0; c < sweep.curves().size(); c++) {
      SweepCurve.Curve curve = sweep.curves().get(c);
      String name = curve.name() == null || curve.name().isEmpty() ? "mean (95 % CI band)" : curve.name();
      YIntervalSeries s = new YIntervalSeries(name, true, false);
      for (SweepCurve.Point p : curve.points()) {
        Statistic y = p.y();
        if (y.defined()) {
          s.add(p.x(), y.mean(), y.ciLow(), y.ciHigh());
        }
      }
      dataset.addSeries(s);
    }
    ValueAxis x;
    if (sweep.logParameter()) {
      LogAxis log = new LogAxis(sweep.parameterLabel());
      log.setSmallestValue(1e-12);
      // one labelled tick per decade, written as plain numbers (10, 100, 1,000) rather than powers
      log.setAutoTickUnitSelection(false);
      log.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1), false, false);
      log.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.######"));
      x = log;
    } else {
      x = new NumberAxis(sweep.parameterLabel());
      ((NumberAxis) x).setAutoRangeIncludesZero(false);
    }
    NumberAxis y = new NumberAxis(sweep.metricLabel());
    y.setAutoRangeIncludesZero(false);
    DeviationRenderer renderer = new DeviationRenderer(true, true);
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    JFreeChart chart = ChartTheme.apply(new JFreeChart(sweep.title(), ChartTheme.TITLE_FONT, plot, true));
    renderer.setAlpha(0.2f);
    for (int c = 0; c < dataset.getSeriesCount(); c++) {
      renderer.setSeriesPaint(c, ChartTheme.color(c));
      renderer.setSeriesFillPaint(c, ChartTheme.color(c));
      renderer.setSeriesStroke(c, ChartTheme.LINE);
      renderer.setSeriesShape(c, new Ellipse2D.Double(-5, -5, 10, 10));
    }
    return chart;
  }

  /** A duration in the unit that reads best: 42 ms, 3.2 s, 4.5 min. */
  static String duration(double seconds) {
    if (seconds < 1) {
      return String.format(Locale.ROOT, "%.0f ms", seconds * 1000);
    }
    if (seconds < 120) {
      return String.format(Locale.ROOT, "%.1f s", seconds);
    }
    return String.format(Locale.ROOT, "%.1f min", seconds / 60);
  }
}
