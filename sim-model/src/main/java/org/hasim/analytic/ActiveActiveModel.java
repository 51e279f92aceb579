package org.hasim.analytic;

/**
 * Two nodes that both carry the load, either able to carry all of it alone. Exponential times.
 *
 * <ul>
 *   <li>{@value #BOTH_UP} (up): each node fails at λ, so c·2λ → {@value #FAILING_OVER} and (1 − c)·2λ →
 *       {@value #UNCOVERED}. Unlike a standby, every failure hits a node that serves clients, so every
 *       failure needs a failover;
 *   <li>{@value #FAILING_OVER} (down): 1/T_fo → {@value #ONE_UP}. Counted as down although only the
 *       failed node's share of the clients is cut off: the chain measures "some clients see an outage"
 *       (a reward model could count it as half up);
 *   <li>{@value #UNCOVERED} (down): 1/T_man → {@value #ONE_UP};
 *   <li>{@value #ONE_UP} (up, the other node in repair): μ → {@value #BOTH_UP}, λ → {@value #BOTH_DOWN};
 *   <li>{@value #BOTH_DOWN} (down): μ per busy crew → {@value #ONE_UP}.
 * </ul>
 *
 * <p>As in {@link ActiveStandbyModel}, failures and repair completions during failing-over and uncovered
 * are ignored, and a zero T_fo or T_man removes that state.
 *
 * @param failureRate λ of each node
 * @param repairRate μ = 1/MTTR of a node
 * @param crews repair crews, at least 1
 * @param coverage c, probability that the surviving node takes over the failed node's share by itself
 * @param failoverTime T_fo in seconds
 * @param manualRecoveryTime T_man in seconds
 */
public record ActiveActiveModel(
    double failureRate,
    double repairRate,
    int crews,
    double coverage,
    double failoverTime,
    double manualRecoveryTime) {
  public static final String BOTH_UP = TwoNodeChain.BOTH_UP;
  public static final String FAILING_OVER = TwoNodeChain.FAILING_OVER;
  public static final String UNCOVERED = TwoNodeChain.UNCOVERED;
  public static final String ONE_UP = TwoNodeChain.ONE_UP;
  public static final String BOTH_DOWN = TwoNodeChain.BOTH_DOWN;

  public ActiveActiveModel {
    Check.positive(failureRate, "failure rate λ");
    Check.positive(repairRate, "repair rate μ");
    Check.atLeastOne(crews, "crews");
    Check.probability(coverage, "coverage c");
    Check.nonNegative(failoverTime, "failover time T_fo");
    Check.nonNegative(manualRecoveryTime, "manual recovery time T_man");
  }

  public Ctmc chain() {
    double twoLambda = 2 * failureRate;
    return TwoNodeChain.build(coverage * twoLambda, (1 - coverage) * twoLambda, 0, failureRate,
        repairRate, crews, failoverTime, manualRecoveryTime);
  }
}
