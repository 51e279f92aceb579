package org.hasim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.hasim.calibration.Calibration;
import org.hasim.calibration.report.CalibrationReport;
import org.hasim.calibration.report.ReportJson;
import org.hasim.calibration.spec.FitFileReader;
import org.hasim.calibration.spec.FitSpec;
import org.hasim.experiment.ReplicationRunner;
import org.hasim.reports.AtomicFiles;
import org.hasim.reports.calibration.CalibrationHtml;
import org.hasim.scenario.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hasim calibrate}: runs fits (docs/calibration.md), writes each calibrated parameter set where its
 * fit file says (the fragment the paper scenarios include) and a report (JSON, HTML, one chart per fitted
 * parameter). Exit 1 when a target misses, 2 on bad input.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Fit model parameters to published measurements and check every calibration target.",
        "Writes the calibrated parameter set named by each fit file (scenarios include it) and a report:",
        "calibration-report.json, calibration-report.html and a chart per fitted parameter."})
public class CalibrateCommand implements Callable<Integer> {
  static final Path DEFAULT_FITS = Path.of("calibration", "fits");

  @Parameters(paramLabel = "FIT", arity = "0..*",
      description = "Fit files (default: every .yaml file under calibration/fits/).")
  List<Path> fits = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Report folder (default: reports/out/calibration-<fit>/; with several fits, DIR/<fit>/).")
  Path out;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of every scenario run (default: the fit file's).")
  Long seed;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads for scenario replications (default: all cores). "
          + "Results are identical for any N.")
  Integer threads;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter w = spec.commandLine().getOut();
    List<FitSpec> specs = new ArrayList<>();
    for (Path f : files()) {
      FitSpec fit = FitFileReader.read(f);
      specs.add(seed == null ? fit : fit.withSeed(seed));
    }
    if (threads != null && threads < 1) {
      throw CliUnits.bad("--threads", "must be at least 1, got " + threads, null);
    }
    ReplicationRunner runner =
        threads == null ? ReplicationRunner.perProcessor() : new ReplicationRunner(threads);
    boolean allPassed = true;
    for (FitSpec fit : specs) {
      if (!Files.exists(fit.output())) {
        // the scenarios include the set before it exists: start from the fixed and start values
        AtomicFiles.writeString(fit.output(), Calibration.provisionalFragment(fit));
      }
      Calibration.Outcome result = Calibration.run(fit, runner);
      AtomicFiles.writeString(fit.output(), result.fragment());
      Path dir = out == null ? Path.of("reports", "out", "calibration-" + fit.name())
          : specs.size() == 1 ? out : out.resolve(fit.name());
      byte[] json = ReportJson.toBytes(result.report());
      AtomicFiles.write(dir.resolve("calibration-report.json"), json);
      for (Map.Entry<String, byte[]> e : CalibrationHtml.render(json).entrySet()) {
        AtomicFiles.write(dir.resolve(e.getKey()), e.getValue());
      }
      print(w, result.report(), dir);
      allPassed &= result.passed();
    }
    return allPassed ? Main.OK : Main.CHECK_FAILED;
  }

  private List<Path> files() throws IOException {
    if (!fits.isEmpty()) {
      return fits;
    }
    if (!Files.isDirectory(DEFAULT_FITS)) {
      throw new InputException(DEFAULT_FITS.toString(), 0, 0, null, "no fit files given and no calibration/fits/ "
          + "folder here", "run hasim calibrate from the project folder, or name the fit files");
    }
    try (Stream<Path> s = Files.list(DEFAULT_FITS)) {
      List<Path> found = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
      if (found.isEmpty()) {
        throw new InputException(DEFAULT_FITS.toString(), 0, 0, null, "no .yaml fit files", null);
      }
      return found;
    }
  }

  private static void print(PrintWriter w, CalibrationReport r, Path dir) {
    w.printf(Locale.ROOT, "Calibration '%s' (%s, %d evaluations)%n", r.fit(), r.method(), r.evaluations());
    w.println();
    w.printf(Locale.ROOT, "%-22s %-14s %-26s %s%n", "parameter", "value", "bounds", "determined by");
    for (CalibrationReport.Parameter p : r.parameters()) {
      String bounds = "[" + trim(p.lower()) + ", " + trim(p.upper()) + "] " + p.unit();
      String by = p.determinedBy().isEmpty() ? "NOT determined by any target (kept at start)"
          : String.join(", ", p.determinedBy());
      w.printf(Locale.ROOT, "%-22s %-14s %-26s %s%n", p.name(), p.valueText(), bounds, by);
    }
    w.println();
    w.printf(Locale.ROOT, "%-8s %-9s %-44s %-26s %s%n", "status", "role", "target", "published", "model");
    for (CalibrationReport.TargetResult t : r.targets()) {
      String model = t.model().stream().map(m -> m.mean() == null ? m.text() : trim(m.mean()))
          .reduce((a, b) -> a + " < " + b).orElse("");
      String err = t.errorPct() == null ? "" : String.format(Locale.ROOT, " (%+.1f %%)", t.errorPct());
      w.printf(Locale.ROOT, "%-8s %-9s %-44s %-26s %s%n", t.status().toUpperCase(Locale.ROOT), t.role(), t.id(),
          t.criterion(), t.status().equals("skipped") ? t.reason() : model + err);
    }
    long failed = r.targets().stream().filter(t -> t.status().equals("fail")).count();
    long skipped = r.targets().stream().filter(t -> t.status().equals("skipped")).count();
    w.println();
    w.println(failed == 0 ? "Every target that ran passed" + (skipped > 0 ? " (" + skipped + " skipped)." : ".")
        : failed + " target(s) missed.");
    w.println("Calibrated set: " + r.fragmentFile());
    w.println("Report: " + dir.resolve("calibration-report.html") + " and calibration-report.json");
    w.println();
  }

  private static String trim(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%d", (long) v)
        : new java.math.BigDecimal(v).round(new java.math.MathContext(5)).stripTrailingZeros().toPlainString();
  }
}
