package org.hasim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A {@link TimerSet} must run its timers exactly where scheduling each one as its own event would: the
 * reference is the same script with every timer a cancellable {@link SimClock#schedule} event. Delays are
 * whole seconds, so many events fall on the same instant and the FIFO order among them is checked too.
 */
class TimerSetTest {
  private static final int SLOTS = 50;

  /** What fired, when. */
  private record Fired(String what, double time) {}

  /** One run of the script, with the timers either in a TimerSet or as plain events. */
  private static List<Fired> run(long seed, boolean timerSet) {
    SimClock clock = new SimClock();
    List<Fired> log = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(seed);
    SimClock.Scheduled[] plain = new SimClock.Scheduled[SLOTS];
    TimerSet[] set = new TimerSet[1];
    Runnable[] step = new Runnable[1];
    java.util.function.IntConsumer expire = slot -> {
      log.add(new Fired("timer " + slot, clock.now()));
      if (log.size() < 4000) {
        step[0].run();
      }
    };
    set[0] = clock.timers(SLOTS, expire);
    step[0] = () -> {
      int ops = 1 + random.nextInt(3);
      for (int i = 0; i < ops; i++) {
        int slot = random.nextInt(SLOTS);
        double delay = random.nextInt(20); // whole seconds: plenty of ties
        switch (random.nextInt(4)) {
          case 0 -> { // cancel
            if (timerSet) {
              set[0].cancel(slot);
            } else if (plain[slot] != null) {
              plain[slot].cancel();
            }
          }
          case 1 -> { // a plain event, interleaved with the timers
            String label = "event " + log.size() + "." + i;
            clock.schedule(delay, () -> log.add(new Fired(label, clock.now())));
          }
          default -> { // (re-)arm
            if (timerSet) {
              set[0].set(slot, delay);
            } else {
              if (plain[slot] != null) {
                plain[slot].cancel();
              }
              plain[slot] = clock.schedule(delay, () -> expire.accept(slot));
            }
          }
        }
      }
    };
    for (int slot = 0; slot < SLOTS; slot++) {
      int s = slot;
      double first = random.nextInt(10);
      if (timerSet) {
        set[0].setAt(s, first);
      } else {
        plain[s] = clock.at(first, () -> expire.accept(s));
      }
    }
    clock.at(500, clock::stop);
    clock.run();
    return log;
  }

  @Test
  void firesInTheSameOrderAsOneEventPerTimer() {
    for (long seed = 1; seed <= 20; seed++) {
      List<Fired> reference = run(seed, false);
      assertThat(reference).hasSizeGreaterThan(100);
      assertThat(run(seed, true)).as("seed %d", seed).containsExactlyElementsOf(reference);
    }
  }

  @Test
  void countsOneExecutedEventPerExpiry() {
    SimClock clock = new SimClock();
    TimerSet timers = clock.timers(3, slot -> {});
    timers.set(0, 5);
    timers.set(1, 1);
    timers.set(2, 3);
    timers.cancel(2);
    timers.set(0, 2); // re-armed: the first expiry is void
    clock.run();
    assertThat(clock.executed()).isEqualTo(2);
    assertThat(clock.now()).isEqualTo(2.0);
    assertThat(timers.armed(0)).isFalse();
  }
}
