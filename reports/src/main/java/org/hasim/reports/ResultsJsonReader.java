package org.hasim.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hasim.migration.MigrationRecord;
import org.hasim.scenario.InputException;
import org.hasim.scenario.MigrationSpec;
import org.hasim.stats.ComparisonResult;
import org.hasim.stats.Difference;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.RunInfo;
import org.hasim.stats.ServiceDifference;
import org.hasim.stats.ServiceMetrics;
import org.hasim.stats.Statistic;
import org.hasim.stats.VariantDifference;

/**
 * Reads a {@code results.json} written by {@link ResultsJson} back into the same records, so that a report can
 * be rendered again without simulating: writing what it reads gives the same bytes. Two things the file does
 * not hold come back as defaults: the confidence level (the 95 % every run uses) and the unpaired (Welch)
 * difference, which is never written (undefined).
 *
 * <p>A file that is not such a results file is bad input: an {@link InputException} naming the field.
 */
public final class ResultsJsonReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final double HOUR = 3600;

  private final String file;

  private ResultsJsonReader(String file) {
    this.file = file;
  }

  /** Reads {@code path}; a missing or malformed file is an {@link InputException}. */
  public static ReportResults read(Path path) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException(path.toString(), 0, 0, null, "no such file",
          "give the results.json a 'hasim run' or 'hasim compare' wrote");
    }
    return parse(bytes, path.toString());
  }

  /** Parses the bytes of a results file; {@code file} names it in error messages. */
  public static ReportResults parse(byte[] bytes, String file) {
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new InputException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), null,
          "not valid JSON: " + e.getOriginalMessage(), null);
    } catch (IOException e) {
      throw new InputException(file, "cannot be read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new InputException(file, 0, 0, null, "not a results file: the top level must be an object",
          "give the results.json a 'hasim run' or 'hasim compare' wrote");
    }
    return new ResultsJsonReader(file).results(root);
  }

  private ReportResults results(JsonNode root) {
    RunInfo info = new RunInfo(text(root, "scenario", "scenario"), integer(root, "seed", "seed").longValue(),
        seconds(number(root, "horizon_hours", "horizon_hours")),
        seconds(number(root, "warmup_hours", "warmup_hours")), Statistic.DEFAULT_LEVEL);
    int replications = integer(root, "replications", "replications").intValue();
    if (!root.has("variants")) {
      return ReportResults.of(experiment(info, replications, root, ""));
    }
    experiment(info, replications, root, ""); // the baseline's copy at the top level must be well-formed too
    Map<String, ExperimentResult> variants = new LinkedHashMap<>();
    object(root, "variants", "variants").fields().forEachRemaining(e ->
        variants.put(e.getKey(), experiment(info, replications, e.getValue(), "variants." + e.getKey() + ".")));
    if (variants.size() < 2) {
      throw bad("variants", "a comparison needs at least two variants, found " + variants.keySet());
    }
    Map<String, VariantDifference> differences = new LinkedHashMap<>();
    object(root, "differences", "differences").fields().forEachRemaining(e ->
        differences.put(e.getKey(), difference(e.getKey(), e.getValue(), "differences." + e.getKey() + ".")));
    return ReportResults.of(new ComparisonResult(info, replications, variants, differences));
  }

  private ExperimentResult experiment(RunInfo info, int replications, JsonNode node, String path) {
    Map<String, ServiceMetrics> services = new LinkedHashMap<>();
    object(node, "services", path + "services").fields().forEachRemaining(e ->
        services.put(e.getKey(), service(e.getValue(), path + "services." + e.getKey() + ".")));
    Map<String, Statistic> extra = new LinkedHashMap<>();
    prefixed(extra, "migrations.", statistics(node, "migrations", path));
    prefixed(extra, "probes.", statistics(node, "probes", path));
    if (node.has("extra")) {
      prefixed(extra, "", statistics(node, "extra", path));
    }
    Optional<MigrationRecord> first = node.has(ResultsJson.FIRST_MIGRATION)
        ? Optional.of(migration(node.get(ResultsJson.FIRST_MIGRATION), path + ResultsJson.FIRST_MIGRATION + "."))
        : Optional.empty();
    return new ExperimentResult(info, replications, services, statistics(node, "incidents", path), extra, first);
  }

  private ServiceMetrics service(JsonNode node, String path) {
    return new ServiceMetrics(
        statistic(node, ServiceMetrics.AVAILABILITY, path),
        statistic(node, ServiceMetrics.DOWNTIME_MIN_PER_YEAR, path),
        statistic(node, ServiceMetrics.OUTAGES_PER_YEAR, path),
        statistic(node, ServiceMetrics.MTTR_S, path),
        statistic(node, ServiceMetrics.MTBF_H, path),
        statistics(node, "downtime_by_cause", path));
  }

  private VariantDifference difference(String variant, JsonNode node, String path) {
    String baseline = text(node, "baseline", path + "baseline");
    Map<String, ServiceDifference> services = new LinkedHashMap<>();
    object(node, "services", path + "services").fields().forEachRemaining(e -> {
      ServiceMetrics m = service(e.getValue(), path + "services." + e.getKey() + ".");
      services.put(e.getKey(), new ServiceDifference(paired(m.availability()), paired(m.downtimeMinPerYear()),
          paired(m.outagesPerYear()), paired(m.mttrS()), paired(m.mtbfH()), paired(m.downtimeByCause())));
    });
    Map<String, Statistic> extra = new LinkedHashMap<>();
    prefixed(extra, "migrations.", statistics(node, "migrations", path));
    prefixed(extra, "probes.", statistics(node, "probes", path));
    if (node.has("extra")) {
      prefixed(extra, "", statistics(node, "extra", path));
    }
    return new VariantDifference(variant, baseline, services, paired(statistics(node, "incidents", path)),
        paired(extra));
  }

  private MigrationRecord migration(JsonNode node, String path) {
    List<MigrationRecord.Round> rounds = new ArrayList<>();
    JsonNode array = node.get("rounds");
    if (array == null || !array.isArray()) {
      throw bad(path + "rounds", "must be an array of rounds");
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode r = array.get(i);
      String at = path + "rounds[" + i + "].";
      rounds.add(new MigrationRecord.Round(integer(r, "index", at + "index").intValue(),
          integer(r, "bytes", at + "bytes").longValue(), number(r, "duration_s", at + "duration_s"),
          integer(r, "pages_dirtied", at + "pages_dirtied").longValue(), number(r, "rate_bps", at + "rate_bps")));
    }
    JsonNode stop = node.get("stop_reason");
    Optional<MigrationRecord.StopReason> stopReason = stop == null || stop.isNull()
        ? Optional.empty()
        : Optional.of(constant(MigrationRecord.StopReason.class, text(node, "stop_reason", path + "stop_reason"),
            path + "stop_reason"));
    return new MigrationRecord(text(node, "vm", path + "vm"), text(node, "source", path + "source"),
        text(node, "target", path + "target"),
        constant(MigrationSpec.Algorithm.class, text(node, "algorithm", path + "algorithm"), path + "algorithm"),
        rounds, number(node, "start_s", path + "start_s"), number(node, "total_time_s", path + "total_time_s"),
        number(node, "downtime_s", path + "downtime_s"), integer(node, "bytes_sent", path + "bytes_sent").longValue(),
        integer(node, "pulled_bytes", path + "pulled_bytes").longValue(), number(node, "degraded_s", path + "degraded_s"),
        stopReason,
        constant(MigrationRecord.Outcome.class, text(node, "outcome", path + "outcome"), path + "outcome"),
        constant(MigrationRecord.Fault.class, text(node, "fault", path + "fault"), path + "fault"));
  }

  private Map<String, Statistic> statistics(JsonNode parent, String name, String path) {
    Map<String, Statistic> out = new LinkedHashMap<>();
    JsonNode node = object(parent, name, path + name);
    node.fieldNames().forEachRemaining(k -> out.put(k, statistic(node, k, path + name + ".")));
    return out;
  }

  /** {"mean", "ci_low", "ci_high", "n"}; null numbers (with n = 0) are a metric without a value. */
  private Statistic statistic(JsonNode parent, String name, String path) {
    JsonNode node = object(parent, name, path + name);
    JsonNode mean = node.get("mean");
    if (mean == null) {
      throw bad(path + name + ".mean", "missing");
    }
    if (mean.isNull()) {
      return Statistic.undefined();
    }
    String at = path + name + ".";
    return new Statistic(number(node, "mean", at + "mean"), number(node, "ci_low", at + "ci_low"),
        number(node, "ci_high", at + "ci_high"), integer(node, "n", at + "n").intValue());
  }

  private JsonNode object(JsonNode parent, String name, String path) {
    JsonNode node = parent.get(name);
    if (node == null || !node.isObject()) {
      throw bad(path, node == null ? "missing" : "must be an object");
    }
    return node;
  }

  private String text(JsonNode parent, String name, String path) {
    JsonNode node = parent.get(name);
    if (node == null || !node.isTextual()) {
      throw bad(path, node == null ? "missing" : "must be a string");
    }
    return node.textValue();
  }

  private double number(JsonNode parent, String name, String path) {
    JsonNode node = parent.get(name);
    if (node == null || !node.isNumber()) {
      throw bad(path, node == null ? "missing" : "must be a number");
    }
    return node.doubleValue();
  }

  private Number integer(JsonNode parent, String name, String path) {
    JsonNode node = parent.get(name);
    if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
      throw bad(path, node == null ? "missing" : "must be a whole number");
    }
    return node.longValue();
  }

  private <E extends Enum<E>> E constant(Class<E> type, String value, String path) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> allowed = new ArrayList<>();
      for (E c : type.getEnumConstants()) {
        allowed.add(ResultsJson.key(c));
      }
      throw new InputException(file, 0, 0, path, "unknown value '" + value + "'", "expected one of " + allowed);
    }
  }

  private InputException bad(String path, String problem) {
    return new InputException(file, 0, 0, path, problem, "the file must be a results.json written by hasim");
  }

  private static void prefixed(Map<String, Statistic> into, String prefix, Map<String, Statistic> stats) {
    stats.forEach((k, v) -> into.put(prefix + k, v));
  }

  private static Difference paired(Statistic s) {
    return new Difference(s, Statistic.undefined());
  }

  private static Map<String, Difference> paired(Map<String, Statistic> stats) {
    Map<String, Difference> out = new LinkedHashMap<>();
    stats.forEach((k, v) -> out.put(k, paired(v)));
    return out;
  }

  /**
   * Seconds whose {@code / 3600} is exactly {@code hours}, so that the hours written again are the same digits
   * ({@code hours * 3600} usually is; near a rounding edge a neighbouring double is).
   */
  static double seconds(double hours) {
    double s = hours * HOUR;
    for (int step = 0; step < 8 && s / HOUR != hours; step++) {
      s = s / HOUR < hours ? Math.nextUp(s) : Math.nextDown(s);
    }
    return s;
  }
}
