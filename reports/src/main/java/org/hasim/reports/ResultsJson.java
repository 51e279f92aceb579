package org.hasim.reports;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.hasim.migration.MigrationRecord;
import org.hasim.stats.ComparisonResult;
import org.hasim.stats.Difference;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.RunInfo;
import org.hasim.stats.ServiceDifference;
import org.hasim.stats.ServiceMetrics;
import org.hasim.stats.Statistic;
import org.hasim.stats.VariantDifference;

/**
 * {@code results.json}, the machine contract (DESIGN §4.8). Top level, in this order: {@code scenario},
 * {@code seed}, {@code replications}, {@code horizon_hours}, {@code warmup_hours}, {@code services} (name →
 * {@code availability}, {@code downtime_min_per_year}, {@code outages_per_year}, {@code mttr_s}, {@code
 * mtbf_h}, {@code downtime_by_cause}), {@code migrations}, {@code incidents} (kind → per year), {@code probes}.
 * Every metric is a statistic {@code {"mean", "ci_low", "ci_high", "n"}}; a metric without a value (MTTR when
 * nothing failed) has null numbers and n = 0.
 *
 * <p>A comparison has the same top level, whose blocks are those of the first (baseline) variant, plus {@code
 * variants} (name → {@code services}, {@code migrations}, {@code incidents}, {@code probes}) and {@code
 * differences} (variant → {@code baseline} name and the same four blocks, each statistic being the paired
 * difference variant − baseline over replications with common random numbers).
 *
 * <p>Extra metrics recorded by the model under {@code migrations.*} and {@code probes.*} fill those blocks;
 * any other group (e.g. the outage-duration counts {@code outages.<service>.<bin>}) appears in a trailing
 * {@code extra} object (absent when empty).
 *
 * <p>After {@code probes}, a variant that live-migrated has {@code first_migration}: the record of the first
 * migration to finish in its first replication (an example for the timeline chart, not a statistic): {@code
 * vm}, {@code source}, {@code target}, {@code algorithm}, {@code start_s}, {@code total_time_s}, {@code
 * downtime_s}, {@code degraded_s}, {@code bytes_sent}, {@code pulled_bytes}, {@code stop_reason} (null if
 * none), {@code outcome}, {@code fault}, and {@code rounds}, an array of {@code {index, bytes, duration_s,
 * pages_dirtied, rate_bps}}. Enumerations are lower case with underscores ({@code xen_legacy}, {@code
 * few_dirty}). {@link ResultsJsonReader} reads the file back.
 *
 * <p>A sweep's file is written by {@link SweepResultsJson} with the same pieces.
 *
 * <p>The bytes depend only on the result: fixed key order, two-space indentation, {@code \n} line ends, numbers
 * in canonical form (see {@link CanonicalNumber}), no timestamps or host names.
 */
