package org.hasim.reports.journal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.cluster.OutageCause;
import org.hasim.stats.ReplicationResult;
import org.hasim.stats.ServiceOutcome;

/**
 * {@link ReplicationResult} as a JSON object, losslessly: {@code {"r", "observed", "services": [{"name",
 * "up", "down", "outages", "causes": {cause: seconds}}], "incidents": {kind: count}, "extra": {key: value}}}.
 * Doubles are written as JSON strings holding {@link Double#toString(double)} (a decimal that reads back as
 * the same double, "-0.0", "NaN", …) and read back with {@link Double#parseDouble}, so a decoded result is
 * bit-identical to the encoded one whatever the JSON library does with numbers.
 */
final class ReplicationCodec {
  private static final Map<String, Incident> INCIDENTS = new HashMap<>();
  private static final Map<String, OutageCause> CAUSES = new HashMap<>();

  static {
    for (Incident i : Incident.values()) {
      INCIDENTS.put(i.key(), i);
    }
    for (OutageCause c : OutageCause.values()) {
      CAUSES.put(c.key(), c);
    }
  }

  private ReplicationCodec() {}

  static void write(JsonGenerator json, ReplicationResult r) throws IOException {
    json.writeStartObject();
    json.writeNumberField("r", r.replication());
    number(json, "observed", r.observed());
    json.writeArrayFieldStart("services");
    for (ServiceOutcome s : r.services()) {
      json.writeStartObject();
      json.writeStringField("name", s.name());
      number(json, "up", s.uptime());
      number(json, "down", s.downtime());
      json.writeNumberField("outages", s.outages());
      json.writeObjectFieldStart("causes");
      for (var c : s.downtimeByCause().entrySet()) {
        if (c.getValue() != 0 || Double.doubleToRawLongBits(c.getValue()) != 0) { // keeps -0.0 exact
          number(json, c.getKey().key(), c.getValue());
        }
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeObjectFieldStart("incidents");
    for (var i : r.incidents().entrySet()) {
      if (i.getValue() != 0) {
        json.writeNumberField(i.getKey().key(), i.getValue());
      }
    }
    json.writeEndObject();
    json.writeObjectFieldStart("extra");
    for (var e : r.extra().entrySet()) {
      number(json, e.getKey(), e.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  static ReplicationResult read(JsonNode n) {
    List<ServiceOutcome> services = new ArrayList<>();
    for (JsonNode s : required(n, "services")) {
      EnumMap<OutageCause, Double> causes = new EnumMap<>(OutageCause.class);
      for (Iterator<Map.Entry<String, JsonNode>> it = required(s, "causes").fields(); it.hasNext(); ) {
        var e = it.next();
        causes.put(known(CAUSES, e.getKey(), "outage cause"), number(e.getValue()));
      }
      services.add(new ServiceOutcome(required(s, "name").textValue(), number(required(s, "up")),
          number(required(s, "down")), required(s, "outages").longValue(), causes));
    }
    EnumMap<Incident, Long> incidents = new EnumMap<>(Incident.class);
    for (Iterator<Map.Entry<String, JsonNode>> it = required(n, "incidents").fields(); it.hasNext(); ) {
      var e = it.next();
      incidents.put(known(INCIDENTS, e.getKey(), "incident"), e.getValue().longValue());
    }
    Map<String, Double> extra = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = required(n, "extra").fields(); it.hasNext(); ) {
      var e = it.next();
      extra.put(e.getKey(), number(e.getValue()));
    }
    return new ReplicationResult(required(n, "r").intValue(), number(required(n, "observed")), services,
        incidents, extra);
  }

  private static void number(JsonGenerator json, String name, double v) throws IOException {
    json.writeStringField(name, Double.toString(v));
  }

  /** The double written at {@code n} as text. */
  private static double number(JsonNode n) {
    if (!n.isTextual()) {
      throw new IllegalArgumentException("expected a number as text, found " + n);
    }
    return Double.parseDouble(n.textValue());
  }

  static JsonNode required(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing '" + field + "'");
    }
    return v;
  }

  private static <T> T known(Map<String, T> table, String key, String what) {
    T v = table.get(key);
    if (v == null) {
      throw new IllegalArgumentException("unknown " + what + " '" + key + "'");
    }
    return v;
  }
}
