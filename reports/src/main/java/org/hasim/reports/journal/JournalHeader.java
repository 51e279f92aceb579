package org.hasim.reports.journal;

import java.util.List;
import java.util.Optional;
import org.hasim.stats.RunInfo;
import org.hasim.sweep.DesignPoint;
import org.hasim.sweep.Shard;
import org.hasim.sweep.TaskPlan;

/**
 * The first line of a journal: what sweep it belongs to and which shard wrote it. {@code fingerprint}
 * identifies the sweep (scenario file content, overrides, variant, grid, replications, block size, goal): a
 * journal is only resumed or merged with journals of the same fingerprint. {@code points} is the full grid
 * (for an open-ended goal search, the candidates known in advance, possibly none).
 */
public record JournalHeader(
    String fingerprint,
    RunInfo info,
    int replications,
    int block,
    Optional<String> variant,
    List<String> parameters,
    List<DesignPoint> points,
    Optional<String> goal,
    Optional<String> minimize,
    Shard shard) {

  public JournalHeader {
    parameters = List.copyOf(parameters);
    points = List.copyOf(points);
  }

  /** The task plan of the grid. */
  public TaskPlan plan() {
    return new TaskPlan(points.size(), replications, block);
  }

  /** The same sweep written by another shard (everything but the shard must agree). */
  public boolean sameSweep(JournalHeader other) {
    return fingerprint.equals(other.fingerprint) && shard.count() == other.shard.count();
  }

  /** The file name of a shard's journal: {@code shard-K-of-N.jsonl}. */
  public static String fileName(Shard shard) {
    return "shard-" + shard.index() + "-of-" + shard.count() + ".jsonl";
  }
}
