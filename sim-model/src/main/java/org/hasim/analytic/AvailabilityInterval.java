package org.hasim.analytic;

import org.apache.commons.math3.distribution.FDistribution;

/**
 * Point estimate and two-sided confidence interval for steady-state availability from observed up and
 * down times, by the F-distribution method of K. S. Trivedi, <i>Probability and Statistics with
 * Reliability, Queuing and Computer Science Applications</i>, 2nd ed., Wiley 2002, chapter 10 (parameter
 * estimation of the two-state availability model; Example 10.27 works n = 1 and n = 10).
 *
 * <p>Assumptions: the component alternates up and down; up times are exponential with rate λ, down times
 * exponential with rate μ, all independent; n complete cycles were observed with total up time S_n and
 * total down time Y_n.
 *
 * <p>Derivation: 2λS_n and 2μY_n are independent χ² variables with 2n degrees of freedom, so
 * (2λS_n/2n)/(2μY_n/2n) = (λ/μ)·(S_n/Y_n) has the F(2n, 2n) distribution. With ρ = λ/μ and its estimate
 * ρ̂ = Y_n/S_n, the ratio ρ/ρ̂ is F(2n, 2n). Writing f_p for the p-quantile of F(2n, 2n) and α = 1 − level,
 *
 * <pre>
 *   ρ ∈ [ρ̂·f_{α/2}, ρ̂·f_{1−α/2}]   with probability 1 − α,
 *   A = 1/(1 + ρ) is decreasing in ρ, hence
 *   A ∈ [ 1/(1 + ρ̂·f_{1−α/2}),  1/(1 + ρ̂·f_{α/2}) ],   Â = 1/(1 + ρ̂) = S_n/(S_n + Y_n).
 * </pre>
 *
 * (Trivedi writes the upper critical values f_{2n,2n;α/2} = f_{1−α/2} and f_{2n,2n;1−α/2} = f_{α/2}.)
 *
 * @param availability the point estimate Â = S_n/(S_n + Y_n)
 * @param low lower end of the interval
 * @param high upper end of the interval
 * @param level confidence level, e.g. 0.95
 * @param cycles n, the number of observed up/down cycles
 */
public record AvailabilityInterval(double availability, double low, double high, double level, int cycles) {

  /**
   * @param upTime total observed up time S_n (any unit, the same as {@code downTime}), positive
   * @param downTime total observed down time Y_n, positive
   * @param cycles n ≥ 1 complete up/down cycles
   * @param level confidence level in (0, 1)
   */
  public static AvailabilityInterval trivedi(double upTime, double downTime, int cycles, double level) {
    Check.positive(upTime, "total up time");
    Check.positive(downTime, "total down time");
    Check.atLeastOne(cycles, "cycles");
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must lie strictly between 0 and 1; got " + level);
    }
    double rhoHat = downTime / upTime;
    double alpha = 1 - level;
    FDistribution f = new FDistribution(null, 2.0 * cycles, 2.0 * cycles);
    double lowerQuantile = f.inverseCumulativeProbability(alpha / 2);
    double upperQuantile = f.inverseCumulativeProbability(1 - alpha / 2);
    return new AvailabilityInterval(
        upTime / (upTime + downTime),
        1 / (1 + rhoHat * upperQuantile),
        1 / (1 + rhoHat * lowerQuantile),
        level,
        cycles);
  }
}
