package org.hasim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hasim.cli.ValidateCommandTest.files;
import static org.hasim.cli.ValidateCommandTest.root;
import static org.hasim.cli.ValidateCommandTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hasim import} end to end: writes a scenario, refuses configs with validation errors. */
class ImportCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheScenarioFile() throws Exception {
    Path out = dir.resolve("imported.yaml");
    ValidateCommandTest.Run r = run(files(root().resolve("scenarios/configs/heartbeat-xen"), "import",
        "-o", out.toString(), "--name", "paper-cluster"));
    assertThat(r.code()).as(r.err()).isZero();
    String yaml = Files.readString(out);
    assertThat(yaml).contains("name: paper-cluster").contains("recovery: live-migration")
        .contains("ASSUMPTION");
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("imported.yaml");
    }
  }

  @Test
  void refusesConfigsWithErrorsAndWritesNothing() throws Exception {
    for (Path p : Files.list(root().resolve("scenarios/configs/heartbeat-xen")).toList()) {
      Files.copy(p, dir.resolve(p.getFileName()));
    }
    Path x0 = dir.resolve("x0.cfg");
    Files.writeString(x0, Files.readString(x0).replace("maxmem      = 1024", "maxmem      = 512"));
    Path out = dir.resolve("out.yaml");
    ValidateCommandTest.Run r = run(files(dir, "import", "-o", out.toString()));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("XL001");
    assertThat(out).doesNotExist();
  }
}
