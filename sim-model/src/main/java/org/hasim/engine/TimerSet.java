package org.hasim.engine;

import java.util.function.IntConsumer;
import umontreal.ssj.simevents.Event;

/**
 * Many long-lived, often re-armed timers (each VM's next crash) kept out of the event list: an indexed
 * binary heap over primitive arrays, with a single stand-in event in the event list for the earliest timer.
 * The event list then holds one entry instead of thousands, so its operations stay cheap and cache-friendly,
 * and re-arming a timer is a sift in a small array instead of a removal and an insertion among every other
 * pending event.
 *
 * <p>Order is exactly what scheduling each timer as its own event would give: a timer takes the event
 * list's next sequence number when it is armed, and the stand-in is inserted with the earliest timer's time
 * and sequence number, so it sorts where that timer's own event would have been. The stand-in counts as
 * one executed event per expiry.
 */
public final class TimerSet {
  private final SimClock clock;
  private final IntConsumer action;
  private final long[] timeBits;
  private final long[] seq;
  private final int[] heap;
  private final int[] pos;
  private int size;
  private StandIn standIn;

  TimerSet(SimClock clock, int slots, IntConsumer action) {
    this.clock = clock;
    this.action = action;
    this.timeBits = new long[slots];
    this.seq = new long[slots];
    this.heap = new int[slots];
    this.pos = new int[slots];
    java.util.Arrays.fill(pos, -1);
  }

  /** Arms timer {@code slot} to expire {@code delay} seconds from now, replacing its previous expiry. */
  public void set(int slot, double delay) {
    if (!(delay >= 0) || Double.isInfinite(delay)) {
      throw new IllegalArgumentException("delay must be finite and non-negative: " + delay);
    }
    arm(slot, clock.now() + delay); // as Event.schedule(delay) computes it
  }

  /** Arms timer {@code slot} to expire at absolute time {@code time} (a time already past means now). */
  public void setAt(int slot, double time) {
    if (!Double.isFinite(time)) {
      throw new IllegalArgumentException("time must be finite: " + time);
    }
    arm(slot, Math.max(time, clock.now())); // as SimClock.at computes it
  }

  private void arm(int slot, double time) {
    timeBits[slot] = Double.doubleToRawLongBits(time + 0.0);
    seq[slot] = clock.events().reserveSequence();
    if (pos[slot] < 0) {
      pos[slot] = size;
      heap[size++] = slot;
      up(pos[slot]);
    } else {
      up(pos[slot]);
      down(pos[slot]);
    }
    refreshStandIn();
  }

  /** Disarms timer {@code slot}; returns whether it was armed. */
  public boolean cancel(int slot) {
    int p = pos[slot];
    if (p < 0) {
      return false;
    }
    removeAt(p);
    refreshStandIn();
    return true;
  }

  /** Whether timer {@code slot} is armed. */
  public boolean armed(int slot) {
    return pos[slot] >= 0;
  }

  private void expire() {
    clock.countExecuted();
    int slot = heap[0];
    standIn = null;
    removeAt(0);
    refreshStandIn();
    action.accept(slot);
  }

  private void refreshStandIn() {
    if (standIn != null) {
      if (size > 0 && standIn.seq == seq[heap[0]]) {
        return; // still the earliest timer, armed the same way
      }
      clock.events().remove(standIn);
      standIn = null;
    }
    if (size > 0) {
      int top = heap[0];
      standIn = new StandIn(clock, seq[top]);
      standIn.setTime(Double.longBitsToDouble(timeBits[top]));
      clock.events().addWithSequence(standIn, seq[top]);
    }
  }

  private void removeAt(int p) {
    int slot = heap[p];
    pos[slot] = -1;
    int last = --size;
    if (p != last) {
      int moved = heap[last];
      heap[p] = moved;
      pos[moved] = p;
      up(p);
      down(pos[moved]);
    }
  }

  private boolean before(int a, int b) {
    return timeBits[a] != timeBits[b] ? timeBits[a] < timeBits[b] : seq[a] < seq[b];
  }

  private void up(int p) {
    int slot = heap[p];
    while (p > 0) {
      int parent = (p - 1) >>> 1;
      if (!before(slot, heap[parent])) {
        break;
      }
      heap[p] = heap[parent];
      pos[heap[p]] = p;
      p = parent;
    }
    heap[p] = slot;
    pos[slot] = p;
  }

  private void down(int p) {
    int slot = heap[p];
    int half = size >>> 1;
    while (p < half) {
      int child = 2 * p + 1;
      if (child + 1 < size && before(heap[child + 1], heap[child])) {
        child++;
      }
      if (!before(heap[child], slot)) {
        break;
      }
      heap[p] = heap[child];
      pos[heap[p]] = p;
      p = child;
    }
    heap[p] = slot;
    pos[slot] = p;
  }

  /** The event standing in for the earliest timer. */
  private final class StandIn extends Event {
    private final long seq;

    StandIn(SimClock clock, long seq) {
      super(clock.simulator());
      this.seq = seq;
    }

    @Override
    public void actions() {
      expire();
    }
  }
}
