package org.hasim.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Runs replications 0..R−1 of a task on its own fixed pool of daemon threads named {@code hasim-rep-N} (never
 * the common fork-join pool) and returns the results in replication order, whatever the number of threads.
 * Each replication must build its own object graph (simulator, random streams positioned at its substream),
 * so results depend on the replication index only.
 *
 * <p>The first exception a replication throws is rethrown as is (RuntimeException or Error; a checked one is
 * wrapped in a RuntimeException) and the remaining replications are cancelled. The pool is shut down when
 * {@link #run} returns or throws. No static state: runners may be used from several threads at once.
 */
public final class ReplicationRunner {
  private final int threads;

  /** A runner using {@code threads} threads (at least 1). */
  public ReplicationRunner(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    this.threads = threads;
  }

  /** A runner with one thread per available processor. */
  public static ReplicationRunner perProcessor() {
    return new ReplicationRunner(Runtime.getRuntime().availableProcessors());
  }

  public int threads() {
    return threads;
  }

  /** Runs {@code task} for replications 0..replications−1; see {@link #run(int, IntFunction, IntConsumer)}. */
  public <R> List<R> run(int replications, IntFunction<R> task) {
    return run(replications, task, done -> {});
  }

  /**
   * Runs {@code task} for replications 0..replications−1 and returns the results, index = replication.
   * {@code progress} is called on the calling thread with the number of replications completed so far, once
   * per completion (in completion order, so the count rises by one each time).
   */
  public <R> List<R> run(int replications, IntFunction<R> task, IntConsumer progress) {
    if (replications < 0) {
      throw new IllegalArgumentException("replications must be >= 0: " + replications);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, replications)),
        new NamedDaemonThreads());
    try {
      CompletionService<Indexed<R>> completion = new ExecutorCompletionService<>(pool);
      List<Future<Indexed<R>>> futures = new ArrayList<>(replications);
      for (int r = 0; r < replications; r++) {
        int replication = r;
        futures.add(completion.submit(() -> new Indexed<>(replication, task.apply(replication))));
      }
      Object[] results = new Object[replications];
      for (int done = 1; done <= replications; done++) {
        Indexed<R> next = take(completion, futures);
        results[next.replication] = next.result;
        progress.accept(done);
      }
      @SuppressWarnings("unchecked")
      List<R> ordered = (List<R>) Arrays.asList(results);
      return ordered;
    } finally {
      // after a failure this interrupts the replications still running; it does not wait for them (a
      // replication that ignores interrupts finishes on its daemon thread and is discarded)
      pool.shutdownNow();
    }
  }

  private static <R> Indexed<R> take(CompletionService<Indexed<R>> completion, List<Future<Indexed<R>>> futures) {
    try {
      return completion.take().get();
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(true));
      throw rethrow(e.getCause());
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      CancellationException c = new CancellationException("interrupted while waiting for replications");
      c.initCause(e);
      throw c;
    }
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException re) {
      throw re;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    throw new RuntimeException(cause);
  }

  private record Indexed<R>(int replication, R result) {}

  /** Names threads hasim-rep-1, hasim-rep-2, ... and makes them daemons, so they never keep the JVM alive. */
  private static final class NamedDaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "hasim-rep-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
