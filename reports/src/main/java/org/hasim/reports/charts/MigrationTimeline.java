package org.hasim.reports.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hasim.migration.MigrationRecord;

/**
 * The phases of one live migration on a time axis starting at 0 (the migration's start): its push rounds one
 * after another, the stop-and-copy pause (the VM is down), and the pull phase of post-copy/hybrid (the VM runs
 * on the target while missing pages are fetched).
 *
 * @param title chart title
 * @param phases the phases in time order
 */
public record MigrationTimeline(String title, List<Phase> phases) {

  public MigrationTimeline {
    phases = List.copyOf(phases);
  }

  /** Kinds of phase, one legend entry each. */
  public enum Kind {
    PUSH("push round (VM running)"),
    STOP_AND_COPY("stop-and-copy (VM paused)"),
    PULL("pull (VM running on target)");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * A phase on lane {@code lane} (its row in the chart) from {@code start} to {@code end} seconds after the
   * migration began; {@code bytes} sent in it (0 if unknown).
   */
  public record Phase(String lane, Kind kind, double start, double end, long bytes) {
    public double duration() {
      return end - start;
    }
  }

  /**
   * The timeline of a recorded migration: the rounds back to back from 0, then the pause ({@code downtime}),
   * then the pull ({@code degradedTime}); phases of zero length are left out.
   */
  public static MigrationTimeline of(MigrationRecord m) {
    List<Phase> phases = new ArrayList<>();
    double t = 0;
    for (MigrationRecord.Round r : m.rounds()) {
      phases.add(new Phase("round " + r.index(), Kind.PUSH, t, t + r.duration(), r.bytes()));
      t += r.duration();
    }
    if (m.downtime() > 0) {
      phases.add(new Phase("stop-and-copy", Kind.STOP_AND_COPY, t, t + m.downtime(), 0));
      t += m.downtime();
    }
    if (m.degradedTime() > 0) {
      phases.add(new Phase("pull", Kind.PULL, t, t + m.degradedTime(), m.pulledBytes()));
    }
    String title = "Live migration of " + m.vm() + " from " + m.source() + " to " + m.target() + " ("
        + m.algorithm().name().toLowerCase(Locale.ROOT).replace('_', '-') + ", "
        + m.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    return new MigrationTimeline(title, phases);
  }

  /** The distinct lanes in order of first appearance. */
  public List<String> lanes() {
    List<String> lanes = new ArrayList<>();
    for (Phase p : phases) {
      if (!lanes.contains(p.lane())) {
        lanes.add(p.lane());
      }
    }
    return lanes;
  }

  /** When the last phase ends. */
  public double end() {
    return phases.stream().mapToDouble(Phase::end).max().orElse(0);
  }
}
