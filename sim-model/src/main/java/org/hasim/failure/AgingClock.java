package org.hasim.failure;

import org.hasim.engine.SimClock;

/**
 * A time-to-failure countdown that can be paused: the component only ages while it is in use (a cold
 * standby does not wear while idle). The remaining time is kept across pauses, which is exact for any
 * distribution under an age-based reading and, for the exponential, the same as memorylessness.
 */
final class AgingClock {
  private final SimClock clock;
  private final Runnable onExpiry;
  private double remaining;
  private double resumedAt;
  private SimClock.Scheduled timer;

  AgingClock(SimClock clock, double lifetime, Runnable onExpiry) {
    this.clock = clock;
    this.remaining = lifetime;
    this.onExpiry = onExpiry;
  }

  void resume() {
    if (timer == null) {
      resumedAt = clock.now();
      timer = clock.schedule(remaining, () -> {
        timer = null;
        onExpiry.run();
      });
    }
  }

  void pause() {
    if (timer != null) {
      timer.cancel();
      timer = null;
      remaining -= clock.now() - resumedAt;
    }
  }
}
