package org.hasim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimClockTest {

  @Test
  void runsActionsInTimeOrderAndSameTimeInSchedulingOrder() {
    SimClock clock = new SimClock();
    List<String> log = new ArrayList<>();
    clock.schedule(2.0, () -> log.add("b@" + clock.now()));
    clock.schedule(1.0, () -> log.add("a@" + clock.now()));
    clock.schedule(2.0, () -> log.add("c@" + clock.now()));
    clock.schedule(1.0, () -> {
      log.add("d@" + clock.now());
      clock.schedule(0.0, () -> log.add("e@" + clock.now())); // same instant, after those already due
    });
    clock.run();
    assertThat(log).containsExactly("a@1.0", "d@1.0", "e@1.0", "b@2.0", "c@2.0");
    assertThat(clock.executed()).isEqualTo(5);
    assertThat(clock.pending()).isZero();
  }

  @Test
  void cancelledActionNeverRunsAndCancelReportsWhetherItWasPending() {
    SimClock clock = new SimClock();
    List<String> log = new ArrayList<>();
    SimClock.Scheduled late = clock.schedule(5.0, () -> log.add("late"));
    SimClock.Scheduled early = clock.schedule(1.0, () -> {
      log.add("early");
      assertThat(late.cancel()).isTrue();
    });
    assertThat(late.pending()).isTrue();
    clock.run();
    assertThat(log).containsExactly("early");
    assertThat(late.pending()).isFalse();
    assertThat(late.cancel()).as("second cancel").isFalse();
    assertThat(early.cancel()).as("cancel after it ran").isFalse();
    assertThat(clock.now()).isEqualTo(1.0);
  }

  @Test
  void cancelDuringTheSameInstantRemovesOnlyThatAction() {
    SimClock clock = new SimClock();
    List<Integer> log = new ArrayList<>();
    List<SimClock.Scheduled> all = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      int id = i;
      all.add(clock.schedule(3.0, () -> {
        log.add(id);
        if (id == 1) {
          all.get(3).cancel();
        }
      }));
    }
    clock.run();
    assertThat(log).containsExactly(0, 1, 2, 4);
  }

  @Test
  void atRunsAtExactlyTheGivenTime() {
    SimClock clock = new SimClock();
    List<Double> seen = new ArrayList<>();
    clock.schedule(0.2, () -> clock.at(0.9, () -> seen.add(clock.now())));
    clock.run();
    assertThat(seen).containsExactly(0.9); // 0.2 + (0.9 - 0.2) is not 0.9 in doubles
  }

  @Test
  void stopEndsTheRunAndRunResumes() {
    SimClock clock = new SimClock();
    List<Integer> log = new ArrayList<>();
    clock.schedule(1, () -> log.add(1));
    clock.schedule(2, () -> {
      log.add(2);
      clock.stop();
    });
    clock.schedule(3, () -> log.add(3));
    clock.run();
    assertThat(log).containsExactly(1, 2);
    assertThat(clock.pending()).isEqualTo(1);
    clock.run();
    assertThat(log).containsExactly(1, 2, 3);
  }

  @Test
  void runWithNothingScheduledIsANoOp() {
    SimClock clock = new SimClock();
    clock.run();
    assertThat(clock.now()).isZero();
  }

  @Test
  void rejectsNegativeOrNonFiniteDelays() {
    SimClock clock = new SimClock();
    assertThatThrownBy(() -> clock.schedule(-1, () -> {})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> clock.schedule(Double.NaN, () -> {})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> clock.schedule(Double.POSITIVE_INFINITY, () -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twoClocksAreIndependent() {
    SimClock a = new SimClock();
    SimClock b = new SimClock();
    a.schedule(10, () -> {});
    b.schedule(3, () -> {});
    a.run();
    b.run();
    assertThat(a.now()).isEqualTo(10.0);
    assertThat(b.now()).isEqualTo(3.0);
  }
}
