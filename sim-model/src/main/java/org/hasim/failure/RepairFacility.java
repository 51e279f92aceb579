package org.hasim.failure;

import java.util.ArrayDeque;
import java.util.Deque;
import org.hasim.engine.SimClock;

/**
 * Repair crews: a repair that finds no free crew waits in FIFO order. The repair duration is drawn by the
 * caller when the failure happens (from the component's own stream), so queueing never changes which
 * numbers a component draws — only when its repair starts.
 */
public final class RepairFacility {
  private final SimClock clock;
  private final int crews;
  private int busy;
  private final Deque<Job> waiting = new ArrayDeque<>();

  public RepairFacility(SimClock clock, int crews) {
    if (crews < 1) {
      throw new IllegalArgumentException("crews must be >= 1");
    }
    this.clock = clock;
    this.crews = crews;
  }

  /** Requests a repair of {@code duration} seconds; {@code done} runs when it is finished. */
  public void request(double duration, Runnable done) {
    Job job = new Job(duration, done);
    if (busy < crews) {
      start(job);
    } else {
      waiting.addLast(job);
    }
  }

  public int busyCrews() {
    return busy;
  }

  public int queued() {
    return waiting.size();
  }

  private void start(Job job) {
    busy++;
    clock.schedule(job.duration(), () -> finish(job));
  }

  private void finish(Job job) {
    busy--;
    Job next = waiting.pollFirst();
    if (next != null) {
      start(next);
    }
    job.done().run();
  }

  private record Job(double duration, Runnable done) {}
}
