package org.hasim.scenario.tree;

import java.nio.file.Path;

/**
 * Where text came from: a file, or one {@code --set} argument. {@code label} is what error messages print
 * as the file; {@code baseDir} resolves relative file names written there; {@code hasLines} is false for
 * the command line, whose errors carry no line or column.
 */
public record Source(String label, Path baseDir, boolean hasLines) {

  public static Source file(Path file) {
    Path parent = file.getParent();
    return new Source(file.toString(), parent == null ? Path.of("") : parent, true);
  }

  public static Source commandLine(String argument) {
    return new Source("command line --set " + argument, Path.of(""), false);
  }
}
