package org.hasim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hasim.reports.AtomicFiles;
import org.hasim.reports.Provenance;
import org.hasim.reports.Report;
import org.hasim.reports.ReportResults;
import org.hasim.reports.ReportWriter;
import org.hasim.reports.ResultsJsonReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hasim report RESULTS.json [--out DIR]}: renders the HTML report (charts, tables) again from saved
 * results without simulating. The command and version shown are those of the run, read from the
 * provenance.json next to the results; a folder elsewhere gets copies of the results files so it stands alone.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Render the HTML report (index.html and its charts) again from a saved results.json, "
        + "without simulating.")
public final class ReportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RESULTS",
      description = "A results.json written by 'hasim run' or 'hasim compare' (or the folder holding it).")
  Path results;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: the folder of RESULTS).")
  Path out;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path file = Files.isDirectory(results) ? results.resolve(ReportWriter.RESULTS_JSON) : results;
    Path source = file.toAbsolutePath().getParent();
    ReportResults read = ResultsJsonReader.read(file);
    Provenance provenance = Provenance.readFrom(source)
        .orElse(new Provenance("unknown (report rendered by hasim " + VersionProvider.version() + ")", List.of()));
    Path dir = out != null ? out : source;
    Files.createDirectories(dir);
    boolean inPlace = Files.isSameFile(dir, source);
    if (!inPlace) {
      AtomicFiles.write(dir.resolve(ReportWriter.RESULTS_JSON), Files.readAllBytes(file));
    }
    Path csv = source.resolve(ReportWriter.RESULTS_CSV);
    if (!inPlace || !Files.isRegularFile(csv)) { // the page links to it: copy it, or derive it again
      AtomicFiles.write(dir.resolve(ReportWriter.RESULTS_CSV),
          Files.isRegularFile(csv) ? Files.readAllBytes(csv) : read.csv());
    }
    Path probes = source.resolve(org.hasim.reports.ProbesCsv.FILE);
    if (!inPlace && Files.isRegularFile(probes)) {
      AtomicFiles.write(dir.resolve(org.hasim.reports.ProbesCsv.FILE), Files.readAllBytes(probes));
    }
    var extras = org.hasim.reports.ProbeExtras.of(read, org.hasim.reports.ProbeExtras.rows(probes));
    var charts = ReportWriter.writeReport(dir, new org.hasim.reports.Report(read, provenance, extras));
    PrintWriter printer = spec.commandLine().getOut();
    printer.println("Report: " + dir.resolve(ReportWriter.INDEX) + " (" + charts.size() + " charts)");
    return Main.OK;
  }
}
