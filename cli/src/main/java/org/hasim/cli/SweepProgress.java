package org.hasim.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a sweep on stderr: replications done out of those scheduled, points (or values tried) done,
 * and the time left. Shown only when a console is attached and the environment variable {@code CI} is unset;
 * otherwise (piped, redirected, CI) silent, so logs stay clean.
 */
interface SweepProgress extends AutoCloseable {

  /** Adds {@code replications} to the work scheduled. */
  void schedule(long replications);

  /** One replication finished. */
  void replicationDone();

  /** {@code done} of {@code total} points finished ({@code total} < 0 when not known in advance). */
  void points(int done, int total);

  @Override
  void close();

  /** A bar on {@code err} when interactive, else a silent one. */
  static SweepProgress forConsole(PrintStream err) {
    boolean interactive = System.console() != null && System.getenv("CI") == null;
    return interactive ? new Bar(err) : new Silent();
  }

  /** Reports nothing. */
  final class Silent implements SweepProgress {
    @Override
    public void schedule(long replications) {}

    @Override
    public void replicationDone() {}

    @Override
    public void points(int done, int total) {}

    @Override
    public void close() {}
  }

  /** me.tongfei's progress bar: percentage, count, elapsed time and ETA. */
  final class Bar implements SweepProgress {
    private final ProgressBar bar;
    private long max;

    Bar(PrintStream err) {
      bar = new ProgressBarBuilder()
          .setTaskName("sweep")
          .setInitialMax(0)
          .setStyle(ProgressBarStyle.ASCII)
          .setUnit(" rep", 1)
          .setUpdateIntervalMillis(250)
          .setConsumer(new ConsoleProgressBarConsumer(err))
          .build();
    }

    @Override
    public void schedule(long replications) {
      max += replications;
      bar.maxHint(max);
    }

    @Override
    public void replicationDone() {
      bar.step();
    }

    @Override
    public void points(int done, int total) {
      bar.setExtraMessage(" points " + done + (total >= 0 ? "/" + total : ""));
    }

    @Override
    public void close() {
      bar.close();
    }
  }
}
