package org.hasim.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hasim.scenario.DirtyModel;
import org.hasim.scenario.MigrationSpec.Algorithm;
import org.junit.jupiter.api.Test;

class ScalingTest {
  static final long MIB = 1L << 20;
  static final DirtyModel IDLE = new DirtyModel.Constant(0);

  @Test
  void anIdleVmMigratesInTimeProportionalToItsMemory() {
    MigrationRecord small = MigrationCalculator.run(100 * MIB, IDLE, 1e9,
        MigrationCalculator.defaults(Algorithm.XEN_LEGACY, 3), 0, 0);
    MigrationRecord big = MigrationCalculator.run(1000 * MIB, IDLE, 1e9,
        MigrationCalculator.defaults(Algorithm.XEN_LEGACY, 3), 0, 0);
    // Memory plus the constant 256 KiB of CPU state, at 125 MB/s: the ratio is a tenth up to the state.
    assertThat(small.totalTime() / big.totalTime()).isCloseTo(0.1, within(0.0005));
    assertThat(big.totalTime()).isCloseTo((1000.0 * MIB + Migration.STATE_BYTES) / 125e6, within(1e-9));
  }

  @Test
  void twoMigrationsStartedTogetherOnOneLinkEachTakeTwiceAsLong() {
    MigrationRecord alone = MigrationCalculator.run(1024 * MIB, IDLE, 1e9,
        MigrationCalculator.defaults(Algorithm.XEN_LEGACY, 3), 0, 0);
    Harness h = new Harness(1e9);
    Harness.Log a = h.migrate(1024 * MIB, IDLE, Harness.spec(Algorithm.XEN_LEGACY, 0), 0);
    Harness.Log b = h.migrate(1024 * MIB, IDLE, Harness.spec(Algorithm.XEN_LEGACY, 0), 0);
    h.clock.run();
    assertThat(a.record.totalTime()).isCloseTo(2 * alone.totalTime(), within(1e-9));
    assertThat(b.record.totalTime()).isCloseTo(2 * alone.totalTime(), within(1e-9));
  }

  /**
   * 1 GiB idle VM at 100 Mbit/s (12.5 MB/s) against a 500 MB bulk transfer started at the same time:
   * 6.25 MB/s each until the transfer ends at 500e6 / 6.25e6 = 80 s; the migration has then sent 500 MB
   * and sends the remaining 573 741 824 B at 12.5 MB/s (45.899 s): round 1 ends at 125.899 s, and the
   * 256 KiB of CPU state follow at full speed (0.021 s).
   */
  @Test
  void whenACompetingFlowEndsTheMigrationSpeedsUpAtOnce() {
    Harness h = new Harness(100e6);
    double[] bulkDone = {-1};
    h.net.startFlow(List.of(h.link), 500e6, Double.POSITIVE_INFINITY, () -> bulkDone[0] = h.clock.now());
    Harness.Log m = h.migrate(1L << 30, IDLE, Harness.spec(Algorithm.XEN_LEGACY, 0), 0);
    h.clock.run();
    assertThat(bulkDone[0]).isCloseTo(80.0, within(1e-9));
    double round1 = 80.0 + ((1L << 30) - 500e6) / 12.5e6;
    assertThat(m.record.rounds().get(0).duration()).isCloseTo(round1, within(1e-9));
    assertThat(m.record.totalTime()).isCloseTo(round1 + Migration.STATE_BYTES / 12.5e6, within(1e-9));
  }

  @Test
  void eachRoundIsOneEventNotOnePerPage() {
    Harness h = new Harness(100e6);
    Harness.Log m = h.migrate(1L << 30, new DirtyModel.Constant(5.0 * MIB),
        Harness.spec(Algorithm.XEN_LEGACY, 0), 0);
    h.clock.run();
    // 10 rounds + stop-and-copy transfer + resume event.
    assertThat(m.record.rounds()).hasSize(10);
    assertThat(h.clock.executed()).isEqualTo(12);
  }
}
