package org.hasim.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * Binary min-heap of events ordered by (time, priority, insertion sequence), so events scheduled for the
 * same instant run in the order they were scheduled (FIFO), as SSJ's own lists do.
 *
 * <p>SSJ's default splay tree is several times slower than a heap once 10^5 events are pending; this list
 * keeps every operation O(log n). The heap position of each event is kept in the event's {@code ra} slot
 * (SSJ's spare per-event integer), which makes {@link #remove(Event)} (used by {@code Event.cancel()})
 * O(log n) instead of a linear search.
 */
public final class HeapEventList implements EventList {
  private static final int NOT_QUEUED = -1;
  private static final int INITIAL_CAPACITY = 64;

  // Parallel arrays: the sift loops compare primitives held in the heap itself instead of dereferencing
  // each event, which keeps the hot loop in a few cache lines at 10^5 pending events. An event's time and
  // priority cannot change while it is scheduled (SSJ refuses), so the copies stay valid.
  private Event[] events = new Event[INITIAL_CAPACITY];
  private double[] times = new double[INITIAL_CAPACITY];
  private double[] priorities = new double[INITIAL_CAPACITY];
  private long[] sequence = new long[INITIAL_CAPACITY];
  private int size;
  private long nextSequence;
  private long nextFirstSequence = -1;

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public void clear() {
    for (int i = 0; i < size; i++) {
      events[i].setRa(NOT_QUEUED);
      events[i] = null;
    }
    size = 0;
  }

  @Override
  public void add(Event ev) {
    insert(ev, ev.time(), ev.priority(), nextSequence++);
  }

  /**
   * Puts the event before every other pending event (SSJ semantics of {@code scheduleNext}: the most recent
   * {@code addFirst} runs first). Its time is the current time, which no pending event precedes.
   */
  @Override
  public void addFirst(Event ev) {
    insert(ev, ev.time(), Double.NEGATIVE_INFINITY, nextFirstSequence--);
  }

  private void insert(Event ev, double time, double priority, long seq) {
    if (size == events.length) {
      grow();
    }
    siftUp(size++, ev, time, priority, seq);
  }

  @Override
  public void addBefore(Event ev, Event other) {
    throw new UnsupportedOperationException("hasim schedules by time only; addBefore is not supported");
  }

  @Override
  public void addAfter(Event ev, Event other) {
    throw new UnsupportedOperationException("hasim schedules by time only; addAfter is not supported");
  }

  @Override
  public Event getFirst() {
    return size == 0 ? null : events[0];
  }

  @Override
  public Event getFirstOfClass(String cl) {
    int best = -1;
    for (int i = 0; i < size; i++) {
      if (events[i].getClass().getName().equals(cl) && (best < 0 || before(i, best))) {
        best = i;
      }
    }
    return best < 0 ? null : events[best];
  }

  @Override
  public <E extends Event> E getFirstOfClass(Class<E> cl) {
    int best = -1;
    for (int i = 0; i < size; i++) {
      if (events[i].getClass() == cl && (best < 0 || before(i, best))) {
        best = i;
      }
    }
    return best < 0 ? null : cl.cast(events[best]);
  }

  @Override
  public ListIterator<Event> listIterator() {
    return sortedSnapshot().listIterator();
  }

  @Override
  public Iterator<Event> iterator() {
    return sortedSnapshot().iterator();
  }

  @Override
  public boolean remove(Event ev) {
    int pos = ev.getRa();
    if (pos < 0 || pos >= size || events[pos] != ev) {
      return false;
    }
    removeAt(pos);
    return true;
  }

  @Override
  public Event removeFirst() {
    if (size == 0) {
      return null;
    }
    Event first = events[0];
    removeAt(0);
    return first;
  }

  /** Number of pending events. */
  public int size() {
    return size;
  }

  private void removeAt(int pos) {
    events[pos].setRa(NOT_QUEUED);
    int last = --size;
    Event moved = events[last];
    double time = times[last];
    double priority = priorities[last];
    long seq = sequence[last];
    events[last] = null;
    if (pos == last) {
      return;
    }
    // the last element fills the hole: it may belong above it (only after a cancel) or below it
    if (pos > 0 && before(time, priority, seq, (pos - 1) >>> 1)) {
      siftUp(pos, moved, time, priority, seq);
    } else {
      siftDown(pos, moved, time, priority, seq);
    }
  }

  /** Moves the hole at {@code pos} up until the given entry fits, then stores it there. */
  private void siftUp(int pos, Event ev, double time, double priority, long seq) {
    while (pos > 0) {
      int parent = (pos - 1) >>> 1;
      if (!before(time, priority, seq, parent)) {
        break;
      }
      move(parent, pos);
      pos = parent;
    }
    store(pos, ev, time, priority, seq);
  }

  /** Moves the hole at {@code pos} down until the given entry fits, then stores it there. */
  private void siftDown(int pos, Event ev, double time, double priority, long seq) {
    int half = size >>> 1;
    while (pos < half) {
      int child = 2 * pos + 1;
      int right = child + 1;
      if (right < size && before(right, child)) {
        child = right;
      }
      if (!precedes(times[child], priorities[child], sequence[child], time, priority, seq)) {
        break;
      }
      move(child, pos);
      pos = child;
    }
    store(pos, ev, time, priority, seq);
  }

  private void move(int from, int to) {
    Event ev = events[from];
    events[to] = ev;
    times[to] = times[from];
    priorities[to] = priorities[from];
    sequence[to] = sequence[from];
    ev.setRa(to);
  }

  private void store(int pos, Event ev, double time, double priority, long seq) {
    events[pos] = ev;
    times[pos] = time;
    priorities[pos] = priority;
    sequence[pos] = seq;
    ev.setRa(pos);
  }

  /** Whether the entry (time, priority, seq) comes before the entry stored at {@code other}. */
  private boolean before(double time, double priority, long seq, int other) {
    return precedes(time, priority, seq, times[other], priorities[other], sequence[other]);
  }

  /** Whether the entry at {@code a} comes before the entry at {@code b}. */
  private boolean before(int a, int b) {
    return before(times[a], priorities[a], sequence[a], b);
  }

  /** The event order: time, then priority, then sequence (FIFO). */
  private static boolean precedes(double ta, double pa, long sa, double tb, double pb, long sb) {
    if (ta != tb) {
      return ta < tb;
    }
    if (pa != pb) {
      return pa < pb;
    }
    return sa < sb;
  }

  private void grow() {
    int n = events.length * 2;
    events = Arrays.copyOf(events, n);
    times = Arrays.copyOf(times, n);
    priorities = Arrays.copyOf(priorities, n);
    sequence = Arrays.copyOf(sequence, n);
  }

  private List<Event> sortedSnapshot() {
    Integer[] idx = new Integer[size];
    for (int i = 0; i < size; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (x, y) -> before(x, y) ? -1 : before(y, x) ? 1 : 0);
    List<Event> out = new ArrayList<>(size);
    for (Integer i : idx) {
      out.add(events[i]);
    }
    return out;
  }

  @Override
  public String toString() {
    return "HeapEventList[" + size + " pending]";
  }
}
