package org.hasim.reports.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.cluster.OutageCause;
import org.hasim.scenario.InputException;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.ReplicationResult;
import org.hasim.stats.RunInfo;
import org.hasim.stats.ServiceOutcome;
import org.hasim.sweep.DesignPoint;
import org.hasim.sweep.Shard;
import org.hasim.sweep.SweepResult;
import org.hasim.sweep.SweepTask;
import org.hasim.sweep.TaskPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal stores replications exactly, survives torn lines, and merges only complete, consistent sets. */
class JournalTest {
  private static final RunInfo INFO = new RunInfo("t", 7, 86400.0 * 365, 3600, 0.95);
  private static final List<DesignPoint> POINTS =
      List.of(DesignPoint.of("ha.coverage", "0.9"), DesignPoint.of("ha.coverage", "0.99"));

  private static JournalHeader header(String fingerprint, Shard shard) {
    return new JournalHeader(fingerprint, INFO, 5, 2, Optional.empty(), List.of("ha.coverage"), POINTS,
        Optional.empty(), Optional.empty(), shard);
  }

  /** Replications with arbitrary finite doubles (any bit pattern), so that only an exact encoding passes. */
  private static ReplicationResult replication(int r, SplittableRandom random, boolean wild) {
    if (!wild) {
      double down = 1000 * random.nextDouble();
      return new ReplicationResult(r, 1e6, List.of(new ServiceOutcome("web", 1e6 - down, down,
          random.nextInt(5), Map.of(OutageCause.NODE_FAILURE, down))), Map.of(Incident.SPLIT_BRAIN, 1L),
          Map.of("migrations.count", (double) random.nextInt(3), "probes.ping.lost", random.nextDouble()));
    }
    Map<OutageCause, Double> causes = new EnumMap<>(OutageCause.class);
    causes.put(OutageCause.NODE_FAILURE, anyDouble(random));
    causes.put(OutageCause.VM_CRASH, -0.0);
    causes.put(OutageCause.MIGRATION_PAUSE, Double.MIN_VALUE);
    Map<String, Double> extra = new HashMap<>();
    extra.put("migrations.count", 0.0);
    extra.put("migrations.downtime_s", anyDouble(random));
    extra.put("probes.ping.lost", 0.1 + 0.2);
    double up = 1 + random.nextDouble() * 1e7;
    return new ReplicationResult(r, up + 1e-3 * random.nextDouble(),
        List.of(new ServiceOutcome("web", up, anyDouble(random), random.nextLong(0, 1L << 40), causes),
            new ServiceOutcome("db, primary \"ü\"", Double.MAX_VALUE, 0, 0, Map.of())),
        Map.of(Incident.SPLIT_BRAIN, 3L), extra);
  }

  private static double anyDouble(SplittableRandom random) {
    double d;
    do {
      d = Double.longBitsToDouble(random.nextLong());
    } while (!Double.isFinite(d));
    return d;
  }

  private static List<ReplicationResult> replications(int point, boolean wild) {
    SplittableRandom random = new SplittableRandom(1000 + point);
    List<ReplicationResult> reps = new ArrayList<>();
    for (int r = 0; r < 5; r++) {
      reps.add(replication(r, random, wild));
    }
    return reps;
  }

  /** Arbitrary bits, for the encoding. */
  private static JournalRecord record(SweepTask t) {
    return new JournalRecord(POINTS.get(t.point()), t.fromRep(), t.toRep(),
        replications(t.point(), true).subList(t.fromRep(), t.toRep()));
  }

  /** Values a simulation could produce, for aggregation. */
  private static JournalRecord plausible(SweepTask t) {
    return new JournalRecord(POINTS.get(t.point()), t.fromRep(), t.toRep(),
        replications(t.point(), false).subList(t.fromRep(), t.toRep()));
  }

  /** Writes the journal of {@code shard}, all its tasks but those listed. */
  private static Path shardFile(Path dir, Shard shard, String fingerprint, int... skip) throws IOException {
    Path file = dir.resolve(JournalHeader.fileName(shard));
    try (SweepJournal j = SweepJournal.start(file, header(fingerprint, shard))) {
      for (SweepTask t : header(fingerprint, shard).plan().tasks(shard)) {
        if (java.util.Arrays.stream(skip).noneMatch(s -> s == t.index())) {
          j.append(plausible(t));
        }
      }
    }
    return file;
  }

  @Test
  void replicationsReadBackBitForBit(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("j.jsonl");
    List<JournalRecord> written = new ArrayList<>();
    try (SweepJournal j = SweepJournal.start(file, header("f", Shard.ALL))) {
      for (SweepTask t : header("f", Shard.ALL).plan().tasks()) {
        written.add(record(t));
        j.append(record(t));
      }
    }
    SweepJournal.Contents read = SweepJournal.read(file);
    assertThat(read.header()).isEqualTo(header("f", Shard.ALL));
    assertThat(read.tornTail()).isFalse();
    // record equality compares doubles by their bits (Double.equals / Double.compare), so -0.0 ≠ 0.0
    assertThat(read.records()).isEqualTo(written);
  }

