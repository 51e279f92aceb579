package org.hasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/slurm-sweep.sh on a real Slurm: a private single-node cluster ({@link LocalSlurm}: munged, slurmctld
 * and slurmd started here) runs the 3-task job array and the dependent merge job. The merged results.json must
 * be byte-identical to a sweep run in this JVM, and Slurm's own job completion log must show that every array
 * task and the merge job ran as Slurm jobs (not the script's local fallback). Then one array task is made to
 * fail: Slurm must cancel the merge (afterok never satisfied) and the script must name the missing shard,
 * exit 1 and write no results.json. Last, the recovery docs/scale-out.md gives: with the cause removed, the one
 * shard is resubmitted ({@code sbatch --array=1 shard.sbatch}) and the merge job after it, which must now
 * give the bytes of the single run. Skipped, with the reason, without Slurm and munge or when not root.
 *
 * <p>The queue as it changes, the job records and the daemons stopped are printed to stdout (surefire's
 * {@code *-output.txt}, which .ci/run prints) as evidence of what Slurm did.
 */
class RealSlurmTest {
  private static final Pattern SUBMITTED =
      Pattern.compile("submitted array job (\\d+) \\(shards 0-2\\) and merge job (\\d+)");

  @Test
  void jobArrayOfShardsThenDependentMergeGivesTheBytesOfOneRunAndAFailedShardIsNamed(@TempDir Path tmp)
      throws Exception {
    Optional<String> unavailable = LocalSlurm.unavailable();
    Assumptions.assumeTrue(unavailable.isEmpty(), () -> "real-Slurm test skipped: " + unavailable.orElseThrow());

    Path single = tmp.resolve("single");
    List<String> args = new ArrayList<>(List.of("sweep"));
    args.addAll(SlurmSweepScriptTest.SWEEP);
    args.addAll(List.of("--out", single.toString()));
    assertThat(Main.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()))).isZero();

    // munged runs as the munge user and must reach its socket folder inside this one.
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwx--x--x"));
    try (LocalSlurm slurm = LocalSlurm.start(tmp.resolve("cluster"))) {
      System.out.println("local Slurm up: " + slurm.command("sinfo").strip());

      Path out = tmp.resolve("sweep ok"); // a space, as in many users' folder names
      Script ok = script(slurm, out, SlurmSweepScriptTest.launcher(tmp, "none"));
      assertThat(ok.exit).as(ok.output + slurm.logs()).isZero();
      assertThat(ok.output).contains("done: " + out.resolve("results.json"));
      assertThat(Files.readAllBytes(out.resolve("results.json")))
          .isEqualTo(Files.readAllBytes(single.resolve("results.json")));
      expectRecords(slurm, ok, "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED");
      // The logs where the job files' #SBATCH --output lines put them.
      assertThat(out.resolve("slurm-" + ok.arrayJob + "_2.out")).exists();
      assertThat(out.resolve("slurm-merge-" + ok.mergeJob + ".out")).content().contains("Merged 3 shard file(s)");

      Path failing = tmp.resolve("sweep-failing");
      Path fault = Files.createFile(tmp.resolve("fault"));
      Script failed = script(slurm, failing, failingWhile(tmp, fault));
      assertThat(failed.exit).as(failed.output + slurm.logs()).isEqualTo(1);
      assertThat(failed.output).contains("missing shard 1/3").contains("sbatch --array=K");
      assertThat(failing.resolve("results.json")).doesNotExist();
      expectRecords(slurm, failed, "COMPLETED", "FAILED", "COMPLETED", "CANCELLED");
      System.out.println(slurm.command("scontrol", "show", "job", failed.mergeJob).strip());

      // docs/scale-out.md's recovery: fix the cause, resubmit the one shard, merge again.
      Files.delete(fault);
      String shard = slurm.command("sbatch", "--parsable", "--array=1", failing.resolve("shard.sbatch").toString())
          .strip();
      String merge = slurm.command("sbatch", "--parsable", "--dependency=afterok:" + shard,
          failing.resolve("merge.sbatch").toString()).strip();
      System.out.println("\nresubmitted shard 1 as array job " + shard + ", merge job " + merge);
      awaitQueueEmpty(slurm);
      Script rerun = new Script(0, "", shard, merge);
      expectRecord(slurm, task(rerun, 1), "COMPLETED");
      expectRecord(slurm, job(merge), "COMPLETED");
      assertThat(Files.readAllBytes(failing.resolve("results.json")))
          .isEqualTo(Files.readAllBytes(single.resolve("results.json")));
    }
  }

  /** A hasim launcher on the test classpath that fails in array task 1 while {@code fault} exists. */
  private static Path failingWhile(Path dir, Path fault) throws IOException {
    Path good = SlurmSweepScriptTest.launcher(dir, "none");
    String text = "#!/usr/bin/env bash\n"
        + "if [ \"${SLURM_ARRAY_TASK_ID:-}\" = 1 ] && [ -e '" + fault + "' ]; then\n"
        + "  echo 'simulated failure of shard 1' >&2; exit 1\n"
        + "fi\n"
        + "exec '" + good + "' \"$@\"\n";
    Path f = Files.writeString(dir.resolve("hasim-faulty.sh"), text);
    f.toFile().setExecutable(true);
    return f;
  }

  private record Script(int exit, String output, String arrayJob, String mergeJob) {}

  /** Runs scripts/slurm-sweep.sh for a 3-shard sweep, printing the queue whenever it changes. */
  private static Script script(LocalSlurm slurm, Path out, Path hasim) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", SweepCommandTest.ROOT.resolve("scripts/slurm-sweep.sh")
        .toString(), "-n", "3", "-c", "1", "-t", "00:10:00", "-o", out.toString(), "--"));
    cmd.addAll(SlurmSweepScriptTest.SWEEP);
    Path log = Files.createTempFile(slurm.dir(), "slurm-sweep", ".log");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.putAll(slurm.env());
    env.put("HASIM", hasim.toString());
    env.put("HASIM_SLURM_POLL", "1");
    System.out.println("\n$ " + String.join(" ", cmd));
    Process p = pb.start();
    String shown = "";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!p.waitFor(300, TimeUnit.MILLISECONDS)) {
      String queue = slurm.command("squeue", "-o", "%.8i %.12j %.9T %R").strip();
      if (!queue.equals(shown) && queue.lines().count() > 1) {
        System.out.println("squeue:\n" + queue);
        shown = queue;
      }
      if (System.nanoTime() > deadline) {
        p.destroyForcibly();
        throw new AssertionError("slurm-sweep.sh still running after 120 s\n" + Files.readString(log) + slurm.logs());
      }
    }
    String output = Files.readString(log);
    System.out.println(output.strip());
    Matcher m = SUBMITTED.matcher(output);
    assertThat(m.find()).as(output).isTrue();
    return new Script(p.exitValue(), output, m.group(1), m.group(2));
  }

  /**
   * Slurm's job completion records of the script's array tasks 0, 1, 2 and its merge job, which must have
   * ended in the given states; printed.
   */
  private static void expectRecords(LocalSlurm slurm, Script script, String... states) throws IOException,
      InterruptedException {
    System.out.println("Slurm job completion log (array job " + script.arrayJob + ", merge job " + script.mergeJob
        + "):");
    List<Predicate<String>> wanted = List.of(task(script, 0), task(script, 1), task(script, 2), job(script.mergeJob));
    for (int i = 0; i < states.length; i++) {
      expectRecord(slurm, wanted.get(i), states[i]);
    }
  }

  /** Waits briefly for the record (written as the job is cleaned up), prints it and checks its final state. */
  private static void expectRecord(LocalSlurm slurm, Predicate<String> which, String state) throws IOException,
      InterruptedException {
    Optional<String> record = Optional.empty();
    for (int attempt = 0; attempt < 40 && record.isEmpty(); attempt++) {
      Thread.sleep(attempt == 0 ? 0 : 250);
      record = slurm.completedJobs().stream().filter(which).findFirst();
    }
    assertThat(record).as("no such record in\n" + String.join("\n", slurm.completedJobs())).isPresent();
    System.out.println("  " + record.get().replaceAll(" (ReservationName|Tres|Account|QOS|WcKey|Cluster|WorkDir"
        + "|UserId|GroupId|Partition|NodeCnt|ProcCnt|SubmitTime|EligibleTime|DerivedExitCode)=\\S*", ""));
    assertThat(record.get()).contains("JobState=" + state + " ");
  }

  private static Predicate<String> task(Script script, int index) {
    return l -> l.contains(" ArrayJobId=" + script.arrayJob + " ArrayTaskId=" + index + " ");
  }

  private static Predicate<String> job(String id) {
    return l -> l.startsWith("JobId=" + id + " ");
  }

  private static void awaitQueueEmpty(LocalSlurm slurm) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String shown = "";
    String queue;
    while (!(queue = slurm.command("squeue", "-o", "%.8i %.12j %.9T %R").strip()).lines().skip(1).findAny()
        .isEmpty()) {
      if (!queue.equals(shown)) {
        System.out.println("squeue:\n" + queue);
        shown = queue;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("jobs still queued after 60 s\n" + queue + "\n" + slurm.logs());
      }
      Thread.sleep(300);
    }
  }
}
