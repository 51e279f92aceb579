package org.hasim.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a report folder: {@code results.json}, {@code results.csv}, {@code provenance.json}, the chart PNGs
 * and {@code index.html}. Every file is written atomically (temporary file, then rename), the results first and
 * the page last, so a run killed half-way leaves whole files and a page that only names images that exist.
 */
public final class ReportWriter {
  public static final String RESULTS_JSON = "results.json";
  public static final String RESULTS_CSV = "results.csv";
  public static final String INDEX = "index.html";

  private ReportWriter() {}

  /** The whole folder for a result computed now. */
  public static void writeAll(Path dir, Report report) throws IOException {
    Files.createDirectories(dir);
    AtomicFiles.write(dir.resolve(RESULTS_JSON), report.results().json());
    AtomicFiles.write(dir.resolve(RESULTS_CSV), report.results().csv());
    writeReport(dir, report);
  }

  /**
   * The part for people — provenance, charts, page — next to results files that are already there; returns
   * the charts written.
   */
  public static List<ChartImage> writeReport(Path dir, Report report) throws IOException {
    Files.createDirectories(dir);
    AtomicFiles.write(dir.resolve(Provenance.FILE), report.provenance().toJson());
    List<ChartImage> charts = ReportCharts.render(report);
    for (ChartImage c : charts) {
      AtomicFiles.write(dir.resolve(c.fileName()), c.png());
    }
    AtomicFiles.write(dir.resolve(INDEX), HtmlReport.render(report, charts).getBytes(StandardCharsets.UTF_8));
    return charts;
  }
}
