package org.hasim.probe;

import java.util.Arrays;

/** A growable list of doubles with the summary figures probes report (mean, extremes, percentiles). */
final class Samples {
  private double[] values = new double[64];
  private int size;
  private double sum;
  private double[] work;

  void add(double v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
    sum += v;
    work = null;
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

  /**
   * The nearest-rank percentile: the smallest value with at least {@code p}·n values at or below it. Found
   * by selection (expected O(n)) on a working copy rather than by sorting, which would cost more than the
   * rest of a probe window.
   */
  double percentile(double p) {
    if (work == null) {
      work = Arrays.copyOf(values, size);
    }
    int rank = (int) Math.ceil(p * size);
    return select(work, Math.max(0, Math.min(size - 1, rank - 1)));
  }

  /** The k-th smallest value of {@code a} (0-based); reorders {@code a}. Hoare partition, middle pivot. */
  private static double select(double[] a, int k) {
    int lo = 0;
    int hi = a.length - 1;
    while (lo < hi) {
      double pivot = a[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double t = a[i];
          a[i++] = a[j];
          a[j--] = t;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }
}
