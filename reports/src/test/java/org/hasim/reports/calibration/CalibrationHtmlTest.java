package org.hasim.reports.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The page and charts are drawn from the report JSON alone (a hand-written one here). */
class CalibrationHtmlTest {
  static final String JSON = """
      {"fit": "demo", "description": "a <small> fit", "fit_file": "fits/demo.yaml", "seed": 7,
       "replications": 2, "method": "Brent", "evaluations": 12, "objective": 0.25,
       "fragment": "calibrated/demo.yaml", "passed": false,
       "counts": {"pass": 1, "fail": 1, "skipped": 1, "gap": 0},
       "parameters": [
         {"name": "resume", "description": "resume cost", "quantity": "duration", "unit": "ms",
          "paths": ["vms[x0].resume_time"], "migration_field": "resume", "value": 47.9, "value_text": "47.9ms",
          "lower": 1.0, "upper": 100.0, "start": 20.0, "fitted": true, "determined_by": ["demo.pause"],
          "also_affects": ["demo.predicted"], "note": "",
          "sweep": {"x": [1.0, 50.5, 100.0], "series": [
            {"target": "demo.pause", "standard_error": [-9.4, 0.5, 10.4]},
            {"target": "demo.predicted", "standard_error": [null, 0.1, 2.0]}]}},
         {"name": "min-rate", "description": "unused", "quantity": "bandwidth", "unit": "Mbit/s", "paths": [],
          "migration_field": "min_rate", "value": 100.0, "value_text": "100Mbit/s", "lower": 50.0,
          "upper": 200.0, "start": 100.0, "fitted": false, "determined_by": "not determined by any target",
          "also_affects": [], "note": "not determined by any target", "sweep": null}],
       "fixed": [{"path": "cluster.networks[lan].bandwidth", "value": "1Gbit/s", "reason": "not given"}],
       "targets": [
         {"id": "demo.pause", "source": "demo", "title": "pause", "where": "§6", "note": "", "role": "fit",
          "criterion": "50 ± 5 ms", "unit": "ms", "value": 50.0, "tolerance": 5.0,
          "model": [{"label": "", "measure": "m", "mean": 49.99, "ci_low": 49.99, "ci_high": 49.99, "n": 1,
                     "text": null}],
          "status": "pass", "reason": "", "standard_error": -0.002, "error_pct": -0.02},
         {"id": "demo.predicted", "source": "demo", "title": "held out", "where": "§7", "note": "",
          "role": "hold-out", "criterion": "60 ± 15 ms", "unit": "ms", "value": 60.0, "tolerance": 15.0,
          "model": [{"label": "", "measure": "m", "mean": 40.0, "ci_low": 38.0, "ci_high": 42.0, "n": 2,
                     "text": null}],
          "status": "fail", "reason": "the model gives 40 ms, outside 60 ± 15 ms", "standard_error": -1.33,
          "error_pct": -33.3333},
         {"id": "demo.ping", "source": "demo", "title": "ping", "where": "", "note": "", "role": "check",
          "criterion": "≤ 500 ms", "unit": "ms", "value": null, "tolerance": null,
          "model": [{"label": "", "measure": "m", "mean": null, "ci_low": null, "ci_high": null, "n": null,
                     "text": "(skipped: scenario file x.yaml does not exist)"}],
          "status": "skipped", "reason": "skipped: scenario file x.yaml does not exist",
          "standard_error": null, "error_pct": null}],
       "sources": [{"id": "demo", "title": "Demo", "citation": "A & B", "url": "", "file": "targets/demo.yaml"}]}
      """;

  @Test
  void thePageShowsEveryTargetParameterAndPrediction() {
    Map<String, byte[]> files = CalibrationHtml.render(JSON.getBytes(StandardCharsets.UTF_8));
    assertThat(files.keySet()).containsExactly("calibration-report.html", "param-resume.png");
    String html = new String(files.get("calibration-report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("At least one target missed.", "1 passed, 1 failed, 1 skipped")
        .contains("demo.pause", "demo.predicted", "demo.ping")
        .contains("<h2>Held-out predictions</h2>", "-33.3 %", "40 [38, 42] ms")
        .contains("<em>not determined by any target</em>", "47.9ms", "[1, 100] ms")
        .contains("skipped: scenario file x.yaml does not exist")
        .contains("<img src=\"param-resume.png\"")
        .contains("a &lt;small&gt; fit", "A &amp; B")
        .doesNotContain("param-min-rate.png");
  }

  @Test
  void aChartIsAPngOfTheStatedSize() throws IOException {
    byte[] png = CalibrationHtml.render(JSON.getBytes(StandardCharsets.UTF_8)).get("param-resume.png");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(CalibrationCharts.WIDTH);
    assertThat(image.getHeight()).isEqualTo(CalibrationCharts.HEIGHT);
  }
}
