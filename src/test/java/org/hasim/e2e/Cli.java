package org.hasim.e2e;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.hasim.cli.Main;

/** Runs the hasim command line in-process and keeps what it printed. */
record Cli(int code, String out, String err) {

  /** The repository root (set by the build; the working directory otherwise). */
  static Path root() {
    return Path.of(System.getProperty("hasim.root", ".")).toAbsolutePath().normalize();
  }

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Cli(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
  }
}
