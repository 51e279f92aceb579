package org.hasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/slurm-sweep.sh against a stand-in for Slurm (src/test/resources/fake-slurm: an sbatch that runs
 * the job at once, array tasks one after another, and honours afterok; an empty squeue). It checks the
 * script's own logic: the array of shards, the dependent merge, byte-identical results, and the failure
 * path. A test against a real Slurm is left to a CI with slurmctld/slurmd (see docs/scale-out.md).
 */
class SlurmSweepScriptTest {
  static final List<String> SWEEP = List.of(SweepCommandTest.TEACHING, "--param", "ha.coverage=0.8,0.9",
      "--replications", "6", "--horizon", "1y", "--block", "2");

  /** A hasim launcher on the test classpath that fails in array task {@code failShard} (or never). */
  static Path launcher(Path dir, String failShard) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String text = "#!/usr/bin/env bash\n"
        + "if [ \"${SLURM_ARRAY_TASK_ID:-}\" = '" + failShard + "' ]; then echo 'simulated failure' >&2; exit 1; fi\n"
        + "exec '" + java + "' -cp '" + System.getProperty("java.class.path") + "' org.hasim.cli.Main \"$@\"\n";
    Path f = Files.writeString(dir.resolve("hasim-" + failShard + ".sh"), text);
    f.toFile().setExecutable(true);
    return f;
  }

  private static Process script(Path tmp, Path out, Path hasim, Path log) throws IOException {
    Path state = Files.createDirectories(tmp.resolve("state-" + out.getFileName()));
    Path fake = SweepCommandTest.ROOT.resolve("src/test/resources/fake-slurm").toAbsolutePath();
    fake.resolve("sbatch").toFile().setExecutable(true);
    fake.resolve("squeue").toFile().setExecutable(true);
    List<String> cmd = new java.util.ArrayList<>(List.of("bash",
        SweepCommandTest.ROOT.resolve("scripts/slurm-sweep.sh").toString(), "-n", "3", "-o", out.toString(), "--"));
    cmd.addAll(SWEEP);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.put("PATH", fake + java.io.File.pathSeparator + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("FAKE_SLURM_STATE", state.toString());
    env.put("HASIM", hasim.toString());
    env.put("HASIM_SLURM_POLL", "0");
    return pb.start();
  }

  @Test
  void arrayOfShardsThenMergeGivesTheBytesOfOneRun(@TempDir Path tmp) throws Exception {
    Path single = tmp.resolve("single");
    List<String> args = new java.util.ArrayList<>(List.of("sweep"));
    args.addAll(SWEEP);
    args.addAll(List.of("--out", single.toString()));
    assertThat(Main.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()))).isZero();

    Path out = tmp.resolve("slurm");
    Path log = tmp.resolve("ok.log");
    Process p = script(tmp, out, launcher(tmp, "none"), log);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    assertThat(Files.readString(log)).contains("afterok:").contains("done: " + out.resolve("results.json"));
    assertThat(Files.readAllBytes(out.resolve("results.json")))
        .isEqualTo(Files.readAllBytes(single.resolve("results.json")));
  }

  @Test
  void aFailedArrayTaskIsNamedAndNoResultsAreWritten(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("failing");
    Path log = tmp.resolve("fail.log");
    Process p = script(tmp, out, launcher(tmp, "1"), log);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String text = Files.readString(log);
    assertThat(p.exitValue()).as(text).isEqualTo(1);
    assertThat(text).contains("missing shard 1/3").contains("sbatch --array=K");
    assertThat(out.resolve("results.json")).doesNotExist();
  }
}
