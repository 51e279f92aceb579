package org.hasim.reports.journal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hasim.scenario.InputException;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.ReplicationResult;
import org.hasim.sweep.DesignPoint;
import org.hasim.sweep.Shard;
import org.hasim.sweep.SweepResult;
import org.hasim.sweep.SweepTask;
import org.hasim.sweep.TaskPlan;

/**
 * Puts the journals of a grid sweep together: checks that they belong to the same sweep, that every shard
 * 0..n−1 is there once, and that every task of the plan is present exactly once in the shard that owns it;
 * then aggregates each point's replications in replication order. The result depends only on the
 * replications, so it is the same whichever shards, machines or resumptions produced them.
 */
public final class SweepMerge {
  private SweepMerge() {}

  /**
   * The sweep result of {@code journals}.
   *
   * @throws IncompleteSweepException when a shard or a task is missing
   * @throws InputException when the journals belong to different sweeps, a shard or task appears twice, or a
   *     record does not fit the plan
   */
  public static SweepResult assemble(List<SweepJournal.Contents> journals) {
    if (journals.isEmpty()) {
      throw new InputException("command line", "no journals to merge");
    }
    JournalHeader first = journals.get(0).header();
    if (first.goal().isPresent()) {
      throw new InputException(journals.get(0).file().toString(), 0, 0, null,
          "this is the journal of a goal search, which is not sharded", "run the search again with --resume");
    }
    Map<Integer, SweepJournal.Contents> byShard = new TreeMap<>();
    for (SweepJournal.Contents c : journals) {
      if (!c.header().sameSweep(first)) {
        throw new InputException(c.file().toString(), 0, 0, null, "belongs to another sweep than "
            + journals.get(0).file() + " (different scenario, parameters, replications, block or shard count)",
            "merge the shard files of one sweep only");
      }
      SweepJournal.Contents twice = byShard.put(c.header().shard().index(), c);
      if (twice != null) {
        throw new InputException(c.file().toString(), 0, 0, null, "shard " + c.header().shard()
            + " is given twice (also " + twice.file() + ")", "give each shard's file once");
      }
    }
    TaskPlan plan = first.plan();
    int shards = first.shard().count();
    List<String> missingShards = new ArrayList<>();
    List<String> options = new ArrayList<>();
    for (int k = 0; k < shards; k++) {
      if (!byShard.containsKey(k)) {
        Shard s = new Shard(k, shards);
        missingShards.add("shard " + s + " (" + plan.tasks(s).size() + " tasks, file "
            + JournalHeader.fileName(s) + ")");
        options.add("--shard " + s);
      }
    }
    if (!missingShards.isEmpty()) {
      throw new IncompleteSweepException("missing " + String.join(", ", missingShards) + ". Run hasim sweep "
          + "with " + String.join(" / ", options) + " (add --resume if its folder has a partial journal) and "
          + "merge again.");
    }
    JournalRecord[] byTask = placeRecords(byShard.values(), plan, first);
    checkComplete(byTask, plan, shards);
    List<SweepResult.Point> points = new ArrayList<>();
    for (int p = 0; p < first.points().size(); p++) {
      List<ReplicationResult> reps = new ArrayList<>();
      for (SweepTask t : plan.tasksOfPoint(p)) {
        reps.addAll(byTask[t.index()].replications());
      }
      points.add(new SweepResult.Point(first.points().get(p), ExperimentResult.aggregate(first.info(), reps)));
    }
    return new SweepResult(first.info(), first.replications(), first.variant(), first.parameters(), points,
        Optional.empty());
  }

  /**
   * The aggregated result of {@code point} from {@code records} (any order), or empty while some of its
   * replications 0..R−1 are missing.
   */
  public static Optional<ExperimentResult> point(DesignPoint point, List<JournalRecord> records,
      JournalHeader header) {
    TreeMap<Integer, ReplicationResult> reps = new TreeMap<>();
    for (JournalRecord r : records) {
      if (r.point().equals(point)) {
        r.replications().forEach(rep -> reps.put(rep.replication(), rep));
      }
    }
    if (reps.size() != header.replications() || reps.firstKey() != 0
        || reps.lastKey() != header.replications() - 1) {
      return Optional.empty();
    }
    return Optional.of(ExperimentResult.aggregate(header.info(), new ArrayList<>(reps.values())));
  }

  private static JournalRecord[] placeRecords(Iterable<SweepJournal.Contents> journals, TaskPlan plan,
      JournalHeader header) {
    Map<DesignPoint, Integer> pointIndex = new HashMap<>();
    for (int p = 0; p < header.points().size(); p++) {
      pointIndex.put(header.points().get(p), p);
    }
    JournalRecord[] byTask = new JournalRecord[plan.size()];
    for (SweepJournal.Contents c : journals) {
      for (JournalRecord r : c.records()) {
        Integer p = pointIndex.get(r.point());
        SweepTask task = p == null ? null : plan.tasksOfPoint(p).stream()
            .filter(t -> t.fromRep() == r.fromRep() && t.toRep() == r.toRep()).findFirst().orElse(null);
        if (task == null || !c.header().shard().owns(task)) {
          throw new InputException(c.file().toString(), 0, 0, null, "holds replications " + r.fromRep() + "-"
              + (r.toRep() - 1) + " of " + r.point().label() + ", which is not a task of shard "
              + c.header().shard(), "the file was not written by hasim sweep for this sweep");
        }
        if (byTask[task.index()] != null) {
          throw new InputException(c.file().toString(), 0, 0, null, task + " appears twice", null);
        }
        byTask[task.index()] = r;
      }
    }
    return byTask;
  }

  private static void checkComplete(JournalRecord[] byTask, TaskPlan plan, int shards) {
    Map<Integer, TreeSet<Integer>> missingByShard = new TreeMap<>();
    for (SweepTask t : plan.tasks()) {
      if (byTask[t.index()] == null) {
        missingByShard.computeIfAbsent(t.index() % shards, k -> new TreeSet<>()).add(t.index());
      }
    }
    if (missingByShard.isEmpty()) {
      return;
    }
    List<String> parts = new ArrayList<>();
    List<String> options = new ArrayList<>();
    missingByShard.forEach((k, tasks) -> {
      Shard s = new Shard(k, shards);
      parts.add("shard " + s + " did not finish: " + tasks.size() + " of " + plan.tasks(s).size()
          + " tasks missing (tasks " + abbreviate(tasks) + ")");
      options.add("--shard " + s + " --resume");
    });
    throw new IncompleteSweepException(String.join("; ", parts) + ". Resume with hasim sweep "
        + String.join(" / ", options) + " and merge again.");
  }

  private static String abbreviate(TreeSet<Integer> tasks) {
    List<String> shown = tasks.stream().sorted(Comparator.naturalOrder()).limit(10).map(String::valueOf).toList();
    return String.join(", ", shown) + (tasks.size() > shown.size() ? ", …" : "");
  }
}
