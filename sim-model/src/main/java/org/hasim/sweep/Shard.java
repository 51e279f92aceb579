package org.hasim.sweep;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hasim.scenario.InputException;

/** Shard {@code index} of {@code count} (0-based, as Slurm's array task ids): the tasks whose number ≡ index (mod count). */
public record Shard(int index, int count) {
  /** The whole sweep on one machine. */
  public static final Shard ALL = new Shard(0, 1);
  private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

  public Shard {
    if (count < 1 || index < 0 || index >= count) {
      throw new IllegalArgumentException("bad shard " + index + "/" + count);
    }
  }

  /** Reads {@code k/n} with 0 ≤ k < n. */
  public static Shard parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new InputException("command line", 0, 0, "--shard", "cannot read the shard '" + text + "'",
          "write k/n with 0 <= k < n, e.g. --shard 0/3 (Slurm: --shard $SLURM_ARRAY_TASK_ID/3)");
    }
    int k = Integer.parseInt(m.group(1));
    int n = Integer.parseInt(m.group(2));
    if (n < 1 || k >= n) {
      throw new InputException("command line", 0, 0, "--shard", "shard " + k + "/" + n + " does not exist",
          "shards are numbered 0 to n-1, e.g. 0/3, 1/3, 2/3");
    }
    return new Shard(k, n);
  }

  public boolean owns(SweepTask task) {
    return task.index() % count == index;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
