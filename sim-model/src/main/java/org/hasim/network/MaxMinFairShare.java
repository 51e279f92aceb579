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
    int links = capacity.length;
    double[] rate = new double[flows];
    boolean[] frozen = new boolean[flows];
    double[] free = capacity.clone(); // capacity minus the rates of frozen flows
    int[] rising = new int[links]; // unfrozen flows per link
    for (int[] path : flowLinks) {
      for (int l : path) {
        rising[l]++;
      }
    }
    int unfrozen = flows;
    double level = 0.0;
    boolean[] full = new boolean[links];
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
        for (int l : flowLinks[f]) {
          stop |= full[l];
        }
        if (stop) {
          frozen[f] = true;
          unfrozen--;
          rate[f] = Math.min(level, caps[f]);
          for (int l : flowLinks[f]) {
            free[l] -= rate[f];
            rising[l]--;
          }
        }
      }
    }
    return rate;
  }
}
