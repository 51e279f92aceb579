package org.hasim.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MaxMinFairShareTest {
  private static final double INF = Double.POSITIVE_INFINITY;

  /**
   * Links L0 = 10, L1 = 8, L2 = 6. Flows: f0 over L0+L1, f1 over L0 capped at 2, f2 over L1+L2, f3 over
   * L2. By hand: the level rises to 2 (f1's cap, f1 frozen at 2); then L2 fills at 3 (f2, f3 frozen at 3);
   * then L1 has 8 − 3 = 5 left for f0 alone (L0 would allow 8): f0 = 5.
   */
  @Test
  void threeLinksFourFlowsWithCaps() {
    int[][] paths = {{0, 1}, {0}, {1, 2}, {2}};
    double[] caps = {INF, 2, INF, INF};
    double[] rates = MaxMinFairShare.allocate(paths, caps, new double[] {10, 8, 6});
    assertThat(rates[0]).isCloseTo(5.0, within(1e-9));
    assertThat(rates[1]).isCloseTo(2.0, within(1e-9));
    assertThat(rates[2]).isCloseTo(3.0, within(1e-9));
    assertThat(rates[3]).isCloseTo(3.0, within(1e-9));
  }

  /**
   * Same network, f0 now capped at 4.5 and f3 capped at 1. By hand: level 1 freezes f3 at 1; level 2
   * freezes f1 at 2; f2 alone on L2 could go to 5, f0 and f2 on L1 to (8)/2 = 4 each, so at level 4 L1 is
   * full and freezes f0 and f2 at 4 (f0's cap 4.5 is not reached). L2 carries 5 of 6, L0 6 of 10.
   */
  @Test
  void capsThatBindAndCapsThatDoNot() {
    int[][] paths = {{0, 1}, {0}, {1, 2}, {2}};
    double[] rates = MaxMinFairShare.allocate(paths, new double[] {4.5, 2, INF, 1}, new double[] {10, 8, 6});
    assertThat(rates).containsExactly(new double[] {4, 2, 4, 1}, within(1e-9));
  }

  @Test
  void aLinkWithNoCapacityStallsItsFlowsOnly() {
    int[][] paths = {{0, 1}, {1}};
    double[] rates = MaxMinFairShare.allocate(paths, new double[] {INF, INF}, new double[] {0, 8});
    assertThat(rates).containsExactly(new double[] {0, 8}, within(1e-9));
  }

  @Test
  void noLinkIsOverbookedAndEveryUncappedFlowHasABottleneck() {
    // Random-ish check of the two defining properties on a small fixed instance.
    int[][] paths = {{0}, {0, 1}, {1, 2}, {2, 3}, {3}, {0, 3}};
    double[] caps = {INF, 3, INF, INF, 0.5, INF};
    double[] cap = {9, 7, 5, 4};
    double[] r = MaxMinFairShare.allocate(paths, caps, cap);
    double[] load = new double[cap.length];
    for (int f = 0; f < paths.length; f++) {
      for (int l : paths[f]) {
        load[l] += r[f];
      }
    }
    for (int l = 0; l < cap.length; l++) {
      assertThat(load[l]).isLessThanOrEqualTo(cap[l] + 1e-9);
    }
    for (int f = 0; f < paths.length; f++) {
      if (r[f] >= caps[f] - 1e-9) {
        continue;
      }
      boolean bottleneck = false;
      for (int l : paths[f]) {
        boolean full = load[l] >= cap[l] - 1e-9;
        boolean largest = true;
        for (int g = 0; g < paths.length; g++) {
          for (int m : paths[g]) {
            if (m == l && r[g] > r[f] + 1e-9) {
              largest = false;
            }
          }
        }
        bottleneck |= full && largest;
      }
      assertThat(bottleneck).as("flow %d has a bottleneck link", f).isTrue();
    }
  }
}
