package org.hasim.analytic;

import java.util.List;
import java.util.Map;
import org.hasim.scenario.Scenario;

/**
 * The analytic counterpart of a scenario, when it has one: either {@link Solved} (a chain, its steady
 * state and the assumptions and approximations made to get there) or {@link Refused} with the reason.
 *
 * <p>A scenario is accepted when it describes one VM (with any number of services on it, none depending on
 * another) on one node (a single component) or on two nodes with shared storage (the active/standby chain
 * of {@link ActiveStandbyModel} with a hot standby), every time to failure is exponential, and nothing in
 * it runs on a clock or breaks the chain's structure: no maintenance, no scripted events, no network
 * failures, no failback, quorum kept by the survivor of a two-node cluster, the VM fitting on either node.
 * VM crashes and shared-storage failures, when present, are put in series as independent components.
 */
public sealed interface ScenarioAnalytic permits ScenarioAnalytic.Solved, ScenarioAnalytic.Refused {

  /** Maps a resolved scenario to its chain and solves it, or says why it cannot. Never throws on a valid
   * scenario. */
  static ScenarioAnalytic of(Scenario scenario) {
    return new ScenarioChains(scenario).analyse();
  }

  /**
   * A scenario the analytic layer could express.
   *
   * @param model what the chain is, e.g. "active/standby (hot) in series with VM crashes"
   * @param chain the chain that was solved
   * @param steadyState its steady state
   * @param mttf mean time to the first service failure from the all-up state, seconds
   * @param assumptions how the scenario was read into the chain (what each parameter became)
   * @param approximations where the chain differs from the simulation's semantics; empty when exact
   */
  record Solved(
      String model,
      Ctmc chain,
      SteadyState steadyState,
      double mttf,
      List<String> assumptions,
      List<String> approximations) implements ScenarioAnalytic {

    public Solved {
      assumptions = List.copyOf(assumptions);
      approximations = List.copyOf(approximations);
    }

    public double availability() {
      return steadyState.availability();
    }

    /** Seconds of downtime per 365-day year. */
    public double downtimePerYear() {
      return steadyState.downtimePerYear();
    }

    /** Mean outage duration, seconds: (1 − A)/f. */
    public double mttr() {
      return steadyState.mttr();
    }

    /** Mean up period between outages, seconds: A/f. */
    public double mtbf() {
      return steadyState.mtbf();
    }

    public Map<String, Double> stateProbabilities() {
      return steadyState.probabilities();
    }

    /** True when no approximation was needed (the chain has the simulation's semantics). */
    public boolean exact() {
      return approximations.isEmpty();
    }
  }

  /** A scenario the analytic layer cannot express; {@code reason} says which feature and what to change. */
  record Refused(String reason) implements ScenarioAnalytic {}
}
