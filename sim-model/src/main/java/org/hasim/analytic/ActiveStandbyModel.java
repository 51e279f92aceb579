package org.hasim.analytic;

/**
 * The reference active/standby model of DESIGN §7: one service, two nodes, exponential times.
 *
 * <p>States and transitions (rates per second):
 *
 * <ul>
 *   <li>{@value #BOTH_UP} (up): c·λ → {@value #FAILING_OVER}, (1 − c)·λ → {@value #UNCOVERED}, λs →
 *       {@value #ONE_UP} (the standby fails unnoticed by the service);
 *   <li>{@value #FAILING_OVER} (down): 1/T_fo → {@value #ONE_UP};
 *   <li>{@value #UNCOVERED} (down): 1/T_man → {@value #ONE_UP};
 *   <li>{@value #ONE_UP} (up, the other node in repair): μ → {@value #BOTH_UP}, λ → {@value #BOTH_DOWN};
 *   <li>{@value #BOTH_DOWN} (down): μ per busy crew → {@value #ONE_UP}, so 2μ with two or more crews and μ
 *       with one; the service restarts on the first node repaired.
 * </ul>
 *
 * <p><b>Failures while failing over or uncovered are ignored</b>: in those two states the chain only
 * leaves at 1/T_fo or 1/T_man, so a failure of the surviving node, and the completion of the failed node's
 * repair, during that (short) interval are not modelled. The error is of order λ·T_fo and λ·T_man, below
 * 10⁻⁵ for hour-long recoveries and year-long MTTFs. The failed node's repair is taken to start when the
 * chain reaches one-up, which for an exponential repair is the same as continuing it.
 *
 * <p>A failover or manual-recovery time of 0 removes that state (the failure goes straight to one-up). With
 * c = 1 and T_fo = 0 the chain is the classic two-unit standby system with repair.
 *
 * @param activeFailureRate λ, failure rate of the node running the service
 * @param standbyFailureRate λs, failure rate of the idle standby: λ for a hot standby, 0 for a cold one
 * @param repairRate μ = 1/MTTR of a node
 * @param crews repair crews, at least 1
 * @param coverage c, probability that the automatic failover works
 * @param failoverTime T_fo in seconds, mean duration of a working failover
 * @param manualRecoveryTime T_man in seconds, mean time to recover by hand when the failover does not work
 */
public record ActiveStandbyModel(
    double activeFailureRate,
    double standbyFailureRate,
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

  public ActiveStandbyModel {
    Check.positive(activeFailureRate, "active failure rate λ");
    Check.nonNegative(standbyFailureRate, "standby failure rate λs");
    Check.positive(repairRate, "repair rate μ");
    Check.atLeastOne(crews, "crews");
    Check.probability(coverage, "coverage c");
    Check.nonNegative(failoverTime, "failover time T_fo");
    Check.nonNegative(manualRecoveryTime, "manual recovery time T_man");
  }

  /** A hot standby (λs = λ): both nodes powered and ageing alike. */
  public static ActiveStandbyModel hot(double lambda, double mu, int crews, double coverage,
      double failoverTime, double manualRecoveryTime) {
    return new ActiveStandbyModel(lambda, lambda, mu, crews, coverage, failoverTime, manualRecoveryTime);
  }

  /** A cold standby (λs = 0): the idle node does not fail. */
  public static ActiveStandbyModel cold(double lambda, double mu, int crews, double coverage,
      double failoverTime, double manualRecoveryTime) {
    return new ActiveStandbyModel(lambda, 0, mu, crews, coverage, failoverTime, manualRecoveryTime);
  }

  public Ctmc chain() {
    double lambda = activeFailureRate;
    return TwoNodeChain.build(coverage * lambda, (1 - coverage) * lambda, standbyFailureRate, lambda,
        repairRate, crews, failoverTime, manualRecoveryTime);
  }
}
