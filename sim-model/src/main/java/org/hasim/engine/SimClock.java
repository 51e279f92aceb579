package org.hasim.engine;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * One replication's simulator: an SSJ {@link Simulator} instance (never the static facade) driven by a
 * {@link HeapEventList}. Model code schedules plain {@link Runnable}s and keeps the returned {@link
 * Scheduled} handle when it may need to cancel.
 */
public final class SimClock {
  private final Simulator simulator;
  private final HeapEventList events;
  private long executed;

  public SimClock() {
    this.events = new HeapEventList();
    this.simulator = new Simulator(events);
  }

  /** Current simulation time in seconds. */
  public double now() {
    return simulator.time();
  }

  /** Runs {@code action} after {@code delay} seconds (0 = later at the same instant, FIFO). */
  public Scheduled schedule(double delay, Runnable action) {
    if (!(delay >= 0) || Double.isInfinite(delay)) {
      throw new IllegalArgumentException("delay must be finite and non-negative: " + delay);
    }
    Scheduled s = new Scheduled(simulator, action);
    s.schedule(delay);
    return s;
  }

  /**
   * Runs {@code action} at absolute time {@code time}; a time already past means now. The event time is
   * set directly rather than as now + (time - now), which in doubles can miss {@code time} by an ulp.
   */
  public Scheduled at(double time, Runnable action) {
    if (!Double.isFinite(time)) {
      throw new IllegalArgumentException("time must be finite: " + time);
    }
    Scheduled s = new Scheduled(simulator, action);
    s.setTime(Math.max(time, now()));
    events.add(s);
    return s;
  }

  /** Runs events until none is left or {@link #stop()} is called; returns at once if none is pending. */
  public void run() {
    if (!events.isEmpty()) { // SSJ's start() throws on an empty list
      simulator.start();
    }
  }

  /** Stops the run after the current event. */
  public void stop() {
    simulator.stop();
  }

  /** Number of pending events. */
  public int pending() {
    return events.size();
  }

  /** Number of events executed so far. */
  public long executed() {
    return executed;
  }

  /**
   * A set of {@code slots} cancellable timers (one per VM, say) kept outside the event list; {@code action}
   * is called with the slot number when one expires. See {@link TimerSet}.
   */
  public TimerSet timers(int slots, java.util.function.IntConsumer action) {
    return new TimerSet(this, slots, action);
  }

  HeapEventList events() {
    return events;
  }

  void countExecuted() {
    executed++;
  }

  public Simulator simulator() {
    return simulator;
  }

  /** A scheduled action that can be cancelled until it runs. */
  public final class Scheduled extends Event {
    private final Runnable action;
    private boolean done;

    private Scheduled(Simulator sim, Runnable action) {
      super(sim);
      this.action = action;
    }

    @Override
    public void actions() {
      done = true;
      executed++;
      action.run();
    }

    /** Cancels the action if it has not run yet; returns whether it was pending. */
    @Override
    public boolean cancel() {
      if (done) {
        return false;
      }
      done = true;
      return simulator.getEventList().remove(this);
    }

    public boolean pending() {
      return !done;
    }
  }
}
