package org.hasim.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hasim.probe.ProbeSample;
import org.hasim.reports.charts.IntervalData;
import org.hasim.reports.charts.RttSeries;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.Statistic;

/**
 * The probe charts of a report: the ping RTT timeline of replication 0 (from the result in memory, or from
 * {@code probes.csv} when a report is rendered again) and the web response time per variant (from the
 * probes' summaries in results.json).
 */
public final class ProbeExtras {
  private ProbeExtras() {}

  /** One time-series row: the variant ("" for a single experiment) and the sample. */
  public record Row(String variant, ProbeSample sample) {}

  /** Rows of the results in memory. */
  public static List<Row> rows(ReportResults results) {
    List<Row> rows = new ArrayList<>();
    results.variants().forEach((variant, r) -> r.series().forEach(s -> rows.add(new Row(variant, s))));
    return rows;
  }

  /** Rows of a {@code probes.csv} next to results.json; none when there is no such file. */
  public static List<Row> rows(Path probesCsv) throws IOException {
    List<Row> rows = new ArrayList<>();
    if (!Files.isRegularFile(probesCsv)) {
      return rows;
    }
    List<String> lines = Files.readAllLines(probesCsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      String[] f = line.split(",", -1);
      if (f.length == 6) {
        rows.add(new Row(f[0], new ProbeSample(f[1], Double.parseDouble(f[3]), f[4], Double.parseDouble(f[5]))));
      }
    }
    return rows;
  }

  public static ReportExtras of(ReportResults results, List<Row> rows) {
    return new ReportExtras(rtt(rows), responseTimes(results), List.of(), List.of());
  }

  private static List<RttSeries> rtt(List<Row> rows) {
    Map<String, List<RttSeries.Sample>> byProbe = new LinkedHashMap<>();
    for (Row r : rows) {
      String kind = r.sample().kind();
      boolean lost = kind.equals(ProbeSample.LOST);
      if (!kind.equals(ProbeSample.RTT) && !lost) {
        continue;
      }
      String title = "Ping " + r.sample().probe() + (r.variant().isEmpty() ? "" : " (" + r.variant() + ")");
      byProbe.computeIfAbsent(title, k -> new ArrayList<>())
          .add(new RttSeries.Sample(r.sample().time(), lost ? Double.NaN : r.sample().value()));
    }
    List<RttSeries> out = new ArrayList<>();
    byProbe.forEach((title, samples) -> {
      samples.sort((a, b) -> Double.compare(a.timeS(), b.timeS()));
      out.add(new RttSeries(title + ", replication 0", samples, List.of()));
    });
    return out;
  }

  private static List<IntervalData> responseTimes(ReportResults results) {
    List<String> probes = new ArrayList<>();
    results.variants().values().forEach(r -> r.extraGroup("probes").keySet().forEach(k -> {
      if (k.endsWith(".response_mean_ms")) {
        String probe = k.substring(0, k.length() - ".response_mean_ms".length());
        if (!probes.contains(probe)) {
          probes.add(probe);
        }
      }
    }));
    if (probes.isEmpty()) {
      return List.of();
    }
    List<String> categories = new ArrayList<>();
    results.variants().keySet().forEach(v -> categories.add(v.isEmpty() ? "run" : v));
    List<IntervalData.Series> series = new ArrayList<>();
    for (String probe : probes) {
      List<Statistic> values = new ArrayList<>();
      for (ExperimentResult r : results.variants().values()) {
        values.add(r.extraGroup("probes").getOrDefault(probe + ".response_mean_ms", Statistic.undefined()));
      }
      series.add(new IntervalData.Series(probe, values));
    }
    return List.of(new IntervalData("Mean web response time", "variant", "response time (ms)", categories,
        series));
  }
}
