package org.hasim.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hasim.calibration.report.CalibrationReport;
import org.hasim.calibration.report.ReportJson;
import org.hasim.calibration.spec.FitFileReader;
import org.hasim.experiment.ReplicationRunner;
import org.hasim.migration.Migration;
import org.hasim.scenario.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fit small enough to solve by hand: an idle VM migrates in one round, so its downtime is the CPU state
 * at the link rate plus the resume cost, and fitting the resume cost to a published downtime has a closed
 * form. A second parameter changes nothing the targets see and must be reported as undetermined.
 */
class SmallFitTest {
  static final String TARGETS = """
      source:
        id: synth
        citation: a closed form
      targets:
        - id: idle-downtime
          title: an idle VM's pause
          unit: ms
          value: 50
          tolerance: 5
          migration:
            memory: 64MiB
            dirty: {constant: 0B/s}
            bandwidth: 1Gbit/s
            algorithm: xen-legacy
            resume: 20ms
          metric: downtime_ms
        - id: idle-one-round
          unit: rounds
          value: 1
          tolerance: 0
          migration:
            memory: 64MiB
            dirty: {constant: 0B/s}
            bandwidth: 1Gbit/s
            algorithm: xen-legacy
            resume: 20ms
          metric: rounds
      """;

  static final String FIT = """
      name: synth
      seed: 7
      replications: 2
      output: synth-calibrated.yaml
      targets: [targets.yaml]
      fit: [synth.idle-downtime]
      free:
        - name: resume
          quantity: duration
          migration_field: resume
          min: 1ms
          max: 100ms
          start: 20ms
        - name: min-rate
          description: xen-2005's first-round rate; these cases use xen-legacy
          quantity: bandwidth
          migration_field: min_rate
          min: 50Mbit/s
          max: 200Mbit/s
          start: 100Mbit/s
      """;

  static Path write(Path dir, String targets, String fit) throws IOException {
    Files.writeString(dir.resolve("targets.yaml"), targets, StandardCharsets.UTF_8);
    return Files.writeString(dir.resolve("fit.yaml"), fit, StandardCharsets.UTF_8);
  }

  @Test
  void fitsTheResumeCostToItsClosedFormAndReportsTheOtherAsUndetermined(@TempDir Path dir) throws IOException {
    Calibration.Outcome out = Calibration.run(FitFileReader.read(write(dir, TARGETS, FIT)),
        new ReplicationRunner(1));
    double stateMs = Migration.STATE_BYTES * 8 / 1e9 * 1e3;
    CalibrationReport.Parameter resume = out.report().parameters().get(0);
    assertThat(resume.fitted()).isTrue();
    assertThat(resume.value()).isCloseTo(50 - stateMs, within(0.05)); // written with 4 digits: 47.9 ms
    assertThat(resume.valueText()).isEqualTo("47.9ms");
    assertThat(resume.determinedBy()).containsExactly("synth.idle-downtime");
    assertThat(out.report().method()).startsWith("Brent");

    CalibrationReport.Parameter minRate = out.report().parameters().get(1);
    assertThat(minRate.fitted()).isFalse();
    assertThat(minRate.value()).isEqualTo(100.0);
    assertThat(minRate.determinedBy()).isEmpty();
    assertThat(minRate.note()).startsWith("not determined by any target");
    assertThat(new String(ReportJson.toBytes(out.report()), StandardCharsets.UTF_8))
        .contains("\"determined_by\" : \"not determined by any target\"");
    assertThat(out.fragment()).contains("# min-rate: NOT determined by any target, kept at its start value");

    CalibrationReport.TargetResult t = out.report().targets().get(0);
    assertThat(t.status()).isEqualTo("pass");
    assertThat(t.model().get(0).mean()).isCloseTo(stateMs + 47.9, within(1e-9));
    assertThat(out.passed()).isTrue();
  }

  @Test
  void aMissedTargetFailsTheCalibration(@TempDir Path dir) throws IOException {
    // the resume cost cannot go below 1 ms, so 1 ms of downtime is out of reach
    String targets = TARGETS.replace("value: 50\n    tolerance: 5", "value: 1\n    tolerance: 0.5");
    Calibration.Outcome out = Calibration.run(FitFileReader.read(write(dir, targets, FIT)),
        new ReplicationRunner(1));
    assertThat(out.passed()).isFalse();
    assertThat(out.report().targets().get(0).status()).isEqualTo("fail");
    assertThat(out.report().parameters().get(0).value()).isEqualTo(1.0);
  }

  @Test
  void aMisspeltMetricIsAnInputErrorWithASuggestion(@TempDir Path dir) throws IOException {
    Path fit = write(dir, TARGETS.replace("metric: downtime_ms", "metric: downtime_mss"), FIT);
    InputException e = catchThrowableOfType(InputException.class,
        () -> Calibration.run(FitFileReader.read(fit), new ReplicationRunner(1)));
    assertThat(e.file()).endsWith("targets.yaml");
    assertThat(e.line()).isEqualTo(16);
    assertThat(e.field()).contains("targets[0].metric");
    assertThat(e.paragraph()).contains("unknown migration metric 'downtime_mss'. did you mean 'downtime_ms'?");
  }
}
