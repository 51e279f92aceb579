package org.hasim.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import org.hasim.calibration.spec.FitFileReader;
import org.hasim.scenario.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad targets and fit files are input errors naming the file, line and field, with what is allowed. */
class FileErrorsTest {
  private static InputException read(Path dir, String targets, String fit) throws IOException {
    Path f = SmallFitTest.write(dir, targets, fit);
    return catchThrowableOfType(InputException.class, () -> FitFileReader.read(f));
  }

  @Test
  void aMisspeltKeyInATargetsFile(@TempDir Path dir) throws IOException {
    InputException e = read(dir, SmallFitTest.TARGETS.replace("tolerance: 5", "tolerence: 5"), SmallFitTest.FIT);
    assertThat(e.file()).endsWith("targets.yaml");
    assertThat(e.line()).isEqualTo(9);
    assertThat(e.field()).contains("targets[0].tolerence");
    assertThat(e.paragraph()).contains("did you mean 'tolerance'?");
  }

  @Test
  void aValueWithoutTolerance(@TempDir Path dir) throws IOException {
    InputException e = read(dir, SmallFitTest.TARGETS.replace("    tolerance: 5\n", ""), SmallFitTest.FIT);
    assertThat(e.paragraph()).contains("a value needs a tolerance");
  }

  @Test
  void twoCriteria(@TempDir Path dir) throws IOException {
    InputException e = read(dir, SmallFitTest.TARGETS.replace("tolerance: 5", "tolerance: 5\n    at_most: 60"),
        SmallFitTest.FIT);
    assertThat(e.paragraph()).contains("more than one criterion given (value, at_most)");
  }

  @Test
  void anUnknownTargetInTheFit(@TempDir Path dir) throws IOException {
    InputException e = read(dir, SmallFitTest.TARGETS,
        SmallFitTest.FIT.replace("fit: [synth.idle-downtime]", "fit: [synth.idle-downtim]"));
    assertThat(e.file()).endsWith("fit.yaml");
    assertThat(e.field()).contains("fit");
    assertThat(e.paragraph()).contains("no target 'synth.idle-downtim'")
        .contains("did you mean 'synth.idle-downtime'?");
  }

  @Test
  void aTargetCannotBeFittedAndHeldOut(@TempDir Path dir) throws IOException {
    InputException e = read(dir, SmallFitTest.TARGETS,
        SmallFitTest.FIT.replace("fit: [synth.idle-downtime]",
            "fit: [synth.idle-downtime]\nhold_out: [synth.idle-downtime]"));
    assertThat(e.paragraph()).contains("is both fitted and held out");
  }

  @Test
  void anExactTargetCannotBeFitted(@TempDir Path dir) throws IOException {
    InputException e = read(dir, SmallFitTest.TARGETS,
        SmallFitTest.FIT.replace("fit: [synth.idle-downtime]", "fit: [synth.idle-one-round]"));
    assertThat(e.paragraph()).contains("'synth.idle-one-round' cannot be fitted");
  }

  @Test
  void aStartOutsideTheBounds(@TempDir Path dir) throws IOException {
    InputException e = read(dir, SmallFitTest.TARGETS, SmallFitTest.FIT.replace("start: 20ms", "start: 200ms"));
    assertThat(e.field()).contains("free[0].start");
    assertThat(e.paragraph()).contains("start must lie within [min, max]");
  }

  @Test
  void aBoundWithoutItsUnit(@TempDir Path dir) throws IOException {
    InputException e = read(dir, SmallFitTest.TARGETS, SmallFitTest.FIT.replace("min: 1ms", "min: 1"));
    assertThat(e.field()).contains("free[0].min");
    assertThat(e.paragraph()).contains("'1' has no unit");
  }
}
