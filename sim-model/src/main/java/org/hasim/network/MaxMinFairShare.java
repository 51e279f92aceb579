package org.hasim.network;

/**
 * Max-min fair rates by progressive filling, with per-flow caps.
 *
 * <p>All unfrozen flows rise together at one common level; the level stops at the first of (a) a link
 * whose remaining capacity is used up by its unfrozen flows, or (b) an unfrozen flow's cap. The flows of
 * every such link, and the capped flows, are frozen at that level; the others go on rising. Each step
 * freezes at least one flow, so there are at most F steps of O(L + F·P) work (F flows, L links, P the
 * longest path): O(F·(L + F·P)) per call. The result is the unique max-min fair allocation: no flow can
 * get more without taking from a flow that has no more.
 */
public final class MaxMinFairShare {
  /** Relative tolerance for "this link is full" / "this flow reached its cap". */
  private static final double EPS = 1e-12;

  private MaxMinFairShare() {}

  /**
   * @param flowLinks for each flow, the indices of the links on its path (non-empty)
   * @param caps for each flow, its cap in bits/s ({@code Double.POSITIVE_INFINITY} for none)
   * @param capacity for each link, its usable capacity in bits/s (0 for a link that is down)
   * @return for each flow its rate in bits/s
   */
  public static double[] allocate(int[][] flowLinks, double[] caps, double[] capacity) {
    int flows = flowLinks.length;
    int[] pathStart = new int[flows + 1];
    for (int f = 0; f < flows; f++) {
      pathStart[f + 1] = pathStart[f] + flowLinks[f].length;
    }
    int[] pathItems = new int[pathStart[flows]];
    for (int f = 0; f < flows; f++) {
      System.arraycopy(flowLinks[f], 0, pathItems, pathStart[f], flowLinks[f].length);
    }
    Work w = new Work();
    allocate(flows, capacity.length, pathStart, pathItems, caps, capacity, w);
    return java.util.Arrays.copyOf(w.rate, flows);
  }

  /** Work arrays of {@link #allocate(int, int, int[], int[], double[], double[], Work)}, reused across calls. */
  static final class Work {
    double[] rate = new double[0];
    double[] free = new double[0];
    boolean[] frozen = new boolean[0];
    boolean[] full = new boolean[0];
    int[] rising = new int[0];

    private void ensure(int flows, int links) {
      if (rate.length < flows) {
        rate = new double[Math.max(flows, 2 * rate.length)];
        frozen = new boolean[rate.length];
      }
      if (free.length < links) {
        free = new double[Math.max(links, 2 * free.length)];
        full = new boolean[free.length];
        rising = new int[free.length];
      }
    }
  }

  /**
   * The same allocation without allocating: flow f crosses links {@code pathItems[pathStart[f] ..
   * pathStart[f+1])}; the rates are left in {@code w.rate[0 .. flows)}.
   */
  static void allocate(int flows, int links, int[] pathStart, int[] pathItems, double[] caps,
      double[] capacity, Work w) {
    w.ensure(flows, links);
    double[] rate = w.rate;
    boolean[] frozen = w.frozen;
    double[] free = w.free; // capacity minus the rates of frozen flows
    int[] rising = w.rising; // unfrozen flows per link
    boolean[] full = w.full;
    java.util.Arrays.fill(rate, 0, flows, 0.0);
    java.util.Arrays.fill(frozen, 0, flows, false);
    System.arraycopy(capacity, 0, free, 0, links);
    java.util.Arrays.fill(rising, 0, links, 0);
    for (int k = 0; k < pathStart[flows]; k++) {
      rising[pathItems[k]]++;
    }
    int unfrozen = flows;
    double level = 0.0;
    while (unfrozen > 0) {
      double next = Double.POSITIVE_INFINITY;
      for (int l = 0; l < links; l++) {
        if (rising[l] > 0) {
          next = Math.min(next, Math.max(level, free[l] / rising[l]));
        }
      }
      for (int f = 0; f < flows; f++) {
        if (!frozen[f]) {
          next = Math.min(next, Math.max(level, caps[f]));
        }
      }
      level = next;
      for (int l = 0; l < links; l++) {
        full[l] = rising[l] > 0 && free[l] - rising[l] * level <= EPS * Math.max(capacity[l], 1.0);
      }
      for (int f = 0; f < flows; f++) {
        if (frozen[f]) {
          continue;
        }
        boolean stop = caps[f] <= level * (1 + EPS);
        for (int k = pathStart[f]; k < pathStart[f + 1]; k++) {
          stop |= full[pathItems[k]];
        }
        if (stop) {
          frozen[f] = true;
          unfrozen--;
          rate[f] = Math.min(level, caps[f]);
          for (int k = pathStart[f]; k < pathStart[f + 1]; k++) {
            free[pathItems[k]] -= rate[f];
            rising[pathItems[k]]--;
          }
        }
      }
    }
  }
}
