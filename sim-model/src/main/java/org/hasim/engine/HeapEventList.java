package org.hasim.engine;

import java.util.ArrayList;
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

  private Event[] events = new Event[64];
  private long[] sequence = new long[64];
  private int size;
  private long nextSequence;

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
    if (size == events.length) {
      grow();
    }
    int pos = size++;
    events[pos] = ev;
    sequence[pos] = nextSequence++;
    ev.setRa(pos);
    siftUp(pos);
  }

  /** Puts the event before every other event of the same time (SSJ semantics of {@code scheduleNext}). */
  @Override
  public void addFirst(Event ev) {
    if (size == events.length) {
      grow();
    }
    int pos = size++;
    events[pos] = ev;
    sequence[pos] = Long.MIN_VALUE + nextSequence++;
    ev.setRa(pos);
    siftUp(pos);
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
    Event best = null;
    long bestSeq = 0;
    for (int i = 0; i < size; i++) {
      if (events[i].getClass().getName().equals(cl)
          && (best == null || before(events[i], sequence[i], best, bestSeq))) {
        best = events[i];
        bestSeq = sequence[i];
      }
    }
    return best;
  }

  @Override
  public <E extends Event> E getFirstOfClass(Class<E> cl) {
    Event best = null;
    long bestSeq = 0;
    for (int i = 0; i < size; i++) {
      if (events[i].getClass() == cl && (best == null || before(events[i], sequence[i], best, bestSeq))) {
        best = events[i];
        bestSeq = sequence[i];
      }
    }
    return cl.cast(best);
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
    Event removed = events[pos];
    removed.setRa(NOT_QUEUED);
    int last = --size;
    if (pos != last) {
      events[pos] = events[last];
      sequence[pos] = sequence[last];
      events[pos].setRa(pos);
      events[last] = null;
      if (!siftUp(pos)) {
        siftDown(pos);
      }
    } else {
      events[last] = null;
    }
  }

  private boolean siftUp(int pos) {
    Event ev = events[pos];
    long seq = sequence[pos];
    int start = pos;
    while (pos > 0) {
      int parent = (pos - 1) >>> 1;
      if (!before(ev, seq, events[parent], sequence[parent])) {
        break;
      }
      place(pos, events[parent], sequence[parent]);
      pos = parent;
    }
    place(pos, ev, seq);
    return pos != start;
  }

  private void siftDown(int pos) {
    Event ev = events[pos];
    long seq = sequence[pos];
    int half = size >>> 1;
    while (pos < half) {
      int child = 2 * pos + 1;
      int right = child + 1;
      if (right < size && before(events[right], sequence[right], events[child], sequence[child])) {
        child = right;
      }
      if (!before(events[child], sequence[child], ev, seq)) {
        break;
      }
      place(pos, events[child], sequence[child]);
      pos = child;
    }
    place(pos, ev, seq);
  }

  private void place(int pos, Event ev, long seq) {
    events[pos] = ev;
    sequence[pos] = seq;
    ev.setRa(pos);
  }

  private static boolean before(Event a, long seqA, Event b, long seqB) {
    double ta = a.time();
    double tb = b.time();
    if (ta != tb) {
      return ta < tb;
    }
    double pa = a.priority();
    double pb = b.priority();
    if (pa != pb) {
      return pa < pb;
    }
    return seqA < seqB;
  }

  private void grow() {
    int n = events.length * 2;
    events = java.util.Arrays.copyOf(events, n);
    sequence = java.util.Arrays.copyOf(sequence, n);
  }

  private List<Event> sortedSnapshot() {
    Integer[] idx = new Integer[size];
    for (int i = 0; i < size; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, (x, y) -> before(events[x], sequence[x], events[y], sequence[y]) ? -1
        : before(events[y], sequence[y], events[x], sequence[x]) ? 1 : 0);
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
