package org.hasim.bench;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hasim.engine.SimClock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * The classic hold model (DESIGN §9): {@code pending} events are kept in the list; each event, when it runs,
 * schedules one successor an exponential time later, so the list size stays constant. One operation = one
 * hold (remove the first event, run it, insert its successor). Three kernels, same increments:
 *
 * <ul>
 *   <li>{@code priorityQueue} — the baseline: a bare {@link PriorityQueue} loop over small event objects;
 *   <li>{@code simClock} — hasim's {@link SimClock} (SSJ Simulator instance + {@code HeapEventList});
 *   <li>{@code ssjSplayTree} — an SSJ {@link Simulator} with its default event list (a splay tree).
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class HoldModelBenchmark {
  static final int HOLDS = 10_000;
  private static final int RING = 1 << 16;

  @Param({"1000", "100000"})
  public int pending;

  /** Exponential(1) increments; every kernel reads the same sequence from its own position. */
  private final double[] increments = new double[RING];

  private final PqKernel pq = new PqKernel();
  private final ClockKernel clock = new ClockKernel();
  private final SsjKernel ssj = new SsjKernel();

  @Setup(Level.Trial)
  public void fill() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < RING; i++) {
      increments[i] = -Math.log(1.0 - random.nextDouble());
    }
    for (int i = 0; i < pending; i++) {
      pq.hold();
      clock.hold();
      ssj.hold();
    }
  }

  /** What every kernel shares: its own read position in the increment sequence. */
  private abstract class Kernel {
    private int next;

    final double increment() {
      return increments[next++ & (RING - 1)];
    }
  }

  @Benchmark
  @OperationsPerInvocation(HOLDS)
  public double priorityQueue() {
    return pq.run(HOLDS);
  }

  @Benchmark
  @OperationsPerInvocation(HOLDS)
  public double simClock() {
    return clock.run(HOLDS);
  }

  @Benchmark
  @OperationsPerInvocation(HOLDS)
  public double ssjSplayTree() {
    return ssj.run(HOLDS);
  }

  /** Baseline: what a hand-written event loop over {@link PriorityQueue} costs. */
  private final class PqKernel extends Kernel implements Runnable {
    private final PriorityQueue<PqEvent> queue = new PriorityQueue<>();
    private double now;
    private long sequence;

    void hold() {
      queue.add(new PqEvent(now + increment(), sequence++, this));
    }

    @Override
    public void run() {
      hold();
    }

    double run(int holds) {
      for (int i = 0; i < holds; i++) {
        PqEvent e = queue.poll();
        now = e.time;
        e.action.run();
      }
      return now;
    }
  }

  private static final class PqEvent implements Comparable<PqEvent> {
    final double time;
    final long sequence;
    final Runnable action;

    PqEvent(double time, long sequence, Runnable action) {
      this.time = time;
      this.sequence = sequence;
      this.action = action;
    }

    @Override
    public int compareTo(PqEvent o) {
      if (time != o.time) {
        return time < o.time ? -1 : 1;
      }
      return sequence < o.sequence ? -1 : sequence == o.sequence ? 0 : 1;
    }
  }

  /** hasim's kernel, used exactly as the model uses it: schedule a Runnable, get a cancellable handle. */
  private final class ClockKernel extends Kernel implements Runnable {
    private final SimClock sim = new SimClock();
    private int remaining;

    void hold() {
      sim.schedule(increment(), this);
    }

    @Override
    public void run() {
      hold();
      if (--remaining == 0) {
        sim.stop();
      }
    }

    double run(int holds) {
      remaining = holds;
      sim.run();
      return sim.now();
    }
  }

  /** SSJ as it comes: a Simulator instance with its default splay-tree event list. */
  private final class SsjKernel extends Kernel {
    private final Simulator sim = new Simulator();
    private int remaining;

    void hold() {
      new Event(sim) {
        @Override
        public void actions() {
          hold();
          if (--remaining == 0) {
            sim.stop();
          }
        }
      }.schedule(increment());
    }

    double run(int holds) {
      remaining = holds;
      sim.start();
      return sim.time();
    }
  }
}
