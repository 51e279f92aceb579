package org.hasim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hasim calibrate} on copies of the bundled data (it writes the calibrated set where the fit file
 * says): the paper fit passes and reproduces the committed set; a missed target exits 1; bad input exits 2.
 */
class CalibrateCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  private static Path root() {
    return Path.of(System.getProperty("hasim.root", "..")).toAbsolutePath().normalize();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  @Test
  void thePaperFitPassesWritesTheCommittedSetAndAReport(@TempDir Path dir) throws IOException {
    for (String sub : new String[] {"calibration/targets", "calibration/fits", "scenarios"}) {
      copy(root().resolve(sub), dir.resolve(sub));
    }
    // no calibrated set yet: the command starts from a provisional one
    Path fit = dir.resolve("calibration/fits/paper.yaml");
    Path report = dir.resolve("report");
    int code = run("calibrate", fit.toString(), "--out", report.toString(), "--threads", "2");

    assertThat(code).as(out + "\n" + err).isZero();
    assertThat(out.toString()).contains("Every target that ran passed")
        .contains("PASS     hold-out  clark2005.quake3-downtime");
    assertThat(Files.readString(dir.resolve("calibration/calibrated/paper.yaml")))
        .isEqualTo(Files.readString(root().resolve("calibration/calibrated/paper.yaml")));
    JsonNode json = new ObjectMapper().readTree(report.resolve("calibration-report.json").toFile());
    assertThat(json.get("passed").asBoolean()).isTrue();
    assertThat(json.get("parameters")).hasSize(2);
    assertThat(report.resolve("calibration-report.html")).isNotEmptyFile();
    assertThat(report.resolve("param-x0-hot-set.png")).isNotEmptyFile();
    assertThat(report.resolve("param-xen-max-rate.png")).isNotEmptyFile();
  }

  @Test
  void aMissedTargetExitsOne(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("targets.yaml"), """
        source: {id: synth, citation: a closed form}
        targets:
          - id: idle-downtime
            unit: ms
            value: 1
            tolerance: 0.1
            migration:
              memory: 64MiB
              dirty: {constant: 0B/s}
              bandwidth: 1Gbit/s
              algorithm: xen-legacy
              resume: 20ms
            metric: downtime_ms
        """);
    Path fit = Files.writeString(dir.resolve("fit.yaml"), """
        name: synth
        seed: 1
        replications: 2
        output: calibrated.yaml
        targets: [targets.yaml]
        fit: [synth.idle-downtime]
        free:
          - name: resume
            quantity: duration
            migration_field: resume
            min: 5ms
            max: 50ms
            start: 20ms
        """);
    int code = run("calibrate", fit.toString(), "--out", dir.resolve("out").toString());
    assertThat(code).as(out + "\n" + err).isEqualTo(Main.CHECK_FAILED);
    assertThat(out.toString()).contains("FAIL ").contains("1 target(s) missed.");
    assertThat(dir.resolve("calibrated.yaml")).content().contains("resume: fitted in [5ms, 50ms]");
  }

  @Test
  void aMissingFitFileExitsTwo(@TempDir Path dir) {
    int code = run("calibrate", dir.resolve("nope.yaml").toString());
    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString()).contains("nope.yaml: no such fit file");
  }

  @Test
  void withoutFitFilesItLooksForCalibrationFitsHere() {
    // the tests run in the cli module's folder, which has no calibration/fits/
    int code = run("calibrate");
    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString()).contains("no fit files given and no calibration/fits/ folder here");
  }
}
