package org.hasim.sweep;

import java.util.List;
import java.util.Optional;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.RunInfo;

/**
 * The result of a sweep: what was run ({@code info}, replications per point, the variant swept if not the
 * base scenario, the parameter paths), each point's aggregated result in grid order (for a goal search: the
 * values tried, in increasing order), and the goal's answer when there was one.
 */
public record SweepResult(
    RunInfo info,
    int replications,
    Optional<String> variant,
    List<String> parameters,
    List<Point> points,
    Optional<GoalAnswer> goal) {

  public SweepResult {
    parameters = List.copyOf(parameters);
    points = List.copyOf(points);
  }

  /** One design point and its result. */
  public record Point(DesignPoint point, ExperimentResult result) {}

  /** A goal search: the goal, the parameter minimized, and what it found. */
  public record GoalAnswer(Goal goal, String minimize, GoalSearch.Outcome outcome) {
    /** Whether some value met the goal. */
    public boolean reached() {
      return outcome.answer().isPresent();
    }
  }
}
