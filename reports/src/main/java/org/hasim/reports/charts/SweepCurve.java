package org.hasim.reports.charts;

import java.util.List;
import org.hasim.stats.Statistic;

/**
 * A metric against a swept parameter, one curve per series (e.g. variant), each point a mean with its
 * confidence interval (drawn as a band).
 *
 * @param title chart title
 * @param parameterLabel x axis label with unit, e.g. {@code migration bandwidth (Mbit/s)}
 * @param metricLabel y axis label with unit, e.g. {@code downtime (min/yr)}
 * @param logParameter whether the parameter axis is logarithmic (for parameters swept by factors)
 * @param curves the curves
 */
public record SweepCurve(String title, String parameterLabel, String metricLabel, boolean logParameter,
    List<Curve> curves) {

  public SweepCurve {
    curves = List.copyOf(curves);
  }

  /** One curve: a legend name and its points in parameter order. */
  public record Curve(String name, List<Point> points) {
    public Curve {
      points = List.copyOf(points);
    }
  }

  /** The metric at parameter value {@code x}. */
  public record Point(double x, Statistic y) {}
}
