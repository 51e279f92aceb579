package org.hasim.probe;

import java.util.Arrays;

/** A growable list of doubles with the summary figures probes report (mean, extremes, percentiles). */
final class Samples {
  private double[] values = new double[64];
  private int size;
  private double sum;

  void add(double v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
    sum += v;
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  double mean() {
    return sum / size;
  }

  double min() {
    double m = Double.POSITIVE_INFINITY;
    for (int i = 0; i < size; i++) {
      m = Math.min(m, values[i]);
    }
    return m;
  }

  double max() {
    double m = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < size; i++) {
      m = Math.max(m, values[i]);
    }
    return m;
  }

  /** The nearest-rank percentile: the smallest value with at least {@code p}·n values at or below it. */
  double percentile(double p) {
    double[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
  }
}
