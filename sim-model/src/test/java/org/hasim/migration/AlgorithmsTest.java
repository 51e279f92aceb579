package org.hasim.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.hasim.migration.MigrationRecord.Round;
import org.hasim.migration.MigrationRecord.StopReason;
import org.hasim.scenario.DirtyModel;
import org.hasim.scenario.MigrationSpec;
import org.hasim.scenario.MigrationSpec.Algorithm;
import org.junit.jupiter.api.Test;

/** Post-copy, hybrid, qemu and xen-2005 rate limits against hand computations. */
class AlgorithmsTest {
  static final long GIB = 1L << 30;
  static final long MIB = 1L << 20;
  static final double PAGE = Migration.PAGE_SIZE;

  /** Post-copy, 1 GiB, 1 Gbit/s, resume 20 ms: paused for 256 KiB + 20 ms, then 1 GiB pulled. */
  @Test
  void postCopyPausesOnlyForTheCpuState() {
    MigrationRecord r = MigrationCalculator.run(GIB, new DirtyModel.Constant(50.0 * MIB), 1e9,
        MigrationCalculator.defaults(Algorithm.POST_COPY, 0), 0.020, 0.0);
    double down = Migration.STATE_BYTES / 125e6 + 0.020;
    assertThat(r.rounds()).isEmpty();
    assertThat(r.stopReason()).contains(StopReason.POST_COPY);
    assertThat(r.downtime()).isCloseTo(down, within(1e-12));
    assertThat(r.degradedTime()).isCloseTo(GIB / 125e6, within(1e-9));
    assertThat(r.totalTime()).isCloseTo(down + GIB / 125e6, within(1e-9));
    assertThat(r.bytesSent()).isEqualTo(GIB + Migration.STATE_BYTES);
    assertThat(r.pulledBytes()).isEqualTo(GIB);
  }

  /** Hybrid, 2 push rounds, 1 GiB, 1 Gbit/s, 10 MiB/s; then CPU state only and the last dirty set pulled. */
  @Test
  void hybridPushesThenPullsTheRest() {
    double d = 10.0 * MIB;
    MigrationRecord r = MigrationCalculator.run(GIB, new DirtyModel.Constant(d), 1e9,
        MigrationCalculator.defaults(Algorithm.HYBRID, 2), 0.0, 0.0);
    double t1 = GIB / 125e6;
    long p1 = Math.round(d * t1 / PAGE);
    double t2 = p1 * PAGE / 125e6;
    long p2 = Math.round(d * t2 / PAGE);
    assertThat(r.rounds()).extracting(Round::pagesDirtied).containsExactly(p1, p2);
    assertThat(r.stopReason()).contains(StopReason.PUSH_ROUNDS_DONE);
    assertThat(r.downtime()).isCloseTo(Migration.STATE_BYTES / 125e6, within(1e-12));
    assertThat(r.pulledBytes()).isEqualTo(p2 * Migration.PAGE_SIZE);
    assertThat(r.totalTime()).isCloseTo(t1 + t2 + (Migration.STATE_BYTES + p2 * PAGE) / 125e6, within(1e-9));
  }

  /**
   * qemu, 1 GiB, 1 Gbit/s, 10 MiB/s, 30 ms: a separately written loop of the rule "stop when the pages
   * dirtied in the last round, at that round's rate, take at most 30 ms".
   */
  @Test
  void qemuStopsWhenTheRestFitsTheMaximumDowntime() {
    double d = 10.0 * MIB;
    double bw = 125e6;
    long pages = GIB / Migration.PAGE_SIZE;
    int rounds = 0;
    while (true) {
      rounds++;
      double t = pages * PAGE / bw;
      pages = Math.round(d * t / PAGE);
      if (pages * PAGE / bw <= 0.030) {
        break;
      }
    }
    MigrationRecord r = MigrationCalculator.run(GIB, new DirtyModel.Constant(d), 1e9,
        MigrationCalculator.defaults(Algorithm.QEMU, 0), 0.0, 0.0);
    assertThat(rounds).isEqualTo(3);
    assertThat(r.rounds()).hasSize(rounds);
    assertThat(r.stopReason()).contains(StopReason.DOWNTIME_REACHED);
    assertThat(r.downtime()).isCloseTo((pages * PAGE + Migration.STATE_BYTES) / bw, within(1e-12));
  }

