package org.hasim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.hasim.scenario.InputException;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.RunInfo;
import org.hasim.stats.ServiceMetrics;
import org.hasim.stats.Statistic;
import org.junit.jupiter.api.Test;

/** Goals read like results.json paths, decide on the field written, and the search finds the least value. */
class GoalTest {
  private static final List<String> SERVICES = List.of("web", "db.primary");

  /** A result whose services' availability is {@code a} with interval [a − h, a + h]. */
  private static ExperimentResult result(double a, double h) {
    Statistic s = new Statistic(a, a - h, a + h, 30);
    Statistic u = Statistic.undefined();
    Map<String, ServiceMetrics> services = new LinkedHashMap<>();
    for (String name : SERVICES) {
      services.put(name, new ServiceMetrics(s, s, s, u, u, Map.of("migration-pause", s)));
    }
    return new ExperimentResult(new RunInfo("t", 1, 3600, 0, 0.95), 30, services,
        Map.of("split-brain", new Statistic(0, 0, 0, 30)), Map.of("migrations.mean_downtime_ms", s));
  }

  @Test
  void decidesOnTheFieldWritten() {
    ExperimentResult r = result(0.99995, 0.00002);
    assertThat(Goal.parse("services.web.availability.mean>=0.9999", SERVICES).met(r)).isTrue();
    assertThat(Goal.parse("services.web.availability.ci_low >= 0.99994", SERVICES).met(r)).isFalse();
    assertThat(Goal.parse("services.web.availability.ci_low>=99.99%", SERVICES).met(r)).isTrue();
    assertThat(Goal.parse("services.db.primary.availability.ci_high<0.99997", SERVICES).met(r)).isFalse();
    assertThat(Goal.parse("services.db.primary.availability.ci_high<=0.99997", SERVICES).met(r)).isTrue();
    assertThat(Goal.parse("services.web.downtime_by_cause.migration-pause.mean>0.5", SERVICES).met(r)).isTrue();
    assertThat(Goal.parse("incidents.split-brain.mean<=0", SERVICES).met(r)).isTrue();
    assertThat(Goal.parse("migrations.mean_downtime_ms.ci_high<1", SERVICES).met(r)).isTrue();
    // undefined (MTTR with no outage) and absent (a probe never recorded) never meet a goal
    assertThat(Goal.parse("services.web.mttr_s.mean<=1e9", SERVICES).met(r)).isFalse();
    assertThat(Goal.parse("probes.ping.lost.mean<=1e9", SERVICES).met(r)).isFalse();
  }

  @Test
  void badGoalsAreInputErrorsWithSuggestions() {
    assertThatThrownBy(() -> Goal.parse("services.web.availability>=0.9", SERVICES))
        .isInstanceOf(InputException.class).hasMessageContaining("must end in mean, ci_low or ci_high");
    assertThatThrownBy(() -> Goal.parse("services.wbe.availability.ci_low>=0.9", SERVICES))
        .isInstanceOf(InputException.class).hasMessageContaining("no service 'wbe'")
        .satisfies(e -> assertThat(((InputException) e).hint()).get().asString().contains("web"));
    assertThatThrownBy(() -> Goal.parse("services.web.availabilty.ci_low>=0.9", SERVICES))
        .isInstanceOf(InputException.class).hasMessageContaining("not a service metric");
    assertThatThrownBy(() -> Goal.parse("service.web.availability.ci_low>=0.9", SERVICES))
        .isInstanceOf(InputException.class).hasMessageContaining("not a block");
    assertThatThrownBy(() -> Goal.parse("services.web.availability.ci_low=0.9", SERVICES))
        .isInstanceOf(InputException.class).hasMessageContaining("cannot read the goal");
    assertThatThrownBy(() -> Goal.parse("services.web.availability.ci_low>=high", SERVICES))
        .isInstanceOf(InputException.class).hasMessageContaining("not a number");
    assertThatThrownBy(() -> Goal.parse("incidents.split-brian.mean<=0", SERVICES))
        .isInstanceOf(InputException.class).hasMessageContaining("not a incident");
  }

  /** A monotone response: availability 1 − 0.01/v, with a fixed half-width. */
  private static GoalSearch search(List<String> calls, DoubleFunction<Double> availability, String goal) {
    return new GoalSearch(Goal.parse(goal, SERVICES), v -> {
      calls.add(v);
      return result(availability.apply(Double.parseDouble(v)), 0.0001);
    });
  }

  @Test
  void binarySearchOverCandidatesFindsTheLeastValueMeetingTheGoal() {
    List<String> calls = new ArrayList<>();
    List<String> candidates = List.of("1", "2", "4", "8", "16", "32", "64", "128");
    // ci_low = 1 − 0.01/v − 0.0001 >= 0.999 ⇔ v >= 0.01/0.0009 = 11.1…: the answer is 16
    GoalSearch.Outcome o = search(calls, v -> 1 - 0.01 / v, "services.web.availability.ci_low>=0.999")
        .overCandidates(candidates);
    assertThat(o.answer()).contains("16");
    assertThat(calls).hasSizeLessThanOrEqualTo(4).contains("128", "16", "8");
    assertThat(o.evidence()).extracting(GoalSearch.Evidence::value)
        .isSortedAccordingTo(java.util.Comparator.comparingInt(candidates::indexOf));
    assertThat(o.evidence()).filteredOn(GoalSearch.Evidence::met).extracting(GoalSearch.Evidence::value)
        .doesNotContain("8");
  }

  @Test
  void noCandidateMeetsAnImpossibleGoal() {
    List<String> calls = new ArrayList<>();
    GoalSearch.Outcome o = search(calls, v -> 1 - 0.01 / v, "services.web.availability.ci_low>=1")
        .overCandidates(List.of("1", "2", "3"));
    assertThat(o.answer()).isEmpty();
    assertThat(calls).containsExactly("3"); // the largest fails, so nothing smaller can succeed
  }

  @Test
  void integerSearchGallopsThenBisects() {
    for (int answer = 1; answer <= 40; answer++) {
      int a = answer;
      List<String> calls = new ArrayList<>();
      // met exactly from v = a on
      GoalSearch.Outcome o = search(calls, v -> v >= a ? 0.9999 : 0.99, "services.web.availability.mean>=0.999")
          .overIntegers(1, 100);
      assertThat(o.answer()).contains(Integer.toString(a));
      assertThat(calls).doesNotHaveDuplicates();
      assertThat(calls.size()).isLessThanOrEqualTo(2 * (int) Math.ceil(Math.log(a + 1) / Math.log(2)) + 1);
    }
    List<String> calls = new ArrayList<>();
    assertThat(search(calls, v -> 0.5, "services.web.availability.mean>=0.999").overIntegers(1, 5).answer())
        .isEmpty();
    assertThat(calls).containsExactly("1", "2", "4", "5");
  }
}
