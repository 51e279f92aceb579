package org.hasim.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's files, and copies of them for tests that write or edit. */
final class Repo {
  private Repo() {}

  /** The repository root (tests run in the module directory). */
  static Path root() {
    return Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
  }

  static Path paperFit() {
    return root().resolve("calibration/fits/paper.yaml");
  }

  /** Copies calibration/ (data only) and scenarios/ into {@code dir}. */
  static void copyData(Path dir) {
    for (String sub : new String[] {"calibration/targets", "calibration/fits", "calibration/calibrated",
        "scenarios"}) {
      copyTree(root().resolve(sub), dir.resolve(sub));
    }
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