  /**
   * xen-2005 on GbE with a constant 20 Mbit/s (2.5 MB/s) dirty rate: round 1 at 100 Mbit/s; every later
   * round at 20 + 50 = 70 Mbit/s (the dirtying rate measured over a round is the constant rate, up to
   * page rounding); the link share (1 Gbit/s) never binds.
   */
  @Test
  void clarkRoundsRunAtTheDirtyRatePlusFiftyMbits() {
    MigrationRecord r = MigrationCalculator.run(GIB, new DirtyModel.Constant(2.5e6), 1e9,
        MigrationCalculator.defaults(Algorithm.XEN_2005, 0), 0.0, 0.0);
    assertThat(r.rounds().get(0).rate()).isCloseTo(100e6, within(1.0));
    for (Round round : r.rounds().subList(1, r.rounds().size())) {
      assertThat(round.rate()).isCloseTo(70e6, withinPercentage(1)); // page rounding of small rounds
    }
    assertThat(r.stopReason()).contains(StopReason.REMAINDER_SMALL);
    Round last = r.rounds().get(r.rounds().size() - 1);
    assertThat(last.pagesDirtied() * PAGE).isLessThan(256 * 1024);
    // Stop-and-copy at the maximum, 500 Mbit/s.
    assertThat(r.downtime()).isCloseTo((last.pagesDirtied() * PAGE + Migration.STATE_BYTES) / 62.5e6,
        within(1e-12));
  }

  /**
   * xen-2005, 1 GiB at GbE, a 64 MiB hot set rewritten every 0.5 s (1 Gbit/s of dirtying, more than the
   * 500 Mbit/s maximum). Round 1 (85.9 s at 100 Mbit/s) dirties the 64 MiB, a dirtying rate of 6.25
   * Mbit/s, so round 2 runs at 56.25 Mbit/s; every later round sends the same 64 MiB and measures a
   * dirtying rate equal to its own rate, so each rate is the previous + 50 Mbit/s: 56.25, 106.25, …,
   * 456.25 (round 10), then the 500 Mbit/s maximum in round 11 (1.07 s, longer than the hot period, so
   * 64 MiB again). Round 11 ran at the maximum and did not shrink: MAX_RATE; 64 MiB are left for the
   * stop-and-copy at 500 Mbit/s.
   */
  @Test
  void clarkStopsAtTheMaximumRateWhenTheRoundsStopShrinking() {
    MigrationRecord r = MigrationCalculator.run(GIB, new DirtyModel.WorkingSet(64.0 * MIB, 0.5, 0), 1e9,
        MigrationCalculator.defaults(Algorithm.XEN_2005, 0), 0.0, 0.0);
    assertThat(r.rounds()).hasSize(11);
    for (int i = 2; i <= 10; i++) {
      assertThat(r.rounds().get(i - 1).rate()).isCloseTo(6.25e6 + 50e6 * (i - 1), within(1.0));
    }
    assertThat(r.rounds().get(10).rate()).isCloseTo(500e6, within(1.0));
    assertThat(r.stopReason()).contains(StopReason.MAX_RATE);
    assertThat(r.downtime()).isCloseTo((64.0 * MIB + Migration.STATE_BYTES) / 62.5e6, within(1e-12));
  }

  @Test
  void theRateLimitIsACapAndTheLinkShareMayBeLower() {
    // On a 50 Mbit/s link the 100 Mbit/s first-round limit never binds.
    MigrationRecord r = MigrationCalculator.run(64 * MIB, new DirtyModel.Constant(0), 50e6,
        new MigrationSpec(Algorithm.XEN_2005, 1, 0, 0, 0.03, 100e6, 500e6), 0, 0);
    assertThat(r.rounds().get(0).rate()).isCloseTo(50e6, within(1.0));
  }
}
