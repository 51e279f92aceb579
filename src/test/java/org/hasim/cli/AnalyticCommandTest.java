package org.hasim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code hasim analytic ci} end to end, against Trivedi's worked example (Example 10.27). */
class AnalyticCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void jsonMatchesTrivedisTenCycleExample() throws Exception {
    // S = 9990 h, Y = 10 h, n = 10: Â = 0.999, 95 % CI (0.9975, 0.9996) in the textbook.
    int code = run("analytic", "ci", "--uptime", "9990h", "--downtime", "10h", "--cycles", "10", "--json");
    assertThat(code).as(err.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("availability").asDouble()).isCloseTo(0.999, within(1e-12));
    assertThat(json.get("ci_low").asDouble()).isCloseTo(0.9975, within(5e-5));
    assertThat(json.get("ci_high").asDouble()).isCloseTo(0.9996, within(5e-5));
  }

  @Test
  void unitsAreConvertedBeforeTheRatio() throws Exception {
    // 416.25 d = 9990 h and 600 min = 10 h: the same interval as in hours.
    run("analytic", "ci", "--uptime", "416.25d", "--downtime", "600min", "--cycles", "10", "--json");
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("ci_low").asDouble()).isCloseTo(0.9975, within(5e-5));
  }

  @Test
  void textOutputShowsEstimateAndInterval() {
    int code = run("analytic", "ci", "--uptime", "999h", "--downtime", "1h", "--cycles", "1", "--level", "0.95");
    assertThat(code).isZero();
    // F(2, 2) has CDF x/(1+x), quantiles 39 and 1/39: low = 999/1038 = 0.96242774...,
    // high = 38961/38962 = 0.99997433...; printed with enough digits to show 1 − A.
    assertThat(out.toString()).contains("point estimate  0.999").contains("95% CI  [0.9624277, 0.9999743]")
        .contains("F(2, 2)");
  }

  @Test
  void aBareNumberIsBadInput() {
    int code = run("analytic", "ci", "--uptime", "9990", "--downtime", "10h", "--cycles", "10");
    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString()).contains("field '--uptime'").contains("no unit").contains("9990s");
  }

  @Test
  void unknownUnitsAndImpossibleValuesAreBadInput() {
    assertThat(run("analytic", "ci", "--uptime", "10 weeks", "--downtime", "1h", "--cycles", "2"))
        .isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString()).contains("unknown unit 'weeks'");
    assertThat(run("analytic", "ci", "--uptime", "10h", "--downtime", "0h", "--cycles", "2"))
        .isEqualTo(Main.BAD_INPUT);
    assertThat(run("analytic", "ci", "--uptime", "10h", "--downtime", "1h", "--cycles", "0"))
        .isEqualTo(Main.BAD_INPUT);
    assertThat(run("analytic", "ci", "--uptime", "10h", "--downtime", "1h", "--cycles", "2", "--level", "95"))
        .isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString()).contains("field '--level'").doesNotContain("Exception");
  }
}
