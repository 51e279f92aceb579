package org.hasim.reports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hasim.probe.ProbeSample;
import org.hasim.stats.ComparisonResult;
import org.hasim.stats.ExperimentResult;

/**
 * {@code probes.csv}: the probes' time series of replication 0 (the other replications keep none), one row
 * per packet, request or transfer event. Columns:
 *
 * <ul>
 *   <li>{@code variant} — empty for a single experiment, the variant name in a comparison;
 *   <li>{@code probe} — the probe's name; {@code replication} — always 0;
 *   <li>{@code time_s} — when the packet or request was sent (a transfer event: when it happened), seconds
 *       from the start of the run;
 *   <li>{@code kind} and {@code value} — {@code rtt}, {@code delay}, {@code response}: milliseconds;
 *       {@code lost}, {@code failed}: 1; tcp events ({@code start}, {@code stall}, {@code retransmit},
 *       {@code resume}, {@code complete}, {@code interrupted}, {@code reconnect}, {@code abandoned}): bytes
 *       delivered so far.
 * </ul>
 *
 * Rows are ordered by variant, probe (in the order of their first sample), then time (stable). Canonical numbers, {@code \n}
 * line ends; the bytes depend only on the result.
 */
public final class ProbesCsv {
  /** The file name next to results.json. */
  public static final String FILE = "probes.csv";

  static final String HEADER = "variant,probe,replication,time_s,kind,value";

  private ProbesCsv() {}

  public static byte[] toBytes(ExperimentResult result) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    rows(out, "", result.series());
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] toBytes(ComparisonResult comparison) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    comparison.variants().forEach((name, r) -> rows(out, name, r.series()));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void rows(StringBuilder out, String variant, List<ProbeSample> series) {
    List<String> order = new ArrayList<>();
    series.forEach(s -> {
      if (!order.contains(s.probe())) {
        order.add(s.probe());
      }
    });
    List<ProbeSample> sorted = new ArrayList<>(series);
    sorted.sort(Comparator.comparingInt((ProbeSample s) -> order.indexOf(s.probe()))
        .thenComparingDouble(ProbeSample::time));
    String v = ResultsCsv.field(variant);
    for (ProbeSample s : sorted) {
      out.append(v).append(',').append(ResultsCsv.field(s.probe())).append(",0,")
          .append(CanonicalNumber.format(s.time())).append(',').append(ResultsCsv.field(s.kind())).append(',')
          .append(CanonicalNumber.format(s.value())).append('\n');
    }
  }
}
