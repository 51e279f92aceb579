package org.hasim.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.hasim.stats.ComparisonResult;
import org.hasim.stats.Difference;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.Statistic;
import org.hasim.stats.VariantDifference;

/**
 * {@code results.csv}, the flat view of {@code results.json}: one row per (variant, service, metric, cause)
 * with {@code mean, ci_low, ci_high, n}. Columns:
 *
 * <ul>
 *   <li>{@code variant} — empty for a single experiment; the variant name in a comparison; {@code "B - A"}
 *       for the paired difference of variant B against the baseline A;
 *   <li>{@code service} — the service, empty for cluster-wide metrics;
 *   <li>{@code metric} — {@code availability}, {@code downtime_min_per_year}, {@code outages_per_year},
 *       {@code mttr_s}, {@code mtbf_h}, {@code downtime_by_cause}, or a block name: {@code incidents}, {@code
 *       migrations}, {@code probes}, {@code extra};
 *   <li>{@code cause} — the outage cause for {@code downtime_by_cause}, the key inside the block otherwise
 *       (incident kind, migration or probe metric), empty for the scalar service metrics.
 * </ul>
 *
 * A metric without a value has empty numbers and n = 0. RFC 4180 quoting, {@code \n} line ends, canonical
 * numbers; the bytes depend only on the result.
 */
public final class ResultsCsv {
  static final String HEADER = "variant,service,metric,cause,mean,ci_low,ci_high,n";

  private ResultsCsv() {}

  public static void write(Path file, ExperimentResult result) throws IOException {
    AtomicFiles.write(file, toBytes(result));
  }

  public static void write(Path file, ComparisonResult comparison) throws IOException {
    AtomicFiles.write(file, toBytes(comparison));
  }

  public static byte[] toBytes(ExperimentResult result) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    variantRows(out, "", result);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] toBytes(ComparisonResult comparison) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    comparison.variants().forEach((name, result) -> variantRows(out, name, result));
    comparison.differences().forEach((name, d) -> differenceRows(out, name + " - " + d.baseline(), d));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void variantRows(StringBuilder out, String variant, ExperimentResult r) {
    r.services().forEach((service, m) -> {
      m.scalars().forEach((metric, s) -> row(out, variant, service, metric, "", s));
      m.downtimeByCause().forEach((cause, s) -> row(out, variant, service, "downtime_by_cause", cause, s));
    });
    ResultsJson.group(r.extra(), "migrations").forEach((k, s) -> row(out, variant, "", "migrations", k, s));
    r.incidents().forEach((k, s) -> row(out, variant, "", "incidents", k, s));
    ResultsJson.group(r.extra(), "probes").forEach((k, s) -> row(out, variant, "", "probes", k, s));
    ResultsJson.outsideGroups(r.extra()).forEach((k, s) -> row(out, variant, "", "extra", k, s));
  }

  private static void differenceRows(StringBuilder out, String variant, VariantDifference d) {
    d.services().forEach((service, sd) -> {
      sd.scalars().forEach((metric, diff) -> row(out, variant, service, metric, "", diff.paired()));
      sd.downtimeByCause().forEach((cause, diff) ->
          row(out, variant, service, "downtime_by_cause", cause, diff.paired()));
    });
    blockRows(out, variant, "migrations", ResultsJson.group(d.extra(), "migrations"));
    blockRows(out, variant, "incidents", d.incidents());
    blockRows(out, variant, "probes", ResultsJson.group(d.extra(), "probes"));
    blockRows(out, variant, "extra", ResultsJson.outsideGroups(d.extra()));
  }

  private static void blockRows(StringBuilder out, String variant, String block, Map<String, Difference> diffs) {
    diffs.forEach((k, diff) -> row(out, variant, "", block, k, diff.paired()));
  }

  private static void row(StringBuilder out, String variant, String service, String metric, String cause,
      Statistic s) {
    boolean defined = s.defined();
    out.append(field(variant)).append(',').append(field(service)).append(',').append(field(metric)).append(',')
        .append(field(cause)).append(',')
        .append(defined ? number(s.mean()) : "").append(',')
        .append(defined ? number(s.ciLow()) : "").append(',')
        .append(defined ? number(s.ciHigh()) : "").append(',')
        .append(defined ? s.n() : 0).append('\n');
  }

  private static String number(double v) {
    return Double.isFinite(v) ? CanonicalNumber.format(v) : "";
  }

  /** RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. */
  static String field(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
