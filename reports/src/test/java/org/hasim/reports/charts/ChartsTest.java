package org.hasim.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hasim.reports.charts.ChartAssertions.assertPng;
import static org.hasim.reports.charts.ChartAssertions.assertReadable;
import static org.hasim.reports.charts.ChartAssertions.countPixels;
import static org.hasim.reports.charts.ChartAssertions.near;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hasim.migration.MigrationRecord;
import org.hasim.scenario.MigrationSpec;
import org.hasim.stats.Statistic;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class ChartsTest {
  private static final IntervalData AVAILABILITY = new IntervalData("Availability per service", "service",
      "availability (%)", List.of("web", "db"), List.of(
          new IntervalData.Series("restart", List.of(new Statistic(99.90, 99.85, 99.95, 30),
              new Statistic(99.95, 99.93, 99.97, 30))),
          new IntervalData.Series("live-migration", List.of(new Statistic(99.96, 99.92, 99.99, 30),
              Statistic.undefined()))));

  @Test
  void dotsDrawEachIntervalWhereItsNumbersAre() throws IOException {
    JFreeChart chart = CategoryCharts.dots(AVAILABILITY);
    assertReadable(chart, 2);
    XYPlot plot = chart.getXYPlot();
    YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
    assertThat(data.getItemCount(0)).isEqualTo(2);
    assertThat(data.getItemCount(1)).isEqualTo(1); // the undefined statistic is left out
    // side by side: restart left of the category, live-migration right of it
    assertThat(data.getXValue(0, 0)).isEqualTo(-0.25);
    assertThat(data.getXValue(1, 0)).isEqualTo(0.25);
    assertThat(data.getStartYValue(1, 0)).isEqualTo(99.92);
    assertThat(data.getEndYValue(1, 0)).isEqualTo(99.99);

    // in the picture: the error bar of live-migration/web is drawn in its colour halfway between its mean
    // and its upper bound, and nothing is drawn there above the bound
    ChartRenderingInfo info = new ChartRenderingInfo();
    BufferedImage image = chart.createBufferedImage(1200, 700, info);
    Rectangle2D area = info.getPlotInfo().getDataArea();
    int x = (int) Math.round(plot.getDomainAxis().valueToJava2D(0.25, area, plot.getDomainAxisEdge()));
    int yMid = (int) Math.round(plot.getRangeAxis().valueToJava2D((99.96 + 99.99) / 2, area,
        plot.getRangeAxisEdge()));
    int yAbove = (int) Math.round(plot.getRangeAxis().valueToJava2D(99.99, area, plot.getRangeAxisEdge())) - 12;
    assertThat(anyNear(image, x, yMid, ChartTheme.color(1))).isTrue();
    assertThat(anyNear(image, x, yAbove, ChartTheme.color(1))).isFalse();
    BufferedImage png = assertPng(ChartTheme.png(chart));
    assertThat(countPixels(png, ChartTheme.color(0))).isGreaterThan(200);
    assertThat(countPixels(png, ChartTheme.color(1))).isGreaterThan(200);
  }

  private static boolean anyNear(BufferedImage image, int x, int y, Color colour) {
    for (int dx = -2; dx <= 2; dx++) {
      if (near(new Color(image.getRGB(x + dx, y)), colour)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void barsStartAtZeroWithErrorBars() throws IOException {
    IntervalData response = new IntervalData("Web response time by placement", "placement",
        "mean response time (ms)", List.of("different nodes", "same node", "during a migration"),
        List.of(new IntervalData.Series("", List.of(new Statistic(21, 20, 22, 10), new Statistic(34, 31, 37, 10),
            new Statistic(58, 50, 66, 10)))));
    JFreeChart chart = CategoryCharts.bars(response);
    assertReadable(chart, 1);
    CategoryPlot plot = chart.getCategoryPlot();
    var data = (org.jfree.data.statistics.StatisticalCategoryDataset) plot.getDataset();
    assertThat(data.getMeanValue(0, 2).doubleValue()).isEqualTo(58);
    assertThat(data.getStdDevValue(0, 2).doubleValue()).isEqualTo(8); // the half-width
    assertThat(plot.getRangeAxis().getLowerBound()).isEqualTo(0);
    assertPng(ChartTheme.png(chart));
  }

  @Test
  void stackedAndGroupedBarsKeepTheirLayers() throws IOException {
    StackedData causes = new StackedData("Downtime per year by cause", "service", "downtime (min/yr)",
        List.of("web · restart", "web · live-migration"), List.of(
            new StackedData.Layer("node failure", List.of(30.0, 30.0)),
            new StackedData.Layer("maintenance restart", List.of(12.0, 0.0)),
            new StackedData.Layer("migration pause", List.of(0.0, 0.02))));
    JFreeChart stacked = CategoryCharts.stacked(causes);
    assertReadable(stacked, 3);
    assertThat(stacked.getCategoryPlot().getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(42);
    assertPng(ChartTheme.png(stacked));
    JFreeChart grouped = CategoryCharts.grouped(causes);
    assertReadable(grouped, 3);
    assertThat(grouped.getCategoryPlot().getRangeAxis().getUpperBound()).isBetween(30.0, 41.9);
    assertPng(ChartTheme.png(grouped));
    assertThat(causes.hasValues()).isTrue();
    assertThat(new StackedData("t", "c", "v (s)", List.of("a"), List.of(new StackedData.Layer("l", List.of(0.0))))
        .hasValues()).isFalse();
  }

  @Test
  void aMigrationTimelineLaysRoundsPauseAndPullEndToEnd() throws IOException {
    MigrationRecord precopy = new MigrationRecord("x0", "node1", "node2", MigrationSpec.Algorithm.XEN_LEGACY,
        List.of(new MigrationRecord.Round(1, 1L << 30, 8.5, 5000, 1e9),
            new MigrationRecord.Round(2, 20_000_000, 0.25, 400, 1e9)),
        100, 9.0, 0.21, 1L << 31, 0, 0, Optional.of(MigrationRecord.StopReason.FEW_DIRTY),
        MigrationRecord.Outcome.COMMITTED, MigrationRecord.Fault.NONE);
    MigrationTimeline t = MigrationTimeline.of(precopy);
    assertThat(t.lanes()).containsExactly("round 1", "round 2", "stop-and-copy");
    assertThat(t.phases()).extracting(MigrationTimeline.Phase::start).containsExactly(0.0, 8.5, 8.75);
    assertThat(t.phases().get(2).end()).isCloseTo(8.96, within(1e-12));
    assertThat(t.title()).contains("x0", "node1", "node2", "xen-legacy", "committed");

    MigrationRecord postcopy = new MigrationRecord("x1", "node2", "node1", MigrationSpec.Algorithm.POST_COPY,
        List.of(), 0, 30, 0.05, 1L << 30, 1L << 30, 29.9, Optional.of(MigrationRecord.StopReason.POST_COPY),
        MigrationRecord.Outcome.COMMITTED, MigrationRecord.Fault.NONE);
    MigrationTimeline pull = MigrationTimeline.of(postcopy);
    assertThat(pull.phases()).extracting(MigrationTimeline.Phase::kind)
        .containsExactly(MigrationTimeline.Kind.STOP_AND_COPY, MigrationTimeline.Kind.PULL);
    assertThat(pull.end()).isCloseTo(29.95, within(1e-12));

    JFreeChart chart = XyCharts.timeline(t);
    assertReadable(chart, 2);
    XYDataset data = chart.getXYPlot().getDataset();
    // the pause (0.21 s of 8.96 s) is drawn at least a few pixels wide
    assertThat(data.getSeriesCount()).isEqualTo(2);
    BufferedImage png = assertPng(ChartTheme.png(chart));
    assertThat(countPixels(png, ChartTheme.color(1))).isGreaterThan(100);
    assertPng(ChartTheme.png(XyCharts.timeline(pull)));
  }

  @Test
  void rttMarksLostPacketsOnTheTimeAxis() throws IOException {
    // 2000 echo requests at 100/s; 20 lost during a 0.2 s pause at 10 s (the paper's Fig. 8 experiment)
    List<RttSeries.Sample> samples = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      double t = i / 100.0;
      boolean lost = i >= 1000 && i < 1020;
      samples.add(new RttSeries.Sample(t, lost ? Double.NaN : 0.3 + (t > 2 && t < 10 ? 0.4 : 0)));
    }
    RttSeries series = new RttSeries("ping x0 during a live migration", samples,
        List.of(new RttSeries.Span("migration", 2, 10.2), new RttSeries.Span("paused", 10, 10.2)));
    assertThat(series.lostCount()).isEqualTo(20);
    JFreeChart chart = XyCharts.rtt(series);
    assertReadable(chart, 2);
    XYDataset data = chart.getXYPlot().getDataset();
    assertThat(data.getItemCount(1)).isEqualTo(20);
    assertThat(data.getYValue(1, 0)).isZero();
    assertThat(data.getXValue(1, 0)).isEqualTo(10.0);
    assertThat(Double.isNaN(data.getYValue(0, 1000))).isTrue();
    assertThat(chart.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size()).isEqualTo(2);
    BufferedImage png = assertPng(ChartTheme.png(chart));
    assertThat(countPixels(png, ChartTheme.color(1))).isGreaterThan(50); // the crosses
  }

  @Test
  void sweepCurvesCarryTheirIntervalsAsBands() throws IOException {
    List<SweepCurve.Point> restart = new ArrayList<>();
    List<SweepCurve.Point> live = new ArrayList<>();
    for (double mbit : new double[] {10, 100, 1000, 10000}) {
      restart.add(new SweepCurve.Point(mbit, new Statistic(60, 55, 65, 20)));
      double d = 60 / Math.sqrt(mbit);
      live.add(new SweepCurve.Point(mbit, new Statistic(d, d * 0.8, d * 1.3, 20)));
    }
    SweepCurve sweep = new SweepCurve("Downtime against migration bandwidth", "migration bandwidth (Mbit/s)",
        "downtime (min/yr)", true, List.of(new SweepCurve.Curve("restart", restart),
            new SweepCurve.Curve("live-migration", live)));
    JFreeChart chart = XyCharts.sweep(sweep);
    assertReadable(chart, 2);
    YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
    assertThat(data.getEndYValue(1, 0)).isCloseTo(60 / Math.sqrt(10) * 1.3, within(1e-12));
    assertThat(chart.getXYPlot().getDomainAxis()).isInstanceOf(org.jfree.chart.axis.LogAxis.class);
    assertPng(ChartTheme.png(chart));
  }

  @Test
  void calibrationMeasuresDeviationInTolerances() throws IOException {
    CalibrationTarget ping = new CalibrationTarget("ping packets lost in one migration", "packets", 20, 10, 40,
        new Statistic(30, 26, 34, 20));
    assertThat(ping.deviation(30)).isEqualTo(0.5);  // 10 of the 20 allowed above
    assertThat(ping.deviation(15)).isEqualTo(-0.5); // 5 of the 10 allowed below
    assertThat(ping.deviation(20)).isZero();
    assertThat(ping.deviation(50)).isEqualTo(1.5);
    assertThat(ping.passed()).isTrue();
    CalibrationTarget knee = new CalibrationTarget("VMs per host without loss", "VMs", 16, 14, 18,
        new Statistic(21, 20, 22, 20));
    assertThat(knee.passed()).isFalse();
    JFreeChart chart = CategoryCharts.calibration("Calibration", List.of(ping, knee));
    assertReadable(chart, 1);
    YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
    assertThat(data.getYValue(0, 0)).isEqualTo(0.5);
    assertThat(data.getYValue(0, 1)).isEqualTo(2.5);
    assertThat(data.getEndYValue(0, 1)).isEqualTo(3.0); // 3 tolerances: clipped at the edge
    assertPng(ChartTheme.png(chart));
  }
}