public final class ResultsJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  static final String FIRST_MIGRATION = "first_migration";

  private ResultsJson() {}

  /** Writes {@code result} to {@code file} atomically. */
  public static void write(Path file, ExperimentResult result) throws IOException {
    AtomicFiles.write(file, toBytes(result));
  }

  /** Writes {@code comparison} to {@code file} atomically. */
  public static void write(Path file, ComparisonResult comparison) throws IOException {
    AtomicFiles.write(file, toBytes(comparison));
  }

  public static byte[] toBytes(ExperimentResult result) {
    return render(json -> {
      header(json, result.info(), result.replications());
      variantBlocks(json, result);
      extraOutsideGroups(json, result.extra());
    });
  }

  public static byte[] toBytes(ComparisonResult comparison) {
    return render(json -> {
      ExperimentResult baseline = comparison.variants().get(comparison.baseline());
      header(json, comparison.info(), comparison.replications());
      variantBlocks(json, baseline);
      json.writeObjectFieldStart("variants");
      for (var e : comparison.variants().entrySet()) {
        json.writeObjectFieldStart(e.getKey());
        variantBlocks(json, e.getValue());
        extraOutsideGroups(json, e.getValue().extra());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeObjectFieldStart("differences");
      for (var e : comparison.differences().entrySet()) {
        json.writeObjectFieldStart(e.getKey());
        differenceBlocks(json, e.getValue());
        json.writeEndObject();
      }
      json.writeEndObject();
    });
  }

  interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  static byte[] render(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      json.setPrettyPrinter(new DefaultPrettyPrinter()
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter)
          .withSeparators(DefaultPrettyPrinter.DEFAULT_SEPARATORS.withObjectFieldValueSpacing(
              com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)));
      json.writeStartObject();
      body.write(json);
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toByteArray();
  }

  static void header(JsonGenerator json, RunInfo info, int replications) throws IOException {
    json.writeStringField("scenario", info.scenario());
    json.writeNumberField("seed", info.seed());
    json.writeNumberField("replications", replications);
    number(json, "horizon_hours", info.horizonHours());
    number(json, "warmup_hours", info.warmupHours());
  }

  /** services, migrations, incidents, probes of one variant. */
  static void variantBlocks(JsonGenerator json, ExperimentResult r) throws IOException {
    json.writeObjectFieldStart("services");
    for (var e : r.services().entrySet()) {
      json.writeObjectFieldStart(e.getKey());
      ServiceMetrics m = e.getValue();
      for (var metric : m.scalars().entrySet()) {
        statistic(json, metric.getKey(), metric.getValue());
      }
      statistics(json, "downtime_by_cause", m.downtimeByCause());
      json.writeEndObject();
    }
    json.writeEndObject();
    statistics(json, "migrations", r.extraGroup("migrations"));
    statistics(json, "incidents", r.incidents());
    statistics(json, "probes", r.extraGroup("probes"));
    if (r.firstMigration().isPresent()) {
      migration(json, r.firstMigration().get());
    }
  }

  private static void migration(JsonGenerator json, MigrationRecord m) throws IOException {
    json.writeObjectFieldStart(FIRST_MIGRATION);
    json.writeStringField("vm", m.vm());
    json.writeStringField("source", m.source());
    json.writeStringField("target", m.target());
    json.writeStringField("algorithm", key(m.algorithm()));
    number(json, "start_s", m.start());
    number(json, "total_time_s", m.totalTime());
    number(json, "downtime_s", m.downtime());
    number(json, "degraded_s", m.degradedTime());
    json.writeNumberField("bytes_sent", m.bytesSent());
    json.writeNumberField("pulled_bytes", m.pulledBytes());
    if (m.stopReason().isPresent()) {
      json.writeStringField("stop_reason", key(m.stopReason().get()));
    } else {
      json.writeNullField("stop_reason");
    }
    json.writeStringField("outcome", key(m.outcome()));
    json.writeStringField("fault", key(m.fault()));
    json.writeArrayFieldStart("rounds");
    for (MigrationRecord.Round round : m.rounds()) {
      json.writeStartObject();
      json.writeNumberField("index", round.index());
      json.writeNumberField("bytes", round.bytes());
      number(json, "duration_s", round.duration());
      json.writeNumberField("pages_dirtied", round.pagesDirtied());
      number(json, "rate_bps", round.rate());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** An enumeration constant as written: lower case, e.g. {@code fell_back_to_restart}. */
  static String key(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The same four blocks, each statistic the paired difference. */
  private static void differenceBlocks(JsonGenerator json, VariantDifference d) throws IOException {
    json.writeStringField("baseline", d.baseline());
    json.writeObjectFieldStart("services");
    for (var e : d.services().entrySet()) {
      json.writeObjectFieldStart(e.getKey());
      ServiceDifference s = e.getValue();
      for (var metric : s.scalars().entrySet()) {
        statistic(json, metric.getKey(), metric.getValue().paired());
      }
      statistics(json, "downtime_by_cause", paired(s.downtimeByCause()));
      json.writeEndObject();
    }
    json.writeEndObject();
    statistics(json, "migrations", paired(group(d.extra(), "migrations")));
    statistics(json, "incidents", paired(d.incidents()));
    statistics(json, "probes", paired(group(d.extra(), "probes")));
    Map<String, Difference> other = outsideGroups(d.extra());
    if (!other.isEmpty()) {
      statistics(json, "extra", paired(other));
    }
  }

  static void extraOutsideGroups(JsonGenerator json, Map<String, Statistic> extra) throws IOException {
    Map<String, Statistic> other = outsideGroups(extra);
    if (!other.isEmpty()) {
      statistics(json, "extra", other);
    }
  }

  static <V> Map<String, V> group(Map<String, V> extra, String group) {
    Map<String, V> out = new TreeMap<>();
    extra.forEach((k, v) -> {
      if (k.startsWith(group + ".")) {
        out.put(k.substring(group.length() + 1), v);
      }
    });
    return out;
  }

  static <V> Map<String, V> outsideGroups(Map<String, V> extra) {
    Map<String, V> out = new TreeMap<>();
    extra.forEach((k, v) -> {
      if (!k.startsWith("migrations.") && !k.startsWith("probes.")) {
        out.put(k, v);
      }
    });
    return out;
  }

  private static Map<String, Statistic> paired(Map<String, Difference> differences) {
    Map<String, Statistic> out = new java.util.LinkedHashMap<>();
    differences.forEach((k, v) -> out.put(k, v.paired()));
    return out;
  }

  private static void statistics(JsonGenerator json, String name, Map<String, Statistic> stats)
      throws IOException {
    json.writeObjectFieldStart(name);
    for (var e : stats.entrySet()) {
      statistic(json, e.getKey(), e.getValue());
    }
    json.writeEndObject();
  }

  /** {"mean", "ci_low", "ci_high", "n"}; a metric without a value is all null with n = 0. */
  static void statistic(JsonGenerator json, String name, Statistic s) throws IOException {
    json.writeObjectFieldStart(name);
    boolean defined = s.defined();
    number(json, "mean", defined ? s.mean() : Double.NaN);
    number(json, "ci_low", defined ? s.ciLow() : Double.NaN);
    number(json, "ci_high", defined ? s.ciHigh() : Double.NaN);
    json.writeNumberField("n", defined ? s.n() : 0);
    json.writeEndObject();
  }

  static void number(JsonGenerator json, String name, double value) throws IOException {
    json.writeFieldName(name);
    if (Double.isFinite(value)) {
      json.writeNumber(CanonicalNumber.format(value));
    } else {
      json.writeNull();
    }
  }
}
