package org.hasim.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hasim.cluster.ScenarioBuilder.HOUR;
import static org.hasim.cluster.ScenarioBuilder.exp;
import static org.hasim.cluster.ScenarioBuilder.fixed;

import org.hasim.failure.FailureMode;
import org.hasim.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A single repairable node: the simulated interval must contain A = MTTF / (MTTF + MTTR). */
class SingleNodeAvailabilityTest {

  @ParameterizedTest(name = "MTTF {0} h, MTTR {1} h")
  @CsvSource({"500, 10", "100, 20", "2000, 4", "50, 50"})
  void intervalContainsClosedForm(double mttfHours, double mttrHours) {
    Scenario s = ScenarioBuilder.scenario()
        .node("n1", new FailureMode(exp(mttfHours * HOUR), exp(mttrHours * HOUR), true))
        .vm("vm", "n1", fixed(0))
        .service("svc", "vm")
        .horizon(200 * (mttfHours + mttrHours) * HOUR)
        .replications(30)
        .seed(7)
        .build();

    var interval = Replications.interval(s, r -> r.availability("svc"));

    double expected = mttfHours / (mttfHours + mttrHours);
    assertThat(interval.contains(expected))
        .as("95%% interval %s should contain %s", interval, expected)
        .isTrue();
    assertThat(interval.high() - interval.low()).isLessThan(0.05 * (1 - expected) + 0.01);
  }
}
