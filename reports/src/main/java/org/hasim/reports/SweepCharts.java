package org.hasim.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hasim.stats.ServiceMetrics;
import org.hasim.stats.Statistic;
import org.hasim.sweep.SweepParameter;
import org.hasim.sweep.SweepResult;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The curves of a sweep, as PNG files next to results.json: {@code sweep-downtime.png} (downtime in minutes
 * per year) and {@code sweep-availability.png} (percent) against the first parameter, one line per service
 * (and per combination of the other parameters' values), each point with its confidence interval as an
 * error bar. The x axis is the parameter's value in SI units (logarithmic when the values span two decades
 * or more), or the point's position when the values are not quantities. At most {@value #MAX_SERIES} lines.
 */
public final class SweepCharts {
  static final int MAX_SERIES = 12;
  private static final int WIDTH = 900;
  private static final int HEIGHT = 560;

  private SweepCharts() {}

  /** Writes the charts into {@code dir}; returns the files written (none for a sweep of a single point). */
  public static List<Path> write(Path dir, SweepResult sweep) throws IOException {
    if (sweep.points().size() < 2 || sweep.parameters().isEmpty()) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    files.add(chart(dir.resolve("sweep-downtime.png"), sweep, "downtime (min/yr)",
        ServiceMetrics::downtimeMinPerYear, 1));
    files.add(chart(dir.resolve("sweep-availability.png"), sweep, "availability (%)",
        ServiceMetrics::availability, 100));
    return files;
  }

  private static Path chart(Path file, SweepResult sweep, String yLabel,
      Function<ServiceMetrics, Statistic> metric, double scale) throws IOException {
    String xPath = sweep.parameters().get(0);
    List<Double> xs = xValues(sweep, xPath);
    Map<String, YIntervalSeries> series = new LinkedHashMap<>();
    for (int i = 0; i < sweep.points().size(); i++) {
      SweepResult.Point p = sweep.points().get(i);
      String others = otherValues(p, xPath);
      for (var s : p.result().services().entrySet()) {
        String name = s.getKey() + others;
        if (!series.containsKey(name) && series.size() >= MAX_SERIES) {
          continue;
        }
        Statistic st = metric.apply(s.getValue());
        if (st.defined()) {
          series.computeIfAbsent(name, YIntervalSeries::new)
              .add(xs.get(i), st.mean() * scale, st.ciLow() * scale, st.ciHigh() * scale);
        }
      }
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    series.values().forEach(data::addSeries);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDefaultLinesVisible(true);
    renderer.setDrawXError(false);
    renderer.setErrorStroke(new BasicStroke(1f));
    XYPlot plot = new XYPlot(data, xAxis(sweep, xPath, xs), yAxis(yLabel), renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    String title = sweep.info().scenario() + ": " + yLabel + " against " + xPath;
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
    AtomicFiles.write(file, png.toByteArray());
    return file;
  }

  private static NumberAxis yAxis(String label) {
    NumberAxis y = new NumberAxis(label);
    y.setAutoRangeIncludesZero(false);
    return y;
  }

  /** Each point's x: the parameter's value in SI units, or its position among the distinct values. */
  private static List<Double> xValues(SweepResult sweep, String path) {
    List<String> distinct = new ArrayList<>();
    List<Optional<Double>> magnitudes = new ArrayList<>();
    for (SweepResult.Point p : sweep.points()) {
      String v = p.point().values().get(path);
      if (!distinct.contains(v)) {
        distinct.add(v);
      }
      magnitudes.add(SweepParameter.magnitude(v));
    }
    boolean numeric = magnitudes.stream().allMatch(Optional::isPresent);
    List<Double> xs = new ArrayList<>();
    for (int i = 0; i < magnitudes.size(); i++) {
      xs.add(numeric ? magnitudes.get(i).get()
          : distinct.indexOf(sweep.points().get(i).point().values().get(path)) + 1.0);
    }
    return xs;
  }

  private static ValueAxis xAxis(SweepResult sweep, String path, List<Double> xs) {
    boolean numeric = sweep.points().stream()
        .allMatch(p -> SweepParameter.magnitude(p.point().values().get(path)).isPresent());
    String label = path + (numeric ? " (SI units)" : " (value number, in the order given)");
    double min = xs.stream().mapToDouble(Double::doubleValue).min().orElse(1);
    double max = xs.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    if (numeric && min > 0 && max / min >= 100) {
      LogAxis log = new LogAxis(label);
      log.setBase(10);
      log.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1)); // one tick per decade
      log.setNumberFormatOverride(new java.text.DecimalFormat("0.###E0"));
      return log;
    }
    NumberAxis axis = new NumberAxis(label);
    axis.setAutoRangeIncludesZero(false);
    return axis;
  }

  private static String otherValues(SweepResult.Point p, String xPath) {
    StringBuilder sb = new StringBuilder();
    p.point().values().forEach((k, v) -> {
      if (!k.equals(xPath)) {
        sb.append(sb.length() == 0 ? " (" : ", ").append(k).append('=').append(v);
      }
    });
    return sb.length() == 0 ? "" : sb.append(')').toString();
  }
}
