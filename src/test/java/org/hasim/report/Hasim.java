package org.hasim.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.hasim.cli.Main;

/** Runs the hasim command line in-process and keeps what it printed. */
record Hasim(int code, String out, String err) {
  static final Path ROOT = Path.of(System.getProperty("hasim.root", ".")).toAbsolutePath().normalize();
  static final String PAPER = ROOT.resolve("scenarios/paper/two-node-maintenance.yaml").toString();

  static Hasim run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Hasim(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
  }
}
