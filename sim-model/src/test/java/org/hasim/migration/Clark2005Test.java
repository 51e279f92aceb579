package org.hasim.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.hasim.migration.MigrationRecord.StopReason;
import org.hasim.scenario.DirtyModel;
import org.hasim.scenario.MigrationSpec.Algorithm;
import org.junit.jupiter.api.Test;

/**
 * Clark et al., "Live Migration of Virtual Machines", NSDI 2005 (DESIGN §8), with the paper's own
 * rate-limited algorithm (xen-2005: 100 → 500 Mbit/s) on Gigabit Ethernet. The dirty-model parameters are
 * read off what the paper reports about each workload, chosen once and not adjusted to the result; the
 * published downtime is the independent check (±25 %).
 */
class Clark2005Test {
  static final long MIB = 1L << 20;
  static final double GBE = 1e9;

  /**
   * SPECweb99, 350 clients, 800 MB VM (Xen's {@code memory = 800}, MiB). Published: 210 ms downtime (201
   * ms last copy + 9 ms resume), ≈ 71 s in total, 960 MB sent (1.2 ×).
   *
   * <p>Dirty model (§6.3 and the per-iteration figure of the paper): the first iteration sent 676.8 MB in
   * 54.1 s and the second about 127 MB — the distinct pages dirtied during a ≈ 54 s window; the late
   * iterations each sent 14–17 MB and, running at the 500 Mbit/s ceiling for ≈ 0.25 s, found that set
   * dirty again. Hence a writable working set H = 15 MB rewritten within P = 0.2 s (≤ 0.25 s; any shorter
   * period gives the same result) and a cold rate C = (127 − 15) MB / 54 s ≈ 2 MB/s. Resume 9 ms as
   * published.
   *
   * <p>The model lands at ≈ 261 ms (+24 %): the last round's dirty set is H + C·t ≈ 15.5 MB, sent at the
   * 500 Mbit/s maximum (DESIGN: stop-and-copy runs at the maximum) plus 256 KiB of CPU state. It is high
   * mostly because the paper's final copy evidently ran faster than 500 Mbit/s. Totals are not asserted:
   * the model takes ≈ 100 s and sends ≈ 1.5 × because its first round sends all 800 MiB at 100 Mbit/s
   * (libxc skipped pages already re-dirtied) and, without a real workload's noise, the rate only climbs
   * 50 Mbit/s per round.
   */
  @Test
  void specWeb99DowntimeIsWithinAQuarterOfThePublished210ms() {
    DirtyModel specweb = new DirtyModel.WorkingSet(15e6, 0.2, 2e6);
    MigrationRecord r = MigrationCalculator.run(800 * MIB, specweb, GBE,
        MigrationCalculator.defaults(Algorithm.XEN_2005, 0), 0.009, 0.0);
    assertThat(r.downtime()).isCloseTo(0.210, withinPercentage(25));
    // The paper's pre-copy ended at the 500 Mbit/s ceiling with rounds no longer shrinking.
    assertThat(r.stopReason()).contains(StopReason.MAX_RATE);
  }

  /**
   * Quake 3 server, 6 players, 64 MB VM. Published: 60 ms downtime (a last copy of 148 KB taking 20 ms,
   * then 40 ms of start-up), 88 MB sent (1.37 ×).
   *
   * <p>Dirty model: the paper reports no working-set curve we could use for Quake, only the total sent;
   * a game server dirties its small state at a steady rate, so a constant rate d is inferred from 1.37 ×
   * in closed form — under xen-2005 each round after the first runs at d + 50 Mbit/s, so the re-sent data
   * is a geometric series d·T1·(1 + q + q² + …) = d·T1·(d + 50)/50 with q = d/(d + 50) and T1 the first
   * round at 100 Mbit/s. Solving d·T1·(d + 50)/50 = 0.37·memory gives d ≈ 24.8 Mbit/s (3.1 MB/s). The
   * downtime test does not depend on d much: the pre-copy ends once less than 256 KiB is dirty (as
   * published: 148 KB), and the 40 ms start-up dominates.
   */
  @Test
  void quake3DowntimeIsWithinAQuarterOfThePublished60ms() {
    long memory = 64 * MIB;
    double t1 = memory * 8 / 100e6;
    double resentMbit = 0.37 * memory * 8 / 1e6;
    double dMbit = (-50 + Math.sqrt(2500 + 4 * resentMbit * 50 / t1)) / 2;
    assertThat(dMbit).isBetween(24.0, 26.0);
    DirtyModel quake = new DirtyModel.Constant(dMbit * 1e6 / 8);
    MigrationRecord r = MigrationCalculator.run(memory, quake, GBE,
        MigrationCalculator.defaults(Algorithm.XEN_2005, 0), 0.040, 0.0);
    assertThat(r.downtime()).isCloseTo(0.060, withinPercentage(25));
    assertThat(r.stopReason()).contains(StopReason.REMAINDER_SMALL);
  }
}
