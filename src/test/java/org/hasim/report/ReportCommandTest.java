package org.hasim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report folder of `hasim run`, and `hasim report` rendering it again from results.json alone. */
class ReportCommandTest {

  @Test
  void aRunLeavesAReportFolderThatStatesTheCommandAndItRendersAgainIdentically(@TempDir Path tmp)
      throws IOException {
    Path run = tmp.resolve("run");
    String[] args = {"run", Hasim.PAPER, "--replications", "10", "--threads", "2", "--out", run.toString()};
    Hasim first = Hasim.run(args);
    assertThat(first.code()).as(first.toString()).isZero();
    assertThat(first.out()).contains("Report:  " + run.resolve("index.html"));
    String html = Files.readString(run.resolve("index.html"));
    assertThat(html).contains("<pre><code>hasim " + String.join(" ", args) + "</code></pre>")
        .contains("<th>Seed</th><td>20261125</td>", "<th>Replications</th><td>10</td>",
            "<th>hasim version</th><td>");
    assertThat(files(run)).contains("results.json", "results.csv", "provenance.json", "index.html",
        "availability.png", "downtime-by-cause.png", "outage-durations.png", "migration-timeline-1.png");

    Path again = tmp.resolve("again");
    Hasim report = Hasim.run("report", run.resolve("results.json").toString(), "--out", again.toString());
    assertThat(report.code()).as(report.toString()).isZero();
    assertThat(files(again)).isEqualTo(files(run));
    for (String f : files(run)) {
      assertThat(Files.readAllBytes(again.resolve(f))).as(f).isEqualTo(Files.readAllBytes(run.resolve(f)));
    }

    // in place, given the folder
    Hasim inPlace = Hasim.run("report", run.toString());
    assertThat(inPlace.code()).as(inPlace.toString()).isZero();
    assertThat(Files.readString(run.resolve("index.html"))).isEqualTo(html);
  }

  @Test
  void resultsDoNotDependOnTheThreadsWhileTheStatedCommandDoes(@TempDir Path a, @TempDir Path b)
      throws IOException {
    Hasim one = Hasim.run("run", Hasim.PAPER, "--replications", "8", "--threads", "1", "--out", a.toString());
    Hasim two = Hasim.run("run", Hasim.PAPER, "--replications", "8", "--threads", "2", "--out", b.toString());
    assertThat(one.code()).as(one.toString()).isZero();
    assertThat(two.code()).as(two.toString()).isZero();
    assertThat(Files.readAllBytes(a.resolve("results.json"))).isEqualTo(Files.readAllBytes(b.resolve("results.json")));
    assertThat(Files.readString(a.resolve("provenance.json"))).contains("\"--threads\", \"1\"");
    assertThat(Files.readString(b.resolve("provenance.json"))).contains("\"--threads\", \"2\"");
  }

  @Test
  void withoutProvenanceTheReportSaysTheCommandIsUnknown(@TempDir Path tmp) throws IOException {
    Path run = tmp.resolve("run");
    assertThat(Hasim.run("run", Hasim.PAPER, "--replications", "4", "--out", run.toString()).code()).isZero();
    Path bare = Files.createDirectories(tmp.resolve("bare"));
    Files.copy(run.resolve("results.json"), bare.resolve("results.json"));
    Hasim report = Hasim.run("report", bare.resolve("results.json").toString());
    assertThat(report.code()).as(report.toString()).isZero();
    assertThat(Files.readString(bare.resolve("index.html"))).contains("is not known")
        .contains("unknown (report rendered by hasim");
    // the CSV is derived again and is the same as the run's
    assertThat(Files.readAllBytes(bare.resolve("results.csv"))).isEqualTo(Files.readAllBytes(run.resolve("results.csv")));
  }

  @Test
  void badResultsFilesAreBadInput(@TempDir Path tmp) throws IOException {
    Hasim missing = Hasim.run("report", tmp.resolve("nope.json").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.json", "no such file");
    Path broken = tmp.resolve("broken.json");
    Files.writeString(broken, "{\"scenario\": \"x\", \"seed\": 1,\n \"replications\": }");
    Hasim bad = Hasim.run("report", broken.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("broken.json:2", "not valid JSON").doesNotContain("Exception");
    Path other = tmp.resolve("other.json");
    Files.writeString(other, "{\"scenario\": \"x\", \"seed\": 1, \"replications\": 3}");
    Hasim wrong = Hasim.run("report", other.toString());
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err()).contains("other.json", "horizon_hours", "missing");
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
