package org.hasim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * {@link HeapEventList} against a separately written reference: a plain list kept sorted by (time, priority,
 * insertion order) with a stable insertion sort.
 */
class HeapEventListPropertyTest {

  /** An event that only carries a label; the list never runs it. */
  private static final class Labelled extends Event {
    final int label;

    Labelled(Simulator sim, int label, double time, double priority) {
      super(sim);
      this.label = label;
      setPriority(priority); // SSJ refuses priority changes once the time is set
      setTime(time);
    }

    @Override
    public void actions() {}
  }

  /** Reference: sorted list; equal keys keep insertion order because a new element goes after its equals. */
  private static final class Reference {
    private final List<Labelled> sorted = new ArrayList<>();

    void add(Labelled e) {
      int i = sorted.size();
      while (i > 0 && key().compare(sorted.get(i - 1), e) > 0) {
        i--;
      }
      sorted.add(i, e);
    }

    Labelled removeFirst() {
      return sorted.isEmpty() ? null : sorted.remove(0);
    }

    boolean remove(Labelled e) {
      return sorted.remove(e);
    }

    private static Comparator<Labelled> key() {
      return Comparator.<Labelled>comparingDouble(Event::time).thenComparingDouble(Event::priority);
    }
  }

  /** op 0..5 = add (times from a small set, so ties are frequent), 6..7 = removeFirst, 8..9 = cancel. */
  @Provide
  Arbitrary<List<Tuple.Tuple3<Integer, Integer, Integer>>> operations() {
    return Arbitraries.integers().between(0, 9)
        .flatMap(op -> Arbitraries.integers().between(0, 6)
            .flatMap(t -> Arbitraries.integers().between(0, 1000).map(x -> Tuple.of(op, t, x))))
        .list().ofMaxSize(300);
  }

  @Property(tries = 300)
  void behavesLikeASortedListWithFifoTies(
      @ForAll("operations") List<Tuple.Tuple3<Integer, Integer, Integer>> ops) {
    Simulator sim = new Simulator(new HeapEventList());
    HeapEventList heap = new HeapEventList();
    Reference ref = new Reference();
    List<Labelled> everAdded = new ArrayList<>();
    int label = 0;
    for (var op : ops) {
      int kind = op.get1();
      if (kind <= 5) {
        double priority = op.get3() % 5 == 0 ? 0.5 : 1.0; // mostly SSJ's default priority 1
        Labelled e = new Labelled(sim, label++, op.get2() * 0.25, priority);
        heap.add(e);
        ref.add(e);
        everAdded.add(e);
      } else if (kind <= 7) {
        assertThat(heap.removeFirst()).isSameAs(ref.removeFirst());
      } else if (!everAdded.isEmpty()) {
        // cancel any event ever added: pending ones are removed, already removed ones are refused
        Labelled victim = everAdded.get(op.get3() % everAdded.size());
        assertThat(heap.remove(victim)).isEqualTo(ref.remove(victim));
      }
      assertThat(heap.size()).isEqualTo(ref.sorted.size());
      assertThat(heap.getFirst()).isSameAs(ref.sorted.isEmpty() ? null : ref.sorted.get(0));
    }
    List<Event> iterated = new ArrayList<>();
    heap.iterator().forEachRemaining(iterated::add);
    assertThat(iterated).containsExactlyElementsOf(ref.sorted);
    List<Integer> drained = new ArrayList<>();
    for (Event e = heap.removeFirst(); e != null; e = heap.removeFirst()) {
      drained.add(((Labelled) e).label);
    }
    assertThat(drained).containsExactlyElementsOf(ref.sorted.stream().map(e -> e.label).toList());
    assertThat(heap.isEmpty()).isTrue();
  }

  @Property(tries = 50)
  void equalTimesComeOutInInsertionOrder(@ForAll("sizes") int n) {
    Simulator sim = new Simulator(new HeapEventList());
    HeapEventList heap = new HeapEventList();
    for (int i = 0; i < n; i++) {
      heap.add(new Labelled(sim, i, 7.0, 1.0));
    }
    for (int i = 0; i < n; i++) {
      assertThat(((Labelled) heap.removeFirst()).label).isEqualTo(i);
    }
  }

  @Example
  void scheduleNextRunsBeforeEverythingElsePendingMostRecentFirst() {
    HeapEventList heap = new HeapEventList();
    Simulator sim = new Simulator(heap);
    List<String> log = new ArrayList<>();
    Event a = logging(sim, log, "a");
    Event b = logging(sim, log, "b");
    Event c = logging(sim, log, "c");
    Event urgent = logging(sim, log, "urgent");
    a.setPriority(0.0); // even a lower priority at the same instant does not overtake scheduleNext
    a.schedule(0.0);
    b.schedule(1.0);
    c.scheduleNext();
    urgent.scheduleNext();
    sim.start();
    assertThat(log).containsExactly("urgent", "c", "a", "b");
  }

  private static Event logging(Simulator sim, List<String> log, String name) {
    return new Event(sim) {
      @Override
      public void actions() {
        log.add(name);
      }
    };
  }

  @Provide
  Arbitrary<Integer> sizes() {
    return Arbitraries.integers().between(1, 2000);
  }
}
