package org.hasim.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hasim.calibration.eval.Point;
import org.hasim.calibration.eval.Verdict;
import org.hasim.calibration.report.CalibrationReport;
import org.hasim.calibration.report.ReportJson;
import org.hasim.calibration.spec.FitFileReader;
import org.hasim.calibration.spec.FitSpec;
import org.hasim.experiment.ReplicationRunner;
import org.hasim.migration.MigrationCalculator;
import org.hasim.scenario.DirtyModel;
import org.hasim.scenario.MigrationSpec;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled paper fit (calibration/fits/paper.yaml), run once: every target passes (or is a documented
 * gap, or is skipped because its scenario does not exist yet), the result is the committed fragment and the
 * paper scenario loads it, the fitted parameters bind, and Clark's Quake 3 downtime is predicted, not fitted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaperCalibrationTest {
  private static final ReplicationRunner RUNNER = new ReplicationRunner(2);
  private FitSpec fit;
  private Calibration.Outcome outcome;

  @BeforeAll
  void calibrate() {
    fit = FitFileReader.read(Repo.paperFit());
    outcome = Calibration.run(fit, RUNNER);
  }

  private CalibrationReport.TargetResult target(String id) {
    return outcome.report().targets().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  private CalibrationReport.Parameter parameter(String name) {
    return outcome.report().parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void everyTargetThatCanRunPasses() {
    assertThat(outcome.passed()).isTrue();
    for (CalibrationReport.TargetResult t : outcome.report().targets()) {
      assertThat(t.status()).as(t.id() + ": " + t.reason()).isIn("pass", "skipped", "gap");
      if (t.status().equals("skipped")) {
        // only for want of a scenario file that another piece of work brings (the probes)
        assertThat(t.reason()).startsWith("skipped: scenario file ").endsWith(" does not exist");
        String file = t.reason().substring("skipped: scenario file ".length(),
            t.reason().length() - " does not exist".length());
        assertThat(Path.of(file)).doesNotExist();
      }
    }
    assertThat(outcome.report().targets().stream().filter(t -> t.status().equals("pass")).count())
        .isGreaterThanOrEqualTo(20);
  }

  @Test
  void theResultIsTheCommittedFragmentAndTheScenarioLoadsIt() throws IOException {
    Path committed = Repo.root().resolve("calibration/calibrated/paper.yaml");
    assertThat(outcome.fragment()).isEqualTo(Files.readString(committed, StandardCharsets.UTF_8));

    Scenario s = ScenarioLoader.load(Repo.root().resolve("scenarios/paper/two-node-maintenance.yaml"),
        List.of()).base();
    double hot = parameter("x0-hot-set").value() * 1048576.0;
    assertThat(s.vm("x0").dirty()).isEqualTo(new DirtyModel.WorkingSet(Math.round(hot), 0.1, 2 * 1048576.0));
    assertThat(s.cluster().networks().get(0).bandwidth()).isEqualTo(1e9);
    assertThat(s.ha().migration().maxRate()).isCloseTo(parameter("xen-max-rate").value() * 1e6, within(1.0));
  }

  @Test
  void runningAgainGivesTheSameBytes() {
    Calibration.Outcome again = Calibration.run(FitFileReader.read(Repo.paperFit()), new ReplicationRunner(1));
    assertThat(again.fragment()).isEqualTo(outcome.fragment());
    assertThat(ReportJson.toBytes(again.report())).isEqualTo(ReportJson.toBytes(outcome.report()));
  }

  @Test
  void eachFittedParameterIsDeterminedByTheTargetsThatShouldDetermineIt() {
    // (paper.ping-loss joins once the ping scenario exists)
    assertThat(parameter("x0-hot-set").determinedBy()).contains("paper.migration-pause");
    assertThat(parameter("xen-max-rate").determinedBy()).containsExactly("clark2005.specweb-downtime");
    assertThat(parameter("xen-max-rate").alsoAffects()).contains("clark2005.quake3-downtime");
    assertThat(outcome.report().parameters()).allSatisfy(p -> {
      assertThat(p.fitted()).isTrue();
      assertThat(p.value()).isBetween(p.lower(), p.upper());
      assertThat(p.sweep().x()).hasSize(Calibration.SWEEP_POINTS);
    });
  }

  @Test
  void movingAFittedParameterByHalfMakesATargetFail() {
    Point fitted = outcome.values();
    for (int i = 0; i < fit.free().size(); i++) {
      for (double factor : new double[] {0.5, 1.5}) {
        Map<String, Verdict> verdicts = Calibration.check(fit, fitted.with(i, fitted.get(i) * factor), RUNNER);
        assertThat(verdicts.values()).as(fit.free().get(i).name() + " × " + factor)
            .anyMatch(v -> v.status() == Verdict.Status.FAIL);
      }
    }
  }

  /**
   * The held-out Quake 3 downtime is the migration calculator's answer with the fitted rate (computed here
   * directly), and the fit does not see it: with another published value the fitted values are the same.
   */
  @Test
  void quake3DowntimeIsPredictedNotFitted(@TempDir Path dir) throws IOException {
    CalibrationReport.TargetResult quake = target("clark2005.quake3-downtime");
    assertThat(quake.role()).isEqualTo("hold-out");
    MigrationSpec spec = new MigrationSpec(MigrationSpec.Algorithm.XEN_2005, 1, 0, 3, 0.030, 100e6,
        parameter("xen-max-rate").value() * 1e6);
    double predicted = MigrationCalculator.run(64L << 20, new DirtyModel.Constant(3.1e6), 1e9, spec, 0.040, 0)
        .downtime() * 1e3;
    assertThat(quake.model().get(0).mean()).isCloseTo(predicted, within(1e-9));
    assertThat(quake.errorPct()).isCloseTo(100 * (predicted - 60) / 60, within(1e-9));

    Repo.copyData(dir);
    Path clark = dir.resolve("calibration/targets/clark2005.yaml");
    String text = Files.readString(clark);
    String moved = text.replace("    unit: ms\n    value: 60\n", "    unit: ms\n    value: 120\n");
    assertThat(moved).isNotEqualTo(text);
    Files.writeString(clark, moved);
    Calibration.Outcome other = Calibration.run(FitFileReader.read(dir.resolve("calibration/fits/paper.yaml")),
        RUNNER);
    assertThat(other.values()).isEqualTo(outcome.values());
    CalibrationReport.TargetResult otherQuake = other.report().targets().stream()
        .filter(t -> t.id().equals("clark2005.quake3-downtime")).findFirst().orElseThrow();
    assertThat(otherQuake.errorPct()).isCloseTo(100 * (predicted - 120) / 120, within(1e-9));
    assertThat(otherQuake.status()).isEqualTo("fail");
  }

  @Test
  void targetsWhoseScenarioIsMissingAreSkippedWithTheReason(@TempDir Path dir) throws IOException {
    Repo.copyData(dir);
    Files.delete(dir.resolve("scenarios/paper/ping-during-migration.yaml"));
    Calibration.Outcome without = Calibration.run(FitFileReader.read(dir.resolve("calibration/fits/paper.yaml")),
        RUNNER);
    CalibrationReport.TargetResult ping = without.report().targets().stream()
        .filter(t -> t.id().equals("paper.ping-loss")).findFirst().orElseThrow();
    assertThat(ping.role()).isEqualTo("fit");
    assertThat(ping.status()).isEqualTo("skipped");
    assertThat(ping.reason()).contains("ping-during-migration.yaml does not exist");
  }
}
