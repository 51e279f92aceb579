package org.hasim.cli;

import java.io.PrintWriter;
import org.hasim.scenario.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code hasim} command. Exit codes: 0 done, 1 a check failed, 2 bad input or usage. */
@Command(
    name = "hasim",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Discrete-event simulator of high-availability Xen clusters.",
    subcommands = {
      CommandLine.HelpCommand.class,
      RunCommand.class,
      CompareCommand.class,
      MigrateCommand.class,
      AnalyticCommand.class,
      ValidateCommand.class,
      ImportCommand.class,
      ReportCommand.class,
      SweepCommand.class,
      MergeCommand.class,
      CalibrateCommand.class,
      BenchCommand.class,
    })
public final class Main {
  public static final int OK = 0;
  public static final int CHECK_FAILED = 1;
  public static final int BAD_INPUT = 2;

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs hasim in-process (used by tests) and returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> BAD_INPUT);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("hasim: " + ex.getMessage());
      err.println("Run 'hasim " + ex.getCommandLine().getCommandName() + " --help' for usage.");
      return BAD_INPUT;
    });
    cl.setExecutionExceptionHandler((ex, command, parseResult) -> {
      if (ex instanceof InputException ie) {
        err.println("hasim: " + ie.paragraph());
        if (debug) {
          ex.printStackTrace(err);
        }
        return BAD_INPUT;
      }
      err.println("hasim: internal error: " + ex);
      if (debug) {
        ex.printStackTrace(err);
      } else {
        err.println("(run again with --debug for the stack trace)");
      }
      return 3;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
