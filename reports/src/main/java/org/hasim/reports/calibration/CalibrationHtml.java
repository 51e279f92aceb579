package org.hasim.reports.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders {@code calibration-report.json} as a self-contained page, {@code calibration-report.html}, that
 * shows each target with the model's value and interval, its tolerance and pass/fail; each free parameter
 * with its value, bounds and the targets that determine it (or "not determined by any target"); the held-out
 * predictions with their error; the fixed assumptions and the sources. Charts are separate PNG files
 * next to the page ({@code param-<name>.png}).
 */
public final class CalibrationHtml {
  private CalibrationHtml() {}

  /** File name → bytes: the page and one PNG per fitted parameter, all from the report JSON. */
  public static Map<String, byte[]> render(byte[] reportJson) {
    JsonNode r;
    try {
      r = new ObjectMapper().readTree(reportJson);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    StringBuilder h = new StringBuilder();
    head(h, r);
    parameters(h, r, files);
    heldOut(h, r);
    targets(h, r);
    fixed(h, r);
    sources(h, r);
    h.append("</body>\n</html>\n");
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put("calibration-report.html", h.toString().getBytes(StandardCharsets.UTF_8));
    out.putAll(files);
    return out;
  }

  /** The chart file of a parameter. */
  static String chartName(String parameter) {
    return "param-" + parameter.replaceAll("[^A-Za-z0-9._-]", "_") + ".png";
  }

  private static void head(StringBuilder h, JsonNode r) {
    boolean passed = r.get("passed").asBoolean();
    JsonNode c = r.get("counts");
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Calibration ")
        .append(esc(r.get("fit").asText())).append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse;")
        .append("margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}")
        .append("th{background:#f0f0f0}.pass{color:#070}.fail{color:#b00;font-weight:bold}.skipped{color:#777}")
        .append(".gap{color:#a60}.num{text-align:right;white-space:nowrap}.small{font-size:85%;color:#555}")
        .append("\n</style>\n</head>\n<body>\n");
    h.append("<h1>Calibration: ").append(esc(r.get("fit").asText())).append("</h1>\n<p>")
        .append(esc(r.get("description").asText())).append("</p>\n");
    h.append("<p class=\"").append(passed ? "pass" : "fail").append("\">")
        .append(passed ? "Every target that ran passed." : "At least one target missed.").append(" ")
        .append(c.get("pass").asLong()).append(" passed, ").append(c.get("fail").asLong()).append(" failed, ")
        .append(c.get("skipped").asLong()).append(" skipped, ").append(c.get("gap").asLong())
        .append(" known gaps.</p>\n");
    h.append("<p class=\"small\">Fit file ").append(esc(r.get("fit_file").asText())).append("; calibrated set ")
        .append(esc(r.get("fragment").asText())).append("; seed ").append(r.get("seed").asLong()).append(", ")
        .append(r.get("replications").asInt()).append(" replications per scenario run (common random numbers); ")
        .append(esc(r.get("method").asText())).append(", ").append(r.get("evaluations").asInt())
        .append(" evaluations, Σ standardised error² = ").append(num(r.get("objective"))).append(".</p>\n");
  }

  private static void parameters(StringBuilder h, JsonNode r, Map<String, byte[]> files) {
    h.append("<h2>Free parameters</h2>\n<table>\n<tr><th>parameter</th><th>value</th><th>bounds</th>")
        .append("<th>start</th><th>determined by</th><th>also affects</th><th>sets</th></tr>\n");
    for (JsonNode p : r.get("parameters")) {
      String unit = text(p, "unit");
      JsonNode det = p.get("determined_by");
      String determined = det.isArray() ? join(det) : "<em>" + esc(det.asText()) + "</em>";
      StringBuilder sets = new StringBuilder(join(p.get("paths")));
      if (!p.get("migration_field").isNull()) {
        sets.append(sets.length() == 0 ? "" : "; ").append("migration cases: ")
            .append(text(p, "migration_field"));
      }
      h.append("<tr><td><b>").append(text(p, "name")).append("</b>").append(small(p, "description"))
          .append("</td><td class=\"num\">").append(text(p, "value_text"))
          .append(p.get("fitted").asBoolean() ? "" : " (not fitted)")
          .append("</td><td class=\"num\">[").append(num(p.get("lower"))).append(", ")
          .append(num(p.get("upper"))).append("] ").append(unit)
          .append("</td><td class=\"num\">").append(num(p.get("start"))).append(' ').append(unit)
          .append("</td><td>").append(determined).append(small(p, "note"))
          .append("</td><td>").append(join(p.get("also_affects")))
          .append("</td><td>").append(sets).append("</td></tr>\n");
    }
    h.append("</table>\n");
    for (JsonNode p : r.get("parameters")) {
      if (p.get("sweep").isNull()) {
        continue;
      }
      String file = chartName(p.get("name").asText());
      files.put(file, CalibrationCharts.png(p));
      h.append("<figure><img src=\"").append(esc(file)).append("\" width=\"").append(CalibrationCharts.WIDTH)
          .append("\" height=\"").append(CalibrationCharts.HEIGHT).append("\" alt=\"standardised error of the ")
          .append("targets that depend on ").append(text(p, "name")).append("\"><figcaption>")
          .append(text(p, "name")).append(" across its bounds, the other parameters at their ")
          .append("calibrated values; a target passes inside the green band; dashed: the calibrated value.")
          .append("</figcaption></figure>\n");
    }
  }

  private static void heldOut(StringBuilder h, JsonNode r) {
    StringBuilder rows = new StringBuilder();
    for (JsonNode t : r.get("targets")) {
      if (!t.get("role").asText().equals("hold-out")) {
        continue;
      }
      String published = t.get("value").isNull() ? text(t, "criterion")
          : num(t.get("value")) + " " + text(t, "unit");
      rows.append("<tr><td>").append(text(t, "id")).append("</td><td>").append(text(t, "title"))
          .append("</td><td class=\"num\">").append(published)
          .append("</td><td class=\"num\">").append(model(t))
          .append("</td><td class=\"num\">").append(pct(t))
          .append("</td><td class=\"").append(text(t, "status")).append("\">").append(text(t, "status"))
          .append("</td></tr>\n");
    }
    if (rows.length() > 0) {
      h.append("<h2>Held-out predictions</h2>\n<p>Predicted with the calibrated values, never fitted.</p>\n")
          .append("<table>\n<tr><th>target</th><th>what</th><th>published</th><th>predicted</th>")
          .append("<th>error</th><th>status</th></tr>\n").append(rows).append("</table>\n");
    }
  }

  private static void targets(StringBuilder h, JsonNode r) {
    h.append("<h2>Targets</h2>\n<table>\n<tr><th>target</th><th>role</th><th>published</th><th>model</th>")
        .append("<th>error</th><th>status</th><th>source</th></tr>\n");
    for (JsonNode t : r.get("targets")) {
      h.append("<tr><td><b>").append(text(t, "id")).append("</b><br>").append(text(t, "title"))
          .append(small(t, "note"))
          .append("</td><td>").append(text(t, "role"))
          .append("</td><td class=\"num\">").append(text(t, "criterion"))
          .append("</td><td class=\"num\">").append(model(t))
          .append("</td><td class=\"num\">").append(pct(t))
          .append("</td><td class=\"").append(text(t, "status")).append("\">").append(text(t, "status"))
          .append(small(t, "reason"))
          .append("</td><td class=\"small\">").append(text(t, "source")).append(": ").append(text(t, "where"))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  /** The model value(s): mean [CI] per measure, or the word. */
  private static String model(JsonNode t) {
    StringBuilder sb = new StringBuilder();
    for (JsonNode m : t.get("model")) {
      if (sb.length() > 0) {
        sb.append("<br>");
      }
      if (!m.get("label").asText().isEmpty()) {
        sb.append(text(m, "label")).append(": ");
      }
      if (m.get("mean").isNull()) {
        sb.append(text(m, "text"));
      } else {
        sb.append(num(m.get("mean")));
        if (m.get("ci_low").asDouble() != m.get("ci_high").asDouble()) {
          sb.append(" [").append(num(m.get("ci_low"))).append(", ").append(num(m.get("ci_high"))).append("]");
        }
        sb.append(' ').append(text(t, "unit"));
      }
    }
    return sb.toString();
  }

  private static void fixed(StringBuilder h, JsonNode r) {
    h.append("<h2>Fixed assumptions</h2>\n<table>\n<tr><th>path</th><th>value</th><th>why</th></tr>\n");
    for (JsonNode f : r.get("fixed")) {
      h.append("<tr><td>").append(text(f, "path")).append("</td><td>").append(text(f, "value"))
          .append("</td><td>").append(text(f, "reason")).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void sources(StringBuilder h, JsonNode r) {
    h.append("<h2>Sources</h2>\n<ul>\n");
    for (JsonNode s : r.get("sources")) {
      h.append("<li><b>").append(text(s, "id")).append("</b>: ").append(text(s, "citation"));
      if (!s.get("url").asText().isEmpty()) {
        h.append(" <a href=\"").append(text(s, "url")).append("\">").append(text(s, "url")).append("</a>");
      }
      h.append(" <span class=\"small\">(").append(text(s, "file")).append(")</span></li>\n");
    }
    h.append("</ul>\n");
  }

  /** The escaped text of {@code key}. */
  private static String text(JsonNode n, String key) {
    return esc(n.get(key).asText());
  }

  /** The escaped text of {@code key} on a line of its own in small print, or nothing when empty. */
  private static String small(JsonNode n, String key) {
    String t = n.get(key).asText();
    return t.isEmpty() ? "" : "<br><span class=\"small\">" + esc(t) + "</span>";
  }

  private static String pct(JsonNode t) {
    JsonNode e = t.get("error_pct");
    return e.isNull() ? "" : String.format(Locale.ROOT, "%+.1f %%", e.asDouble());
  }

  private static String join(JsonNode array) {
    StringBuilder sb = new StringBuilder();
    for (JsonNode x : array) {
      sb.append(sb.length() == 0 ? "" : ", ").append(esc(x.asText()));
    }
    return sb.toString();
  }

  private static String num(JsonNode n) {
    if (n == null || n.isNull()) {
      return "";
    }
    double v = n.asDouble();
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%d", (long) v);
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(5)).stripTrailingZeros().toPlainString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
