package org.hasim.analytic;

/**
 * One repairable component: up → down at the failure rate λ, down → up at the repair rate μ. Its chain
 * gives A = μ/(λ + μ) = MTTF/(MTTF + MTTR), the same as {@link AvailabilityFormulas#single}.
 *
 * @param failureRate λ = 1/MTTF, per second
 * @param repairRate μ = 1/MTTR, per second
 */
public record SingleComponentModel(double failureRate, double repairRate) {
  public static final String UP = "up";
  public static final String DOWN = "down";

  public SingleComponentModel {
    Check.positive(failureRate, "failure rate");
    Check.positive(repairRate, "repair rate");
  }

  /** From the mean time to failure and the mean time to repair, in seconds. */
  public static SingleComponentModel ofMeans(double mttf, double mttr) {
    return new SingleComponentModel(1 / Check.positive(mttf, "MTTF"), 1 / Check.positive(mttr, "MTTR"));
  }

  public Ctmc chain() {
    return Ctmc.builder()
        .upState(UP)
        .downState(DOWN)
        .rate(UP, DOWN, failureRate)
        .rate(DOWN, UP, repairRate)
        .build();
  }
}
