package org.hasim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hasim.analytic.AvailabilityInterval;
import org.hasim.scenario.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hasim analytic SCENARIO}: the scenario's Markov chain solved (or the reason it has none), and
 * {@code hasim analytic ci}: Trivedi's confidence interval from observed up and down times.
 */
@Command(
    name = "analytic",
    mixinStandardHelpOptions = true,
    description = "Analytic availability: closed forms, Markov chains, confidence intervals.",
    subcommands = {AnalyticCommand.Ci.class})
public final class AnalyticCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
      description = "Scenario file whose availability model to solve.")
  java.nio.file.Path file;

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a field of the scenario.")
  java.util.List<String> sets = new java.util.ArrayList<>();

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter err = spec.commandLine().getErr();
    if (file == null) {
      err.println("hasim analytic: give a SCENARIO file or the 'ci' subcommand.");
      spec.commandLine().usage(err);
      return Main.BAD_INPUT;
    }
    org.hasim.scenario.Scenario scenario = org.hasim.scenario.ScenarioLoader.load(file, sets).base();
    org.hasim.analytic.ScenarioAnalytic result = org.hasim.analytic.ScenarioAnalytic.of(scenario);
    PrintWriter out = spec.commandLine().getOut();
    if (result instanceof org.hasim.analytic.ScenarioAnalytic.Refused refused) {
      if (json) {
        out.println(new ObjectMapper().writeValueAsString(Map.of("refused", refused.reason())));
      } else {
        err.println("hasim analytic: " + file + ": no analytic model: " + refused.reason());
      }
      return Main.CHECK_FAILED;
    }
    AnalyticReport.print(out, (org.hasim.analytic.ScenarioAnalytic.Solved) result, json);
    return Main.OK;
  }

  /** {@code hasim analytic ci}: Trivedi's F-distribution confidence interval for availability. */
  @Command(
      name = "ci",
      mixinStandardHelpOptions = true,
      description = {
        "Point estimate and two-sided confidence interval for availability from the total up time and"
            + " down time observed over n up/down cycles, assuming exponential up and down times"
            + " (Trivedi's F(2n, 2n) method).",
        "Example: hasim analytic ci --uptime 9990h --downtime 10h --cycles 10"
      })
  static final class Ci implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--uptime", required = true, paramLabel = "DURATION",
        description = "Total observed up time, with a unit: ms, s, min, h, d or y (e.g. 9990h).")
    String uptime;

    @Option(names = "--downtime", required = true, paramLabel = "DURATION",
        description = "Total observed down time, with a unit (e.g. 10h).")
    String downtime;

    @Option(names = "--cycles", required = true, paramLabel = "N",
        description = "Number of complete up/down cycles observed (failures that were repaired).")
    int cycles;

    @Option(names = "--level", defaultValue = "0.95", paramLabel = "P",
        description = "Confidence level, strictly between 0 and 1 (default: ${DEFAULT-VALUE}).")
    double level;

    @Option(names = "--json", description = "Print {\"availability\", \"ci_low\", \"ci_high\", ...} as JSON.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
      double up = CliUnits.positiveTime("--uptime", uptime);
      double down = CliUnits.positiveTime("--downtime", downtime);
      if (cycles < 1) {
        throw new InputException("command line", 0, 0, "--cycles", "must be at least 1, got " + cycles,
            "give the number of failures that were repaired during the observation");
      }
      if (!(level > 0 && level < 1)) {
        throw new InputException("command line", 0, 0, "--level", "must lie strictly between 0 and 1, got "
            + level, "for a 95 % interval write --level 0.95");
      }
      AvailabilityInterval ci = AvailabilityInterval.trivedi(up, down, cycles, level);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("availability", ci.availability());
        fields.put("ci_low", ci.low());
        fields.put("ci_high", ci.high());
        fields.put("level", ci.level());
        fields.put("cycles", ci.cycles());
        out.println(new ObjectMapper().writeValueAsString(fields));
      } else {
        printText(out, ci, up, down);
      }
      return Main.OK;
    }

    private void printText(PrintWriter out, AvailabilityInterval ci, double up, double down) {
      String digits = "%." + decimalsFor(ci.high()) + "f";
      out.printf(Locale.ROOT, "Availability from %d up/down cycle%s (%s h up, %s h down)%n", cycles,
          cycles == 1 ? "" : "s", plain(up / 3600), plain(down / 3600));
      out.printf(Locale.ROOT, "  point estimate  " + digits + "%n", ci.availability());
      out.printf(Locale.ROOT, "  %s CI  [" + digits + ", " + digits + "]%n",
          percent(level), ci.low(), ci.high());
      out.printf(Locale.ROOT, "  method: Trivedi, F(%d, %d) distribution; assumes exponential up and down"
          + " times%n", 2 * cycles, 2 * cycles);
    }

    /** Enough decimals to show three significant digits of 1 − A. */
    private static int decimalsFor(double availability) {
      double unavailability = 1 - availability;
      int leadingZeros = unavailability > 0 ? (int) Math.floor(-Math.log10(unavailability)) : 6;
      return Math.max(4, Math.min(12, leadingZeros + 3));
    }

    /** Six significant digits without trailing zeros: 9990, 10, 0.5. */
    private static String plain(double value) {
      return new BigDecimal(String.format(Locale.ROOT, "%.6g", value)).stripTrailingZeros().toPlainString();
    }

    private static String percent(double level) {
      return plain(level * 100) + "%";
    }
  }
}
