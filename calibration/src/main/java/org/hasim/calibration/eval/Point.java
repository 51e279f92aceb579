package org.hasim.calibration.eval;

import java.util.ArrayList;
import java.util.List;

/** Values of a fit's free parameters (SI), in the order the fit declares them. */
public record Point(List<Double> values) {
  public Point {
    values = List.copyOf(values);
  }

  public static Point of(double[] v) {
    List<Double> l = new ArrayList<>();
    for (double x : v) {
      l.add(x);
    }
    return new Point(l);
  }

  public double get(int i) {
    return values.get(i);
  }

  public Point with(int i, double v) {
    List<Double> l = new ArrayList<>(values);
    l.set(i, v);
    return new Point(l);
  }

  public double[] toArray() {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
