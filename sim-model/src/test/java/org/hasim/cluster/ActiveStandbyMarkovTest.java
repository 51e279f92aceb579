package org.hasim.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hasim.cluster.ScenarioBuilder.HOUR;
import static org.hasim.cluster.ScenarioBuilder.exp;
import static org.hasim.cluster.ScenarioBuilder.fixed;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.hasim.failure.FailureMode;
import org.hasim.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two-node active/standby with coverage, failover time and repair crews (DESIGN §7). The chain is built
 * and solved here, independently of the model; the simulation, run with exponential times and the same
 * semantics, must contain its availability in its 95 % interval.
 *
 * <p>Mapping to the model: heartbeat timings of milliseconds (so detection is negligible), fencing time
 * exponential with mean T_fo and VM boot time 0 (so failing over lasts an exponential T_fo), manual
 * recovery exponential with mean T_man, node hardware exponential(1/λ) with repair exponential(1/μ). A cold
 * standby's hardware does not age while it hosts no VM (λs = 0).
 */
class ActiveStandbyMarkovTest {
  private static final int BOTH_UP = 0;
  private static final int FAILING_OVER = 1;
  private static final int UNCOVERED = 2;
  private static final int ONE_UP = 3;
  private static final int BOTH_DOWN = 4;

  @ParameterizedTest(name = "hot={0}, crews={1}")
  @CsvSource({"true, 1", "true, 2", "false, 1", "false, 2"})
  void simulationAgreesWithChain(boolean hot, int crews) {
    double mttf = 200 * HOUR;
    double mttr = 20 * HOUR;
    double tFo = 0.5 * HOUR;
    double tMan = 4 * HOUR;
    double c = 0.8;
    FailureMode hardware = new FailureMode(exp(mttf), exp(mttr), true);
    ScenarioBuilder b = ScenarioBuilder.scenario();
    if (hot) {
      b.node("a", hardware).node("b", hardware);
    } else {
      b.coldNode("a", hardware).coldNode("b", hardware);
    }
    Scenario s = b.vm("vm", "a", fixed(0))
        .service("svc", "vm")
        .heartbeat(0.001, 0.003, 0.0025, 0.006)
        .fencing(true, exp(tFo), 1.0)
        .coverage(c, exp(tMan))
        .crews(crews)
        .horizon(100_000 * HOUR)
        .replications(30)
        .seed(11)
        .build();

    double expected = chainAvailability(1 / mttf, hot ? 1 / mttf : 0, 1 / mttr, crews, c, tFo, tMan);
    var interval = Replications.interval(s, r -> r.availability("svc"));

    assertThat(interval.contains(expected))
        .as("interval %s should contain chain availability %s", interval, expected)
        .isTrue();
    // the interval is narrow enough to tell hot from cold standby apart
    double other = chainAvailability(1 / mttf, hot ? 0 : 1 / mttf, 1 / mttr, crews, c, tFo, tMan);
    assertThat(interval.contains(other)).as("should exclude the other standby mode's %s", other).isFalse();
  }

  static double chainAvailability(double lambda, double lambdaS, double mu, int crews, double c,
      double tFo, double tMan) {
    double[][] q = new double[5][5];
    q[BOTH_UP][FAILING_OVER] = c * lambda;
    q[BOTH_UP][UNCOVERED] = (1 - c) * lambda;
    q[BOTH_UP][ONE_UP] = lambdaS;
    q[FAILING_OVER][ONE_UP] = 1 / tFo;
    q[UNCOVERED][ONE_UP] = 1 / tMan;
    q[ONE_UP][BOTH_UP] = mu;
    q[ONE_UP][BOTH_DOWN] = lambda;
    q[BOTH_DOWN][ONE_UP] = Math.min(crews, 2) * mu;
    for (int i = 0; i < 5; i++) {
      double out = 0;
      for (int j = 0; j < 5; j++) {
        out += i == j ? 0 : q[i][j];
      }
      q[i][i] = -out;
    }
    // pi Q = 0 and sum(pi) = 1: transpose, replace the last balance equation by the normalisation
    RealMatrix a = new Array2DRowRealMatrix(q).transpose();
    double[] rhs = new double[5];
    for (int j = 0; j < 5; j++) {
      a.setEntry(4, j, 1.0);
    }
    rhs[4] = 1.0;
    double[] pi = new LUDecomposition(a).getSolver().solve(new ArrayRealVector(rhs)).toArray();
    return pi[BOTH_UP] + pi[ONE_UP];
  }
}
