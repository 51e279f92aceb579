package org.hasim.analytic;

/**
 * The five-state chain shared by {@link ActiveStandbyModel} and {@link ActiveActiveModel}: both up,
 * failing over, uncovered, one up (the other in repair), both down. A zero failover or manual-recovery time
 * removes the corresponding state (its transitions go straight to one-up), because a state left at an
 * infinite rate has no place in a chain; a state nothing can enter is left out too.
 */
final class TwoNodeChain {
  static final String BOTH_UP = "both-up";
  static final String FAILING_OVER = "failing-over";
  static final String UNCOVERED = "uncovered";
  static final String ONE_UP = "one-up";
  static final String BOTH_DOWN = "both-down";

  private TwoNodeChain() {}

  /**
   * @param coveredRate both-up → failing-over (a failure that needs a failover, which works)
   * @param uncoveredRate both-up → uncovered (a failure whose automatic recovery does not work)
   * @param silentRate both-up → one-up (a failure the service does not notice)
   * @param lambda one-up → both-down (the last working node fails)
   * @param mu repair rate of one crew
   * @param crews crews working on the two nodes (only min(crews, 2) matters)
   */
  static Ctmc build(double coveredRate, double uncoveredRate, double silentRate, double lambda, double mu,
      int crews, double failoverTime, double manualTime) {
    boolean failingOver = coveredRate > 0 && failoverTime > 0;
    boolean uncovered = uncoveredRate > 0 && manualTime > 0;
    Ctmc.Builder b = Ctmc.builder().upState(BOTH_UP);
    if (failingOver) {
      b.downState(FAILING_OVER);
    }
    if (uncovered) {
      b.downState(UNCOVERED);
    }
    b.upState(ONE_UP).downState(BOTH_DOWN);

    double straightToOneUp = silentRate;
    if (failingOver) {
      b.rate(BOTH_UP, FAILING_OVER, coveredRate).rate(FAILING_OVER, ONE_UP, 1 / failoverTime);
    } else {
      straightToOneUp += coveredRate;
    }
    if (uncovered) {
      b.rate(BOTH_UP, UNCOVERED, uncoveredRate).rate(UNCOVERED, ONE_UP, 1 / manualTime);
    } else {
      straightToOneUp += uncoveredRate;
    }
    return b.rate(BOTH_UP, ONE_UP, straightToOneUp)
        .rate(ONE_UP, BOTH_UP, mu)
        .rate(ONE_UP, BOTH_DOWN, lambda)
        .rate(BOTH_DOWN, ONE_UP, Math.min(crews, 2) * mu)
        .build();
  }
}
