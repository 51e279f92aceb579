package org.hasim.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.hasim.stats.Statistic;
import org.hasim.sweep.GoalSearch;
import org.hasim.sweep.SweepResult;

/**
 * {@code results.json} of a sweep. Top level, in this order: {@code scenario}, {@code seed}, {@code
 * replications}, {@code horizon_hours}, {@code warmup_hours} (as in a single run), {@code variant} (only when
 * a variant was swept), {@code parameters} (the swept paths), {@code points} (grid order; for a goal search
 * the values tried, in increasing order), each {@code {"values": {path: value as written}, "services", "migrations",
 * "incidents", "probes"}} with the blocks of a single run's file, and for a goal search {@code goal}: {@code
 * expression}, {@code minimize}, {@code reached}, {@code answer} (the value as written, or null) and
 * {@code evidence} (per value tried: {@code value}, the goal's {@code statistic}, {@code met}).
 *
 * <p>Same canonical bytes as {@link ResultsJson}: the file depends only on the result, not on threads, shards
 * or machines.
 */
public final class SweepResultsJson {
  private SweepResultsJson() {}

  /** Writes {@code result} to {@code file} atomically. */
  public static void write(Path file, SweepResult result) throws IOException {
    AtomicFiles.write(file, toBytes(result));
  }

  public static byte[] toBytes(SweepResult sweep) {
    return ResultsJson.render(json -> {
      ResultsJson.header(json, sweep.info(), sweep.replications());
      if (sweep.variant().isPresent()) {
        json.writeStringField("variant", sweep.variant().get());
      }
      json.writeArrayFieldStart("parameters");
      for (String p : sweep.parameters()) {
        json.writeString(p);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("points");
      for (SweepResult.Point p : sweep.points()) {
        json.writeStartObject();
        strings(json, "values", p.point().values());
        ResultsJson.variantBlocks(json, p.result());
        ResultsJson.extraOutsideGroups(json, p.result().extra());
        json.writeEndObject();
      }
      json.writeEndArray();
      if (sweep.goal().isPresent()) {
        goal(json, sweep.goal().get());
      }
    });
  }

  private static void goal(JsonGenerator json, SweepResult.GoalAnswer g) throws IOException {
    json.writeObjectFieldStart("goal");
    json.writeStringField("expression", g.goal().text());
    json.writeStringField("minimize", g.minimize());
    json.writeBooleanField("reached", g.reached());
    json.writeFieldName("answer");
    if (g.reached()) {
      json.writeString(g.outcome().answer().get());
    } else {
      json.writeNull();
    }
    json.writeArrayFieldStart("evidence");
    for (GoalSearch.Evidence e : g.outcome().evidence()) {
      json.writeStartObject();
      json.writeStringField("value", e.value());
      Statistic s = e.statistic();
      ResultsJson.statistic(json, "statistic", s);
      json.writeBooleanField("met", e.met());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String name, Map<String, String> values) throws IOException {
    json.writeObjectFieldStart(name);
    for (var e : values.entrySet()) {
      json.writeStringField(e.getKey(), e.getValue());
    }
    json.writeEndObject();
  }
}