  @Test
  void aTornLastLineIsIgnoredAndCutOffOnResume(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("j.jsonl");
    List<SweepTask> tasks = header("f", Shard.ALL).plan().tasks();
    try (SweepJournal j = SweepJournal.start(file, header("f", Shard.ALL))) {
      j.append(record(tasks.get(0)));
      j.append(record(tasks.get(1)));
    }
    long complete = Files.size(file);
    Files.write(file, "{\"point\":{\"ha.coverage\":\"0.9\"},\"from\":4,\"to\":5,\"reps\":[{\"r\":4,\"obs"
        .getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
    SweepJournal.Contents torn = SweepJournal.read(file);
    assertThat(torn.records()).hasSize(2);
    assertThat(torn.tornTail()).isTrue();
    assertThat(torn.validLength()).isEqualTo(complete);

    try (SweepJournal j = SweepJournal.resume(file, header("f", Shard.ALL))) {
      assertThat(j.records()).hasSize(2);
      j.append(record(tasks.get(2)));
    }
    SweepJournal.Contents resumed = SweepJournal.read(file);
    assertThat(resumed.tornTail()).isFalse();
    assertThat(resumed.records()).containsExactly(record(tasks.get(0)), record(tasks.get(1)),
        record(tasks.get(2)));
  }

  @Test
  void resumeRefusesAnotherSweepOrShard(@TempDir Path dir) throws IOException {
    Path file = shardFile(dir, new Shard(1, 2), "f");
    assertThatThrownBy(() -> SweepJournal.resume(file, header("g", new Shard(1, 2))))
        .isInstanceOf(InputException.class).hasMessageContaining("another sweep");
    assertThatThrownBy(() -> SweepJournal.resume(file, header("f", new Shard(0, 2))))
        .isInstanceOf(InputException.class).hasMessageContaining("shard 1/2");
    Path garbage = Files.writeString(dir.resolve("x.jsonl"), "{\"hello\": 1}\n");
    assertThatThrownBy(() -> SweepJournal.read(garbage)).isInstanceOf(InputException.class)
        .hasMessageContaining("not a hasim sweep journal");
  }

  @Test
  void mergeAggregatesEachPointOverAllShardsInReplicationOrder(@TempDir Path dir) throws IOException {
    List<SweepJournal.Contents> journals = new ArrayList<>();
    for (int k = 2; k >= 0; k--) { // any order of files
      journals.add(SweepJournal.read(shardFile(dir, new Shard(k, 3), "f")));
    }
    SweepResult merged = SweepMerge.assemble(journals);
    assertThat(merged.points()).extracting(SweepResult.Point::point).isEqualTo(POINTS);
    for (int p = 0; p < POINTS.size(); p++) {
      ExperimentResult direct = ExperimentResult.aggregate(INFO, replications(p, false));
      assertThat(merged.points().get(p).result()).isEqualTo(direct);
    }
  }

  @Test
  void mergeNamesMissingShardsAndUnfinishedTasks(@TempDir Path dir) throws IOException {
    Path s0 = shardFile(dir, new Shard(0, 3), "f");
    Path s2 = shardFile(dir, new Shard(2, 3), "f", 5);
    assertThatThrownBy(() -> SweepMerge.assemble(List.of(SweepJournal.read(s0), SweepJournal.read(s2))))
        .isInstanceOf(IncompleteSweepException.class)
        .hasMessageContaining("missing shard 1/3")
        .hasMessageContaining("--shard 1/3");
    Path s1 = shardFile(dir, new Shard(1, 3), "f");
    assertThatThrownBy(() -> SweepMerge.assemble(
        List.of(SweepJournal.read(s0), SweepJournal.read(s1), SweepJournal.read(s2))))
        .isInstanceOf(IncompleteSweepException.class)
        .hasMessageContaining("shard 2/3 did not finish: 1 of 2 tasks missing (tasks 5)");
  }

  @Test
  void mergeRefusesMixedSweepsAndDuplicates(@TempDir Path dir) throws IOException {
    SweepJournal.Contents a = SweepJournal.read(shardFile(dir, new Shard(0, 2), "f"));
    Path other = dir.resolve("other");
    Files.createDirectories(other);
    SweepJournal.Contents b = SweepJournal.read(shardFile(other, new Shard(1, 2), "g"));
    assertThatThrownBy(() -> SweepMerge.assemble(List.of(a, b))).isInstanceOf(InputException.class)
        .hasMessageContaining("another sweep");
    assertThatThrownBy(() -> SweepMerge.assemble(List.of(a, a))).isInstanceOf(InputException.class)
        .hasMessageContaining("given twice");
    TaskPlan plan = header("f", Shard.ALL).plan();
    assertThat(plan.size()).isEqualTo(6);
  }
}
