package org.hasim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.hasim.stats.Statistic;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Charts over named categories (services, duration classes, placements, calibration targets). */
public final class CategoryCharts {
  /** Horizontal room each category gives its series' points, as a fraction of the category's width. */
  private static final double SPREAD = 0.5;
  private static final java.awt.Shape LEGEND_BOX = new java.awt.geom.Rectangle2D.Double(-8, -8, 16, 16);

  private CategoryCharts() {}

  /**
   * Each statistic as a dot with its confidence interval as an error bar (exact, also when asymmetric);
   * the series of one category stand side by side. The value axis is not forced to include zero, so small
   * differences between high availabilities stay visible.
   */
  public static JFreeChart dots(IntervalData data) {
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    int seriesCount = data.series().size();
    for (int s = 0; s < seriesCount; s++) {
      IntervalData.Series series = data.series().get(s);
      YIntervalSeries points = new YIntervalSeries(legendName(series.name(), s), false, true);
      double offset = seriesCount == 1 ? 0 : SPREAD * (s / (double) (seriesCount - 1) - 0.5);
      for (int c = 0; c < data.categories().size(); c++) {
        Statistic v = series.values().get(c);
        if (v.defined()) {
          points.add(c + offset, v.mean(), v.ciLow(), v.ciHigh());
        }
      }
      dataset.addSeries(points);
    }
    SymbolAxis categories = new SymbolAxis(data.categoryLabel(), data.categories().toArray(new String[0]));
    categories.setGridBandsVisible(false);
    categories.setAutoRange(false);
    categories.setRange(-0.5, data.categories().size() - 0.5);
    NumberAxis values = new NumberAxis(data.valueLabel());
    values.setAutoRangeIncludesZero(false);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDefaultLinesVisible(false);
    renderer.setDefaultShapesVisible(true);
    renderer.setDrawXError(false);
    renderer.setErrorStroke(ChartTheme.ERROR_BAR);
    renderer.setCapLength(14);
    XYPlot plot = new XYPlot(dataset, categories, values, renderer);
    plot.setDomainGridlinesVisible(false);
    plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1.5f))); // seen when in range
    JFreeChart chart = ChartTheme.apply(new JFreeChart(data.title(), ChartTheme.TITLE_FONT, plot, true));
    for (int s = 0; s < seriesCount; s++) {
      renderer.setSeriesPaint(s, ChartTheme.color(s));
      renderer.setSeriesShape(s, new Ellipse2D.Double(-7, -7, 14, 14));
    }
    renderer.setErrorPaint(null); // each error bar in its series' colour
    return chart;
  }

  /** Each statistic as a bar from zero with its confidence interval as an error bar (symmetric). */
  public static JFreeChart bars(IntervalData data) {
    DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
    for (int s = 0; s < data.series().size(); s++) {
      IntervalData.Series series = data.series().get(s);
      for (int c = 0; c < data.categories().size(); c++) {
        Statistic v = series.values().get(c);
        // the renderer draws mean ± one number; intervals of means are symmetric, and the wider side is
        // shown if one is not
        double half = v.defined() ? Math.max(v.ciHigh() - v.mean(), v.mean() - v.ciLow()) : Double.NaN;
        dataset.add(v.defined() ? v.mean() : null, v.defined() ? half : null, legendName(series.name(), s),
            data.categories().get(c));
      }
    }
    StatisticalBarRenderer renderer = new StatisticalBarRenderer();
    renderer.setErrorIndicatorStroke(ChartTheme.ERROR_BAR);
    renderer.setErrorIndicatorPaint(Color.BLACK);
    CategoryPlot plot = new CategoryPlot(dataset, categoryAxis(data.categoryLabel()),
        new NumberAxis(data.valueLabel()), renderer);
    JFreeChart chart = ChartTheme.apply(new JFreeChart(data.title(), ChartTheme.TITLE_FONT, plot, true));
    renderer.setItemMargin(0.05);
    renderer.setDefaultLegendShape(LEGEND_BOX);
    colour(renderer, data.series().size());
    return chart;
  }

  /** Bars split into layers stacked on each other (e.g. downtime by cause). */
  public static JFreeChart stacked(StackedData data) {
    return barChart(data, new StackedBarRenderer());
  }

  /** The layers as bars side by side in each category (e.g. outage counts by duration class). */
  public static JFreeChart grouped(StackedData data) {
    BarRenderer renderer = new BarRenderer();
    renderer.setItemMargin(0.05);
    return barChart(data, renderer);
  }

  private static JFreeChart barChart(StackedData data, BarRenderer renderer) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (int l = 0; l < data.layers().size(); l++) {
      StackedData.Layer layer = data.layers().get(l);
      for (int c = 0; c < data.categories().size(); c++) {
        dataset.addValue(layer.values().get(c), legendName(layer.name(), l, "value"), data.categories().get(c));
      }
    }
    CategoryPlot plot = new CategoryPlot(dataset, categoryAxis(data.categoryLabel()),
        new NumberAxis(data.valueLabel()), renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    JFreeChart chart = ChartTheme.apply(new JFreeChart(data.title(), ChartTheme.TITLE_FONT, plot, true));
    renderer.setDrawBarOutline(false);
    renderer.setMaximumBarWidth(0.12);
    renderer.setDefaultLegendShape(LEGEND_BOX);
    colour(renderer, data.layers().size());
    return chart;
  }

  /**
   * Calibration targets: each model value (dot, with its interval) in units of the target's tolerance, so
   * targets of any unit share one axis; the shaded band [−1, 1] is "within tolerance", 0 is the target.
   * Values beyond ±3 are drawn at the edge.
   */
  public static JFreeChart calibration(String title, List<CalibrationTarget> targets) {
    YIntervalSeries model = new YIntervalSeries("model value (95 % CI), in tolerances from the target", false, true);
    String[] names = new String[targets.size()];
    for (int i = 0; i < targets.size(); i++) {
      CalibrationTarget t = targets.get(i);
      names[i] = t.name();
      Statistic m = t.model();
      if (m.defined()) {
        model.add(i, clip(t.deviation(m.mean())), clip(t.deviation(m.ciLow())), clip(t.deviation(m.ciHigh())));
      }
    }
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    dataset.addSeries(model);
    SymbolAxis axis = new SymbolAxis("target", names);
    axis.setGridBandsVisible(false);
    axis.setAutoRange(false);
    axis.setRange(-0.5, targets.size() - 0.5);
    NumberAxis deviation = new NumberAxis("deviation from target (tolerances; ±1 = edge of tolerance)");
    deviation.setRange(-3.2, 3.2);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDefaultLinesVisible(false);
    renderer.setDrawXError(false);
    renderer.setErrorStroke(ChartTheme.ERROR_BAR);
    renderer.setCapLength(14);
    XYPlot plot = new XYPlot(dataset, axis, deviation, renderer);
    plot.setDomainGridlinesVisible(false);
    IntervalMarker band = new IntervalMarker(-1, 1, new Color(0x009E73), new BasicStroke(1f), null, null, 0.15f);
    band.setLabel("within tolerance");
    band.setLabelFont(ChartTheme.NOTE_FONT);
    band.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    band.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    band.setLabelPaint(Color.BLACK);
    band.setLabelBackgroundColor(new Color(255, 255, 255, 0));
    plot.addRangeMarker(band, Layer.BACKGROUND);
    plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1.5f)));
    JFreeChart chart = ChartTheme.apply(new JFreeChart(title, ChartTheme.TITLE_FONT, plot, true));
    renderer.setSeriesPaint(0, ChartTheme.color(0));
    renderer.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
    renderer.setErrorPaint(null);
    return chart;
  }

  private static double clip(double deviation) {
    return Math.max(-3, Math.min(3, deviation));
  }

  private static CategoryAxis categoryAxis(String label) {
    CategoryAxis axis = new CategoryAxis(label);
    axis.setMaximumCategoryLabelLines(2);
    axis.setCategoryMargin(0.25);
    return axis;
  }

  private static void colour(BarRenderer renderer, int series) {
    for (int s = 0; s < series; s++) {
      renderer.setSeriesPaint(s, ChartTheme.color(s));
    }
  }

  /** Series keys must be distinct and non-empty; an unnamed first series is the mean with its interval. */
  private static String legendName(String name, int index) {
    return legendName(name, index, "mean with 95 % CI");
  }

  private static String legendName(String name, int index, String first) {
    return name == null || name.isEmpty() ? (index == 0 ? first : "series " + (index + 1)) : name;
  }
}
