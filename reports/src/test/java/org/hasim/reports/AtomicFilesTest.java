package org.hasim.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void writesAndReplacesLeavingNoTemporaryFile() throws IOException {
    Path target = dir.resolve("out/results.json");
    AtomicFiles.writeString(target, "first");
    AtomicFiles.writeString(target, "second, longer content");
    assertThat(Files.readString(target)).isEqualTo("second, longer content");
    assertThat(listing(target.getParent())).containsExactly("results.json");
  }

  @Test
  void aFailedWriteKeepsTheOldFileAndCleansUp() throws IOException {
    Path target = dir.resolve("results.csv");
    Files.createDirectory(target);           // a non-empty directory cannot be replaced by a file
    Files.writeString(target.resolve("keep"), "old");
    assertThatThrownBy(() -> AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class);
    assertThat(Files.readString(target.resolve("keep"))).isEqualTo("old");
    assertThat(listing(dir)).containsExactly("results.csv");
  }

  private static java.util.List<String> listing(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
