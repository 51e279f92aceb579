package org.hasim.scenario;

/**
 * How fast a node runs the CPU work of its domUs, for the workloads of probes (DESIGN §4.2, §4.7).
 * {@code virtualizationOverhead} is the fraction by which a CPU-bound task in a domU takes longer than on
 * bare metal (0.03: 3 % slower). Beyond {@code consolidationLimit} VMs placed on the host, every further VM
 * adds {@code consolidationSlowdown} to the service-time factor (Xen was measured to hold about 16 VMs
 * without losing performance; the default slowdown 1/limit makes a host with n &gt; limit VMs run each at
 * limit/n of its speed).
 */
public record CpuPerformance(double virtualizationOverhead, int consolidationLimit, double consolidationSlowdown) {
  /** Xen's measured consolidation knee (DESIGN §8). */
  public static final int DEFAULT_CONSOLIDATION_LIMIT = 16;
  /** No overhead, the knee at 16 VMs, slowdown 1/16 per VM beyond it. */
  public static final CpuPerformance DEFAULT =
      new CpuPerformance(0.0, DEFAULT_CONSOLIDATION_LIMIT, 1.0 / DEFAULT_CONSOLIDATION_LIMIT);

  public CpuPerformance {
    if (!(virtualizationOverhead >= 0) || Double.isInfinite(virtualizationOverhead)) {
      throw new IllegalArgumentException("virtualization overhead must be finite and >= 0");
    }
    if (consolidationLimit < 1) {
      throw new IllegalArgumentException("consolidation limit must be >= 1");
    }
    if (!(consolidationSlowdown >= 0) || Double.isInfinite(consolidationSlowdown)) {
      throw new IllegalArgumentException("consolidation slowdown must be finite and >= 0");
    }
  }

  /**
   * Factor by which service times on this node are longer than on bare metal with {@code vms} VMs placed
   * on it: (1 + overhead) × (1 + slowdown × max(0, vms − limit)).
   */
  public double serviceTimeFactor(int vms) {
    return (1.0 + virtualizationOverhead) * (1.0 + consolidationSlowdown * Math.max(0, vms - consolidationLimit));
  }
}
