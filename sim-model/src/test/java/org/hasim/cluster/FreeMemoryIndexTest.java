package org.hasim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link FreeMemoryIndex} against a scan written out here: among the UP nodes of a side other than the one to
 * avoid, the most free memory, ties to the lowest index (what least-loaded placement always chose).
 */
class FreeMemoryIndexTest {

  private static int scan(boolean[] up, long[] free, int[] side, int wanted, int avoid) {
    int best = -1;
    for (int i = 0; i < up.length; i++) {
      if (up[i] && side[i] == wanted && i != avoid && (best < 0 || free[i] > free[best])) {
        best = i;
      }
    }
    return best;
  }

  @Test
  void agreesWithAScanThroughRandomChanges() {
    SplittableRandom random = new SplittableRandom(3);
    for (int nodes : new int[] {1, 2, 7, 64, 100}) {
      FreeMemoryIndex index = new FreeMemoryIndex(nodes);
      boolean[] up = new boolean[nodes];
      long[] free = new long[nodes];
      int[] side = new int[nodes];
      for (int i = 0; i < nodes; i++) {
        up[i] = true;
        free[i] = random.nextInt(5); // few values: many ties
        index.update(i, true, free[i]);
      }
      for (int step = 0; step < 5000; step++) {
        int i = random.nextInt(nodes);
        switch (random.nextInt(3)) {
          case 0 -> {
            up[i] = !up[i];
            index.update(i, up[i], free[i]);
          }
          case 1 -> {
            free[i] = random.nextInt(5) - 1; // may go negative: an over-committed node
            index.update(i, up[i], free[i]);
          }
          default -> {
            side[i] = random.nextInt(3);
            index.moveToSide(i, side[i]);
          }
        }
        int wanted = random.nextInt(3);
        int avoid = random.nextInt(nodes + 1) - 1;
        assertThat(index.best(wanted, avoid)).as("step %d", step).isEqualTo(scan(up, free, side, wanted, avoid));
      }
    }
  }
}
