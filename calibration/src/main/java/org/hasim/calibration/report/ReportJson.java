package org.hasim.calibration.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code calibration-report.json}: the contract the HTML report is drawn from. Keys in a fixed order,
 * absent numbers as null, so the same calibration gives the same bytes.
 */
public final class ReportJson {
  private ReportJson() {}

  public static byte[] toBytes(CalibrationReport r) {
    try {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      return (mapper.writeValueAsString(tree(r)) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> tree(CalibrationReport r) {
    Map<String, Object> top = new LinkedHashMap<>();
    top.put("fit", r.fit());
    top.put("description", r.description());
    top.put("fit_file", r.fitFile());
    top.put("seed", r.seed());
    top.put("replications", r.replications());
    top.put("method", r.method());
    top.put("evaluations", r.evaluations());
    top.put("objective", num(r.objective()));
    top.put("fragment", r.fragmentFile());
    top.put("passed", r.passed());
    top.put("counts", counts(r));
    List<Object> params = new ArrayList<>();
    r.parameters().forEach(p -> params.add(parameter(p)));
    top.put("parameters", params);
    List<Object> fixed = new ArrayList<>();
    r.fixed().forEach(f -> fixed.add(ordered("path", f.path(), "value", f.value(), "reason", f.reason())));
    top.put("fixed", fixed);
    List<Object> targets = new ArrayList<>();
    r.targets().forEach(t -> targets.add(target(t)));
    top.put("targets", targets);
    List<Object> sources = new ArrayList<>();
    r.sources().forEach(s -> sources.add(ordered("id", s.id(), "title", s.title(), "citation", s.citation(),
        "url", s.url(), "file", s.file())));
    top.put("sources", sources);
    return top;
  }

  private static Map<String, Object> counts(CalibrationReport r) {
    Map<String, Object> c = new LinkedHashMap<>();
    for (String status : List.of("pass", "fail", "skipped", "gap")) {
      c.put(status, r.targets().stream().filter(t -> t.status().equals(status)).count());
    }
    return c;
  }

  private static Map<String, Object> parameter(CalibrationReport.Parameter p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("description", p.description());
    m.put("quantity", p.quantity());
    m.put("unit", p.unit());
    m.put("paths", p.paths());
    m.put("migration_field", p.migrationField());
    m.put("value", num(p.value()));
    m.put("value_text", p.valueText());
    m.put("lower", num(p.lower()));
    m.put("upper", num(p.upper()));
    m.put("start", num(p.start()));
    m.put("fitted", p.fitted());
    m.put("determined_by", p.determinedBy().isEmpty() ? "not determined by any target" : p.determinedBy());
    m.put("also_affects", p.alsoAffects());
    m.put("note", p.note());
    if (p.sweep() == null) {
      m.put("sweep", null);
    } else {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("x", p.sweep().x());
      List<Object> series = new ArrayList<>();
      p.sweep().series().forEach(x -> series.add(ordered("target", x.target(), "standard_error",
          x.standardError())));
      s.put("series", series);
      m.put("sweep", s);
    }
    return m;
  }

  private static Map<String, Object> target(CalibrationReport.TargetResult t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("source", t.source());
    m.put("title", t.title());
    m.put("where", t.where());
    m.put("note", t.note());
    m.put("role", t.role());
    m.put("criterion", t.criterion());
    m.put("unit", t.unit());
    m.put("value", t.value());
    m.put("tolerance", t.tolerance());
    List<Object> model = new ArrayList<>();
    for (CalibrationReport.ModelResult x : t.model()) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("label", x.label());
      v.put("measure", x.measure());
      v.put("mean", x.mean());
      v.put("ci_low", x.ciLow());
      v.put("ci_high", x.ciHigh());
      v.put("n", x.n());
      v.put("text", x.text());
      model.add(v);
    }
    m.put("model", model);
    m.put("status", t.status());
    m.put("reason", t.reason());
    m.put("standard_error", t.standardError());
    m.put("error_pct", t.errorPct());
    return m;
  }

  private static Double num(double v) {
    return Double.isFinite(v) ? v : null;
  }

  private static Map<String, Object> ordered(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
