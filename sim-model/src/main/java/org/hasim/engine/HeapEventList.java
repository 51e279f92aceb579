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
 *
 * <p>Layout, for speed at 10^5 pending events (see docs/performance.md): each entry's time and sequence
 * number sit side by side in one {@code long[]} (the time as its IEEE bits, which order like the value for
 * non-negative times), so a sift step compares two children by reading one or two cache lines and never
 * dereferences an event; the priority is read from the event only when two times are equal. An event's time
 * and priority cannot change while it is scheduled (SSJ refuses), so the copies stay valid.
 */
public final class HeapEventList implements EventList {
  private static final int NOT_QUEUED = -1;
  private static final int INITIAL_CAPACITY = 64;

  private Event[] events = new Event[INITIAL_CAPACITY];
  /** keys[2i] = bits of entry i's time, keys[2i+1] = its sequence number (negative: added first). */
  private long[] keys = new long[2 * INITIAL_CAPACITY];
  private int size;
  private long nextSequence;
  private long nextFirstSequence = -1;

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  /** Number of pending events. */
  public int size() {
    return size;
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
    insert(ev, nextSequence++);
  }

  /**
   * Takes the sequence number {@link #add} would give an event added now, for an event added later with
   * {@link #addWithSequence} (a {@link TimerSet} keeps its timers outside this list and stands in for the
   * earliest one).
   */
  long reserveSequence() {
    return nextSequence++;
  }

  /** Adds {@code ev} with a sequence number reserved earlier: it sorts as if added back then. */
  void addWithSequence(Event ev, long seq) {
    insert(ev, seq);
  }

  /**
   * Puts the event before every other pending event, whatever its priority (SSJ semantics of {@code
   * scheduleNext}: the most recent {@code addFirst} runs first). Its time is the current time, which no
   * pending event precedes.
   */
  @Override
  public void addFirst(Event ev) {
    insert(ev, nextFirstSequence--);
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

  private void insert(Event ev, long seq) {
    double time = ev.time();
    if (!(time >= 0) || time == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("event time must be finite and non-negative: " + time);
    }
    if (size == events.length) {
      grow();
    }
    // + 0.0 turns -0.0 into 0.0, whose bits order correctly
    siftUp(size++, ev, Double.doubleToRawLongBits(time + 0.0), seq);
  }

  private void removeAt(int pos) {
    events[pos].setRa(NOT_QUEUED);
    int last = --size;
    Event moved = events[last];
    long time = keys[2 * last];
    long seq = keys[2 * last + 1];
    events[last] = null;
    if (pos == last) {
      return;
    }
    // the last entry fills the hole: it may belong above it (only after a cancel) or below it
    if (pos > 0 && precedes(moved, time, seq, (pos - 1) >>> 1)) {
      siftUp(pos, moved, time, seq);
    } else {
      siftDown(pos, moved, time, seq);
    }
  }

  /** Moves the hole at {@code pos} up until the given entry fits, then stores it there. */
  private void siftUp(int pos, Event ev, long time, long seq) {
    while (pos > 0) {
      int parent = (pos - 1) >>> 1;
      if (!precedes(ev, time, seq, parent)) {
        break;
      }
      move(parent, pos);
      pos = parent;
    }
    store(pos, ev, time, seq);
  }

  /** Moves the hole at {@code pos} down until the given entry fits, then stores it there. */
  private void siftDown(int pos, Event ev, long time, long seq) {
    int half = size >>> 1;
    while (pos < half) {
      int child = 2 * pos + 1;
      int right = child + 1;
      if (right < size && before(right, child)) {
        child = right;
      }
      if (!before(child, ev, time, seq)) {
        break;
      }
      move(child, pos);
      pos = child;
    }
    store(pos, ev, time, seq);
  }

  private void move(int from, int to) {
    Event ev = events[from];
    events[to] = ev;
    keys[2 * to] = keys[2 * from];
    keys[2 * to + 1] = keys[2 * from + 1];
    ev.setRa(to);
  }

  private void store(int pos, Event ev, long time, long seq) {
    events[pos] = ev;
    keys[2 * pos] = time;
    keys[2 * pos + 1] = seq;
    ev.setRa(pos);
  }

  /** Whether the entry at {@code a} comes before the entry at {@code b}. */
  private boolean before(int a, int b) {
    long ta = keys[2 * a];
    long tb = keys[2 * b];
    if (ta != tb) {
      return ta < tb;
    }
    return tieBefore(events[a], keys[2 * a + 1], events[b], keys[2 * b + 1]);
  }

  /** Whether the entry at {@code a} comes before the entry (ev, time, seq) not stored in the arrays. */
  private boolean before(int a, Event ev, long time, long seq) {
    long ta = keys[2 * a];
    if (ta != time) {
      return ta < time;
    }
    return tieBefore(events[a], keys[2 * a + 1], ev, seq);
  }

  /** Whether the entry (ev, time, seq) not stored in the arrays comes before the entry at {@code b}. */
  private boolean precedes(Event ev, long time, long seq, int b) {
    long tb = keys[2 * b];
    if (time != tb) {
      return time < tb;
    }
    return tieBefore(ev, seq, events[b], keys[2 * b + 1]);
  }

  /** Order at equal times: entries added first, then lower priority value, then FIFO. */
  private static boolean tieBefore(Event a, long seqA, Event b, long seqB) {
    double pa = seqA < 0 ? Double.NEGATIVE_INFINITY : a.priority();
    double pb = seqB < 0 ? Double.NEGATIVE_INFINITY : b.priority();
    if (pa != pb) {
      return pa < pb;
    }
    return seqA < seqB;
  }

  private void grow() {
    int n = events.length * 2;
    events = Arrays.copyOf(events, n);
    keys = Arrays.copyOf(keys, 2 * n);
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
