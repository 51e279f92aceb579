package org.hasim.analytic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The long-run behaviour of a {@link Ctmc}.
 *
 * @param probabilities π per state, in declaration order
 * @param availability A = Σ π_i over the up states
 * @param unavailability Σ π_i over the down states, summed directly rather than taken as 1 − A so that
 *     it keeps its relative precision when A is 0.99999…
 * @param failureFrequency f = Σ_{i up, j down} π_i·q_ij, system failures per second in the long run (the
 *     rate of up → down crossings)
 */
public record SteadyState(
    Map<String, Double> probabilities, double availability, double unavailability, double failureFrequency) {

  public SteadyState {
    probabilities = Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
  }

  /** π of one state. */
  public double probability(String state) {
    Double p = probabilities.get(state);
    if (p == null) {
      throw new IllegalArgumentException("unknown state '" + state + "'; the states are "
          + probabilities.keySet());
    }
    return p;
  }

  /**
   * Mean up time between system failures, MTBF = A / f: the time spent up per unit time divided by the
   * number of up periods per unit time. (Some texts call this MUT and keep "MTBF" for the whole cycle
   * 1/f = MUT + MDT; {@link #meanCycle()} gives that.)
   */
  public double mtbf() {
    return availability / failureFrequency;
  }

  /** Mean time to repair the system, i.e. the mean down period: MTTR = (1 − A) / f. */
  public double mttr() {
    return unavailability / failureFrequency;
  }

  /** Mean time from one system failure to the next, 1/f = MTBF + MTTR. */
  public double meanCycle() {
    return 1.0 / failureFrequency;
  }

  /** Expected downtime per year of 365 days, in seconds: (1 − A)·365·86400. */
  public double downtimePerYear() {
    return unavailability * AvailabilityFormulas.SECONDS_PER_YEAR;
  }
}
