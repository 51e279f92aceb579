package org.hasim.scenario;

/** How fast a running VM dirties its memory (DESIGN §4.5). Rates in bytes per second. */
public sealed interface DirtyModel {

  /** Bytes dirtied (distinct pages, capped at {@code memory}) during a window of {@code t} seconds. */
  double dirtiedIn(double t, long memory);

  /** A constant rate D: min(D·t, memory). */
  record Constant(double rate) implements DirtyModel {
    @Override
    public double dirtiedIn(double t, long memory) {
      return Math.min(rate * t, memory);
    }
  }

  /** A hot set H rewritten within {@code hotPeriod}, plus a cold rate C: min(H, H·t/period) + C·t. */
  record WorkingSet(double hotBytes, double hotPeriod, double coldRate) implements DirtyModel {
    @Override
    public double dirtiedIn(double t, long memory) {
      double hot = hotPeriod <= 0 ? hotBytes : Math.min(hotBytes, hotBytes * t / hotPeriod);
      return Math.min(hot + coldRate * t, memory);
    }
  }
}
