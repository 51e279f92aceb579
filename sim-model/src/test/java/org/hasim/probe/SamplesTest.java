package org.hasim.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Percentiles by selection against the nearest-rank definition on a sorted copy. */
class SamplesTest {
  @Test
  void percentilesAreTheNearestRankOfTheSortedValues() {
    SplittableRandom random = new SplittableRandom(5);
    for (int n : new int[] {1, 2, 3, 10, 101, 2000}) {
      Samples s = new Samples();
      double[] raw = new double[n];
      for (int i = 0; i < n; i++) {
        raw[i] = random.nextInt(50) / 7.0; // ties on purpose
        s.add(raw[i]);
      }
      double[] sorted = raw.clone();
      Arrays.sort(sorted);
      for (double p : new double[] {0.01, 0.5, 0.95, 0.99, 1.0}) {
        int rank = (int) Math.ceil(p * n);
        assertThat(s.percentile(p)).as("n=%d p=%s", n, p).isEqualTo(sorted[Math.max(0, rank - 1)]);
      }
      assertThat(s.min()).isEqualTo(sorted[0]);
      assertThat(s.max()).isEqualTo(sorted[n - 1]);
      assertThat(s.mean()).isCloseTo(Arrays.stream(raw).average().orElseThrow(), org.assertj.core.data.Offset.offset(1e-12));
    }
  }
}
