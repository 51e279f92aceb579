package org.hasim.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.hasim.migration.MigrationRecord.Outcome;
import org.hasim.migration.MigrationRecord.StopReason;
import org.hasim.scenario.DirtyModel;
import org.hasim.scenario.MigrationSpec.Algorithm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** DESIGN §8: xen-legacy, 1 GiB VM at 100 Mbit/s, constant dirty rate, no resume cost. */
class XenLegacyTableTest {
  static final long GIB = 1L << 30;
  static final long MIB = 1L << 20;
  static final double LINK = 100e6;
  static final double BYTES_PER_S = LINK / 8;

  static MigrationRecord run(Algorithm a, DirtyModel dirty) {
    return MigrationCalculator.run(GIB, dirty, LINK, MigrationCalculator.defaults(a, 3), 0.0, 0.0);
  }

  /** Rows of the table; -1 = not given there. */
  @ParameterizedTest(name = "{0} MiB/s")
  @CsvSource({
    "0,   1, 85.9,  -1,   1.00, FEW_DIRTY",
    "1,   4, 93.8,  -1,   1.09, FEW_DIRTY",
    "5,  10, 148.0, -1,   1.72, FEW_DIRTY",
    "10, -1, 311.6, 42.5, 3.63, SENT_LIMIT",
    "25, -1, 429.5, 85.9, 5.00, SENT_LIMIT",
  })
  void reproducesTheTableRow(int mibPerS, int rounds, double total, double downtime, double factor,
      StopReason reason) {
    MigrationRecord r = run(Algorithm.XEN_LEGACY, new DirtyModel.Constant(mibPerS * (double) MIB));
    assertThat(r.outcome()).isEqualTo(Outcome.COMMITTED);
    if (rounds > 0) {
      assertThat(r.rounds()).hasSize(rounds);
    }
    assertThat(r.totalTime()).isCloseTo(total, withinPercentage(1));
    if (downtime > 0) {
      assertThat(r.downtime()).isCloseTo(downtime, withinPercentage(1));
    }
    assertThat(r.sentFactor(GIB)).isCloseTo(factor, withinPercentage(1));
    assertThat(r.stopReason()).contains(reason);
  }

  /**
   * A hot 16 MiB set rewritten every 0.1 s, nothing else: every round after the first sends 16 MiB (1.34
   * s, longer than the hot period) and dirties the same 16 MiB again — never fewer than 50 pages — while
   * the total after 29 rounds is only 1 GiB + 28 × 16 MiB = 1.44 GiB, far from 3 ×. Only the 29-round cap
   * can stop it; then stop-and-copy sends 16 MiB + the CPU state.
   */
  @Test
  void the29RoundCapFiresWhenNothingElseCan() {
    MigrationRecord r = run(Algorithm.XEN_LEGACY, new DirtyModel.WorkingSet(16 * MIB, 0.1, 0));
    assertThat(r.rounds()).hasSize(29);
    assertThat(r.stopReason()).contains(StopReason.ROUND_LIMIT);
    assertThat(r.rounds().get(28).bytes()).isEqualTo(16 * MIB);
    double bytes = GIB + 29 * 16.0 * MIB + Migration.STATE_BYTES;
    assertThat(r.bytesSent()).isEqualTo((long) bytes);
    assertThat(r.totalTime()).isCloseTo(bytes / BYTES_PER_S, within(1e-6));
    assertThat(r.downtime()).isCloseTo((16.0 * MIB + Migration.STATE_BYTES) / BYTES_PER_S, within(1e-9));
  }

  @Test
  void xenV2StopsAfterFiveRounds() {
    MigrationRecord r = run(Algorithm.XEN_V2, new DirtyModel.WorkingSet(16 * MIB, 0.1, 0));
    assertThat(r.rounds()).hasSize(5);
    assertThat(r.stopReason()).contains(StopReason.ROUND_LIMIT);
    double bytes = GIB + 5 * 16.0 * MIB + Migration.STATE_BYTES;
    assertThat(r.totalTime()).isCloseTo(bytes / BYTES_PER_S, within(1e-6));
  }

  @Test
  void xenV2StillStopsEarlyWhenFewPagesAreDirty() {
    // 1 MiB/s converges in 4 rounds (< 50 pages dirtied in round 4), as with xen-legacy.
    MigrationRecord r = run(Algorithm.XEN_V2, new DirtyModel.Constant(MIB));
    assertThat(r.rounds()).hasSize(4);
    assertThat(r.stopReason()).contains(StopReason.FEW_DIRTY);
  }

  /**
   * Closed form of the 10 MiB/s row: with r = D/B, round i sends r^(i-1) GiB; the 3 × test first holds
   * after round 4 (Σ_{i<4} r^i = 3.13 > 3, Σ_{i<3} = 2.54); stop-and-copy sends r^4 GiB.
   */
  @Test
  void theThreeTimesRuleMatchesItsClosedForm() {
    double r = 10.0 * MIB / BYTES_PER_S;
    MigrationRecord rec = run(Algorithm.XEN_LEGACY, new DirtyModel.Constant(10.0 * MIB));
    assertThat(rec.rounds()).hasSize(4);
    double sentRounds = (1 - Math.pow(r, 4)) / (1 - r);
    assertThat(sentRounds).isGreaterThan(3);
    assertThat((1 - Math.pow(r, 3)) / (1 - r)).isLessThan(3);
    double expectedDown = (Math.pow(r, 4) * GIB + Migration.STATE_BYTES) / BYTES_PER_S;
    assertThat(rec.downtime()).isCloseTo(expectedDown, withinPercentage(0.01));
  }
}
