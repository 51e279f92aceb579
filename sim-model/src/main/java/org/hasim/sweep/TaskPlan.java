package org.hasim.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed order of a sweep's tasks: point by point in grid order, and within a point the blocks of
 * {@code block} replications in order (the last block may be shorter). The order depends only on the number
 * of points, replications and the block size, so every machine of a sharded run computes the same plan.
 */
public record TaskPlan(int points, int replications, int block) {
  /** Default replications per task: small enough to spread over machines, large enough to keep threads busy. */
  public static final int DEFAULT_BLOCK = 25;

  public TaskPlan {
    if (points < 0 || replications < 1 || block < 1) {
      throw new IllegalArgumentException("bad plan: " + points + " points, " + replications
          + " replications, block " + block);
    }
  }

  public int blocksPerPoint() {
    return (replications + block - 1) / block;
  }

  public int size() {
    return points * blocksPerPoint();
  }

  /** Every task, in order. */
  public List<SweepTask> tasks() {
    List<SweepTask> out = new ArrayList<>(size());
    for (int p = 0; p < points; p++) {
      out.addAll(tasksOfPoint(p));
    }
    return out;
  }

  /** The tasks of design point {@code point}, in order. */
  public List<SweepTask> tasksOfPoint(int point) {
    int perPoint = blocksPerPoint();
    List<SweepTask> out = new ArrayList<>(perPoint);
    for (int b = 0; b < perPoint; b++) {
      int from = b * block;
      out.add(new SweepTask(point * perPoint + b, point, from, Math.min(from + block, replications)));
    }
    return out;
  }

  /** The tasks of {@code shard}, in order. */
  public List<SweepTask> tasks(Shard shard) {
    return tasks().stream().filter(shard::owns).toList();
  }
}
