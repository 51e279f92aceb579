package org.hasim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hasim.experiment.Experiment;
import org.hasim.experiment.ReplicationRunner;
import org.hasim.reports.journal.JournalRecord;
import org.hasim.reports.journal.SweepJournal;
import org.hasim.reports.journal.SweepMerge;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.ReplicationResult;
import org.hasim.sweep.DesignPoint;
import org.hasim.sweep.Shard;
import org.hasim.sweep.SweepTask;
import org.hasim.sweep.TaskPlan;

/**
 * Runs a sweep's tasks on this machine: each (point, replication block) not yet in the journal is simulated
 * (its replications spread over the runner's threads) and appended to the journal before the next starts, so
 * an interrupted run loses only the task in flight. Tasks already in the journal (a resumed run) are skipped.
 */
final class SweepExecution {
  private final SweepDefinition sweep;
  private final ReplicationRunner runner;
  private final SweepJournal journal;
  private final SweepProgress progress;
  private final Set<Key> finished = new HashSet<>();

  SweepExecution(SweepDefinition sweep, ReplicationRunner runner, SweepJournal journal, SweepProgress progress) {
    this.sweep = sweep;
    this.runner = runner;
    this.journal = journal;
    this.progress = progress;
    journal.records().forEach(r -> finished.add(key(r.point(), r.fromRep())));
  }

  /** Runs the grid tasks of {@code shard} that are not finished yet; returns how many ran. */
  int runGrid(Shard shard) {
    TaskPlan plan = journal.header().plan();
    List<SweepTask> mine = plan.tasks(shard);
    List<SweepTask> pending = mine.stream()
        .filter(t -> !finished.contains(key(sweep.points.get(t.point()), t.fromRep()))).toList();
    progress.schedule(pending.stream().mapToLong(SweepTask::replications).sum());
    Set<Integer> pointsOfShard = new HashSet<>();
    mine.forEach(t -> pointsOfShard.add(t.point()));
    Set<Integer> pointsLeft = new HashSet<>();
    pending.forEach(t -> pointsLeft.add(t.point()));
    int total = pointsOfShard.size();
    progress.points(total - pointsLeft.size(), total);
    for (SweepTask t : pending) {
      run(sweep.points.get(t.point()), t.fromRep(), t.toRep());
      if (pending.stream().noneMatch(o -> o.point() == t.point() && o.index() > t.index())) {
        pointsLeft.remove(t.point());
        progress.points(total - pointsLeft.size(), total);
      }
    }
    return pending.size();
  }

  /** The aggregated result of {@code point}, simulating the blocks the journal does not have yet. */
  ExperimentResult evaluate(DesignPoint point) {
    TaskPlan single = new TaskPlan(1, sweep.replications(), sweep.block);
    List<SweepTask> pending = single.tasksOfPoint(0).stream()
        .filter(t -> !finished.contains(key(point, t.fromRep()))).toList();
    progress.schedule(pending.stream().mapToLong(SweepTask::replications).sum());
    for (SweepTask t : pending) {
      run(point, t.fromRep(), t.toRep());
    }
    return SweepMerge.point(point, journal.records(), journal.header())
        .orElseThrow(() -> new IllegalStateException("replications missing for " + point.label()));
  }

  private void run(DesignPoint point, int from, int to) {
    List<ReplicationResult> reps = Experiment.replicate(sweep.scenario(point), runner, from, to,
        done -> progress.replicationDone());
    try {
      journal.append(new JournalRecord(point, from, to, reps));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + journal.file(), e);
    }
    finished.add(key(point, from));
  }

  private static Key key(DesignPoint point, int from) {
    return new Key(point, from);
  }

  /** A task by what it computes: a point and the first replication of its block. */
  private record Key(DesignPoint point, int from) {}
}
