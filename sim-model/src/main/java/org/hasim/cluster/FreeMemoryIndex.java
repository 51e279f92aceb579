package org.hasim.cluster;

/**
 * For each heartbeat side, the UP node with the most free memory, ties to the lowest index: what the
 * least-loaded placement picks, in O(log n) per change and per query instead of a scan of every node.
 *
 * <p>One max-segment-tree over node indices per side (created when a side first holds a node). A node is a
 * leaf of its side's tree only, with its free memory while it is UP and {@link #ABSENT} otherwise; an
 * inner entry keeps the larger child, the left one on a tie, so the root is the first node of maximum free
 * memory in index order — exactly what a scan in scenario order keeping the first strictly better node
 * returns.
 */
final class FreeMemoryIndex {
  private static final long ABSENT = Long.MIN_VALUE;

  private final int leaves;
  private final int[] sideOf;
  private final long[] leafValue;
  private long[][] best;
  private int[][] arg;

  FreeMemoryIndex(int nodes) {
    int size = 1;
    while (size < Math.max(1, nodes)) {
      size <<= 1;
    }
    this.leaves = size;
    this.sideOf = new int[nodes];
    this.leafValue = new long[nodes];
    java.util.Arrays.fill(leafValue, ABSENT);
    this.best = new long[1][];
    this.arg = new int[1][];
  }

  /** Sets node {@code i}'s value: its free memory if UP, else absent. */
  void update(int i, boolean up, long freeMemory) {
    long value = up ? freeMemory : ABSENT;
    if (leafValue[i] == value && tree(sideOf[i]) != null) {
      return;
    }
    leafValue[i] = value;
    set(sideOf[i], i, value);
  }

  int sideOf(int i) {
    return sideOf[i];
  }

  /** Moves node {@code i} to side {@code side}. */
  void moveToSide(int i, int side) {
    int old = sideOf[i];
    if (old == side) {
      return;
    }
    set(old, i, ABSENT);
    sideOf[i] = side;
    set(side, i, leafValue[i]);
  }

  /**
   * The node of {@code side} other than {@code avoid} (-1 for none) with the most free memory, or -1 when
   * the side has no UP node.
   */
  int best(int side, int avoid) {
    if (side >= best.length || best[side] == null) {
      return -1;
    }
    long[] b = best[side];
    int[] a = arg[side];
    if (b[1] == ABSENT) {
      return -1;
    }
    if (a[1] != avoid) {
      return a[1];
    }
    set(side, avoid, ABSENT);
    int second = b[1] == ABSENT ? -1 : a[1];
    set(side, avoid, leafValue[avoid]);
    return second;
  }

  private long[] tree(int side) {
    return side < best.length ? best[side] : null;
  }

  private void set(int side, int i, long value) {
    ensure(side);
    long[] b = best[side];
    int[] a = arg[side];
    int pos = leaves + i;
    b[pos] = value;
    a[pos] = i;
    for (pos >>= 1; pos >= 1; pos >>= 1) {
      int l = pos << 1;
      int r = l + 1;
      if (b[r] > b[l]) {
        b[pos] = b[r];
        a[pos] = a[r];
      } else {
        b[pos] = b[l];
        a[pos] = a[l];
      }
    }
  }

  private void ensure(int side) {
    if (side >= best.length) {
      best = java.util.Arrays.copyOf(best, side + 1);
      arg = java.util.Arrays.copyOf(arg, side + 1);
    }
    if (best[side] == null) {
      long[] b = new long[2 * leaves];
      java.util.Arrays.fill(b, ABSENT);
      int[] a = new int[2 * leaves];
      for (int pos = 2 * leaves - 1; pos >= 1; pos--) {
        a[pos] = pos >= leaves ? pos - leaves : a[pos << 1];
      }
      best[side] = b;
      arg[side] = a;
    }
  }
}
