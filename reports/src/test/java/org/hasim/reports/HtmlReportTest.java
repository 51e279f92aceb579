package org.hasim.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hasim.reports.charts.CalibrationTarget;
import org.hasim.reports.charts.RttSeries;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.RunInfo;
import org.hasim.stats.Statistic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  private static final Provenance PROVENANCE = new Provenance("1.2.3",
      List.of("run", "scenarios/my cluster.yaml", "--set", "name=it's", "--out", "/tmp/x"));
  private static final Pattern IMG = Pattern.compile("<img src=\"([^\"]+)\"");

  @TempDir Path dir;

  @Test
  void statesWhatWasRunAndHowToRunItAgain() {
    Report report = Report.of(ReportResults.of(Fixtures.comparisonWithMigration()), PROVENANCE);
    String html = HtmlReport.render(report, ReportCharts.render(report));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
        .contains("<h1>paper-two-node</h1>")
        .contains("<th>Seed</th><td>20240601</td>")
        .contains("<th>Replications</th><td>10</td>")
        .contains("8760 h observed per replication, after 24 h warm-up")
        .contains("<th>hasim version</th><td>1.2.3</td>")
        .contains("restart, live-migration (baseline restart)");
    // the command, quoted for a shell and escaped for HTML
    assertThat(PROVENANCE.command())
        .isEqualTo("hasim run 'scenarios/my cluster.yaml' --set 'name=it'\\''s' --out /tmp/x");
    assertThat(html).contains("hasim run &#39;scenarios/my cluster.yaml&#39; --set &#39;name=it&#39;\\&#39;&#39;s&#39;");
  }

  @Test
  void selfContainedWithoutScriptsOrNetworkAndTheSameEveryTime() {
    Report report = Report.of(ReportResults.of(Fixtures.comparisonWithMigration()), PROVENANCE);
    String html = HtmlReport.render(report, ReportCharts.render(report));
    assertThat(html.toLowerCase()).doesNotContain("<script", "http:", "https:", "//cdn", "@import", "url(",
        "<link", "<iframe", "onload=");
    assertThat(HtmlReport.render(report, ReportCharts.render(report))).isEqualTo(html);
  }

  @Test
  void hasAChartSectionOnlyWhenItsDataExists() {
    Report comparison = Report.of(ReportResults.of(Fixtures.comparisonWithMigration()), PROVENANCE);
    assertThat(images(HtmlReport.render(comparison, ReportCharts.render(comparison)))).containsExactly(
        "availability.png", "downtime-difference.png", "downtime-by-cause.png", "outage-durations.png",
        "migration-timeline-1.png");

    Report single = Report.of(ReportResults.of(Fixtures.experiment()), PROVENANCE);
    String html = HtmlReport.render(single, ReportCharts.render(single));
    assertThat(images(html)).containsExactly("availability.png", "downtime-by-cause.png");
    assertThat(html).doesNotContain("paired", "baseline").contains("<h2 id=\"incidents\">");

    List<RttSeries.Sample> samples = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      samples.add(new RttSeries.Sample(i / 100.0, i == 50 ? Double.NaN : 0.4));
    }
    Report extras = new Report(ReportResults.of(Fixtures.experiment()), PROVENANCE, new ReportExtras(
        List.of(new RttSeries("ping x0", samples, List.of())), List.of(), List.of(),
        List.of(new CalibrationTarget("ping loss", "packets", 20, 10, 40, new Statistic(50, 45, 55, 20)))));
    String withExtras = HtmlReport.render(extras, ReportCharts.render(extras));
    assertThat(images(withExtras)).contains("ping-rtt-1.png", "calibration.png");
    assertThat(withExtras).contains("<tr class=\"fail\"><td>ping loss</td>", "[10, 40]", "lost packets (1 of 100)");
  }

  @Test
  void aReportFromTheSavedFileIsTheReportOfTheRun() {
    Report fromRun = Report.of(ReportResults.of(Fixtures.comparisonWithMigration()), PROVENANCE);
    ReportResults read = ResultsJsonReader.parse(fromRun.results().json(), "results.json");
    Report fromFile = Report.of(read, PROVENANCE);
    List<ChartImage> runCharts = ReportCharts.render(fromRun);
    List<ChartImage> fileCharts = ReportCharts.render(fromFile);
    assertThat(HtmlReport.render(fromFile, fileCharts)).isEqualTo(HtmlReport.render(fromRun, runCharts));
    for (int i = 0; i < runCharts.size(); i++) {
      assertThat(fileCharts.get(i).png()).as(runCharts.get(i).fileName()).isEqualTo(runCharts.get(i).png());
    }
  }

  @Test
  void escapesNamesAndSaysWhenTheCommandIsUnknown() {
    RunInfo info = new RunInfo("<b>&co</b>", 1, 3600, 0, 0.95);
    ExperimentResult r = Fixtures.experiment();
    ExperimentResult renamed = new ExperimentResult(info, r.replications(), r.services(), r.incidents(), r.extra());
    Report report = Report.of(ReportResults.of(renamed), new Provenance("unknown", List.of()));
    String html = HtmlReport.render(report, List.of());
    assertThat(html).contains("<h1>&lt;b&gt;&amp;co&lt;/b&gt;</h1>").doesNotContain("<b>&co")
        .contains("not known").doesNotContain("Reproduce").contains("db, primary");
  }

  @Test
  void theWriterPutsEveryFileThePageNamesIntoTheFolder() throws IOException {
    Report report = Report.of(ReportResults.of(Fixtures.comparisonWithMigration()), PROVENANCE);
    ReportWriter.writeAll(dir, report);
    String html = Files.readString(dir.resolve("index.html"));
    List<String> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.map(p -> p.getFileName().toString()).sorted().toList();
    }
    List<String> expected = new ArrayList<>(images(html));
    expected.addAll(List.of("index.html", "provenance.json", "results.csv", "results.json"));
    assertThat(files).containsExactlyInAnyOrderElementsOf(expected); // and no temporary files
    assertThat(Files.readAllBytes(dir.resolve("results.json")))
        .isEqualTo(ResultsJson.toBytes(Fixtures.comparisonWithMigration()));
    assertThat(Files.readAllBytes(dir.resolve("results.csv")))
        .isEqualTo(ResultsCsv.toBytes(Fixtures.comparisonWithMigration()));
    assertThat(Provenance.readFrom(dir)).contains(PROVENANCE);
    assertThat(new String(PROVENANCE.toJson(), StandardCharsets.UTF_8)).contains("\"hasim_version\" : \"1.2.3\"");
  }

  private static List<String> images(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = IMG.matcher(html);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
