package org.hasim.reports.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One chart per fitted parameter: the standardised error (model − published) / tolerance of each target
 * that depends on it, as the parameter moves across its bounds with the others at their calibrated values.
 * The band |error| ≤ 1 is where a target passes; the vertical line is the calibrated value.
 */
final class CalibrationCharts {
  static final int WIDTH = 720;
  static final int HEIGHT = 400;

  private CalibrationCharts() {}

  /** The PNG bytes of the chart of {@code parameter} (a "parameters" item of the report JSON). */
  static byte[] png(JsonNode parameter) {
    JsonNode sweep = parameter.get("sweep");
    XYSeriesCollection data = new XYSeriesCollection();
    for (JsonNode s : sweep.get("series")) {
      XYSeries series = new XYSeries(s.get("target").asText(), false, true);
      JsonNode errors = s.get("standard_error");
      for (int i = 0; i < errors.size(); i++) {
        double x = sweep.get("x").get(i).asDouble();
        series.add(x, errors.get(i).isNull() ? null : (Number) errors.get(i).asDouble());
      }
      data.addSeries(series);
    }
    String unit = parameter.get("unit").asText();
    String name = parameter.get("name").asText();
    JFreeChart chart = ChartFactory.createXYLineChart(name + " = " + parameter.get("value_text").asText(),
        name + (unit.isEmpty() ? "" : " (" + unit + ")"), "(model − published) / tolerance", data,
        PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    IntervalMarker band = new IntervalMarker(-1, 1);
    band.setPaint(new Color(200, 235, 200));
    plot.addRangeMarker(band, org.jfree.chart.ui.Layer.BACKGROUND);
    ValueMarker fitted = new ValueMarker(parameter.get("value").asDouble());
    fitted.setPaint(Color.DARK_GRAY);
    float[] dashes = {6, 4};
    fitted.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dashes, 0));
    plot.addDomainMarker(fitted);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      plot.getRenderer().setSeriesStroke(i, new BasicStroke(2f));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
