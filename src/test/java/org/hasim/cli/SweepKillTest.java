package org.hasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.hasim.reports.journal.SweepJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill test: a sweep run in a child JVM is killed with SIGKILL ({@link Process#destroyForcibly()}) at
 * random moments several times and resumed each time; the journal stays readable after every kill, and the
 * final results.json is byte-identical to an uninterrupted run.
 */
class SweepKillTest {
  private static final int KILLS = 4;

  private static List<String> sweepArgs(Path out) {
    return List.of("sweep", SweepCommandTest.ROOT.resolve("scenarios/whatif/four-node-drain.yaml").toString(),
        "--variant", "shared-network",
        "--param", "cluster.networks[0].bandwidth=100Mbit/s,500Mbit/s,1Gbit/s,10Gbit/s",
        "--param", "ha.migration.limit=1,2",
        "--replications", "16", "--horizon", "1y", "--block", "1", "--threads", "2",
        "--out", out.toString(), "--resume");
  }

  /** The CLI in a child JVM on the test classpath (the jar is built after the tests). */
  private static Process start(Path out, Path log) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.hasim.cli.Main"));
    cmd.addAll(sweepArgs(out));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static int finishedTasks(Path journal) throws IOException {
    return Files.exists(journal) ? SweepJournal.read(journal).records().size() : 0;
  }

  @Test
  void killedAndResumedSweepsEndWithTheBytesOfAnUninterruptedRun(@TempDir Path tmp) throws Exception {
    Path reference = tmp.resolve("reference");
    StringWriter err = new StringWriter();
    List<String> args = new ArrayList<>(sweepArgs(reference));
    args.remove("--resume");
    assertThat(Main.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
        new PrintWriter(err))).as(err.toString()).isZero();
    byte[] expected = Files.readAllBytes(reference.resolve("results.json"));

    Path out = tmp.resolve("killed");
    Path journal = out.resolve("shard-0-of-1.jsonl");
    Random random = new Random(20260401);
    int killedMidway = 0;
    int before = 0;
    for (int k = 0; k < KILLS; k++) {
      long size = Files.exists(journal) ? Files.size(journal) : 0;
      Process p = start(out, tmp.resolve("log-" + k + ".txt"));
      // once the child has appended something (JVM start-up takes a while), kill it at a random moment
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (p.isAlive() && (!Files.exists(journal) || Files.size(journal) <= size)
          && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      Thread.sleep(random.nextInt(100));
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(out.resolve("results.json")).as("killed before the end").doesNotExist();
      int after = finishedTasks(journal); // throws if a kill damaged the journal
      assertThat(after).isGreaterThanOrEqualTo(before);
      if (after > before) {
        killedMidway++;
      }
      before = after;
    }
    assertThat(killedMidway).as("kills that happened while tasks were being written").isGreaterThanOrEqualTo(1);
    assertThat(before).as("tasks finished before the last resume").isLessThan(8 * 16);

    Process last = start(out, tmp.resolve("log-final.txt"));
    assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).as(Files.readString(tmp.resolve("log-final.txt"))).isZero();
    assertThat(Files.readString(tmp.resolve("log-final.txt"))).contains("Resuming");
    assertThat(Files.readAllBytes(out.resolve("results.json"))).isEqualTo(expected);
  }
}
