package org.hasim.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hasim.migration.MigrationRecord.Fault;
import org.hasim.migration.MigrationRecord.Outcome;
import org.hasim.scenario.DirtyModel;
import org.hasim.scenario.MigrationSpec.Algorithm;
import org.junit.jupiter.api.Test;

/** DESIGN §4.5 "Faults during migration", on a 1 GiB VM over 100 Mbit/s (round 1 takes 85.9 s). */
class FaultTest {
  static final long GIB = 1L << 30;
  static final long MIB = 1L << 20;
  final Harness h = new Harness(100e6);

  Harness.Log start(Algorithm a, double dirtyMiBs, double timeout) {
    return h.migrate(GIB, new DirtyModel.Constant(dirtyMiBs * MIB), Harness.spec(a, timeout), 0.02);
  }

  @Test
  void targetFailureDuringPushAbortsAndTheVmKeepsRunningOnTheSource() {
    Harness.Log m = start(Algorithm.XEN_LEGACY, 1, 0);
    h.clock.schedule(10, m.migration::targetFailed);
    h.clock.run();
    assertThat(m.events).containsExactly("finished:ABORTED");
    assertThat(m.record.fault()).isEqualTo(Fault.TARGET_FAILED);
    assertThat(m.record.downtime()).isZero();
    assertThat(m.record.totalTime()).isCloseTo(10, within(1e-9));
    assertThat(m.record.bytesSent()).isEqualTo(125_000_000L); // 10 s at 12.5 MB/s
    assertThat(m.migration.state()).isEqualTo(MigrationState.ABORTED);
  }

  /** 10 MiB/s: push ends at 269.1 s, stop-and-copy then runs for 42.5 s; the target dies at 280 s. */
  @Test
  void targetFailureWhilePausedResumesTheVmOnTheSource() {
    Harness.Log m = start(Algorithm.XEN_LEGACY, 10, 0);
    h.clock.schedule(280, m.migration::targetFailed);
    h.clock.run();
    double pausedAt = m.record.rounds().stream().mapToDouble(MigrationRecord.Round::duration).sum();
    assertThat(m.events).containsExactly("paused@" + pausedAt, "resumed-on-source@280.0", "finished:ABORTED");
    assertThat(m.record.downtime()).isCloseTo(280 - pausedAt, within(1e-9));
  }

  @Test
  void aLinkGoingDownUnderPreCopyAborts() {
    Harness.Log m = start(Algorithm.XEN_LEGACY, 1, 0);
    h.clock.schedule(10, () -> h.net.setUp(h.link, false));
    h.clock.run();
    assertThat(m.record.outcome()).isEqualTo(Outcome.ABORTED);
    assertThat(m.record.fault()).isEqualTo(Fault.LINK_FAILED);
  }

  @Test
  void sourceFailureDuringPreCopyLosesTheVm() {
    Harness.Log m = start(Algorithm.XEN_LEGACY, 1, 0);
    h.clock.schedule(10, m.migration::sourceFailed);
    h.clock.run();
    assertThat(m.record.outcome()).isEqualTo(Outcome.VM_LOST);
    assertThat(m.record.fault()).isEqualTo(Fault.SOURCE_FAILED);
  }

  @Test
  void targetFailureDuringPostCopyPullLosesTheVm() {
    Harness.Log m = start(Algorithm.POST_COPY, 1, 0);
    h.clock.schedule(40, () -> {
      assertThat(m.migration.state()).isEqualTo(MigrationState.PULL);
      m.migration.targetFailed();
    });
    h.clock.run();
    assertThat(m.record.outcome()).isEqualTo(Outcome.VM_LOST);
    double resumed = Migration.STATE_BYTES / 12.5e6 + 0.02;
    assertThat(m.events).containsExactly("paused@0.0", "resumed-on-target@" + resumed, "finished:VM_LOST");
    assertThat(m.record.pulledBytes()).isEqualTo(Math.round((40 - resumed) * 12.5e6));
    assertThat(m.record.degradedTime()).isCloseTo(40 - resumed, within(1e-9));
  }

  @Test
  void sourceOrLinkFailureDuringPullLosesTheVmToo() {
    Harness.Log bySource = start(Algorithm.POST_COPY, 1, 0);
    h.clock.schedule(40, bySource.migration::sourceFailed);
    h.clock.run();
    assertThat(bySource.record.outcome()).isEqualTo(Outcome.VM_LOST);

    Harness other = new Harness(100e6);
    Harness.Log byLink = other.migrate(GIB, new DirtyModel.Constant(0),
        Harness.spec(Algorithm.POST_COPY, 0), 0.02);
    other.clock.schedule(40, () -> {
      assertThat(byLink.migration.state()).isEqualTo(MigrationState.PULL);
      other.net.setUp(other.link, false);
    });
    other.clock.run();
    assertThat(byLink.record.outcome()).isEqualTo(Outcome.VM_LOST);
    assertThat(byLink.record.fault()).isEqualTo(Fault.LINK_FAILED);
  }

  @Test
  void aTimeoutFallsBackToRestart() {
    Harness.Log m = start(Algorithm.XEN_LEGACY, 1, 30);
    h.clock.run();
    assertThat(m.record.outcome()).isEqualTo(Outcome.FELL_BACK_TO_RESTART);
    assertThat(m.record.fault()).isEqualTo(Fault.TIMEOUT);
    assertThat(m.record.totalTime()).isCloseTo(30, within(1e-9));
    assertThat(h.clock.pending()).isZero();
  }

  @Test
  void aTimeoutDuringThePullIsIgnored() {
    Harness.Log m = start(Algorithm.POST_COPY, 0, 30);
    h.clock.run();
    assertThat(m.record.outcome()).isEqualTo(Outcome.COMMITTED);
    assertThat(m.record.totalTime()).isGreaterThan(85);
  }

  @Test
  void faultsAfterTheEndAreIgnored() {
    Harness.Log m = start(Algorithm.XEN_LEGACY, 0, 0);
    h.clock.run();
    m.migration.targetFailed();
    m.migration.sourceFailed();
    assertThat(m.events).containsOnlyOnce("finished:COMMITTED");
    assertThat(m.record.outcome()).isEqualTo(Outcome.COMMITTED);
  }

  @Test
  void transitionsAreTheDocumentedOnes() {
    assertThat(MigrationState.PULL.canMoveTo(MigrationState.ABORTED)).isFalse();
    assertThat(MigrationState.PUSH.canMoveTo(MigrationState.PULL)).isFalse();
    assertThat(MigrationState.STOP_AND_COPY.canMoveTo(MigrationState.PULL)).isTrue();
    assertThat(MigrationState.COMMITTED.isTerminal()).isTrue();
  }
}
