package org.hasim.scenario;

import java.util.List;
import java.util.Optional;
import org.hasim.failure.FailureMode;

/**
 * A physical host (dom0). {@code memory} and {@code dom0Memory} in bytes; the VMs it can hold share
 * {@code memory - dom0Memory}. {@code networks} names the networks it has a NIC on. With {@code
 * failsWhenIdle} false the hardware does not age while the node hosts no VM (a cold standby). {@code
 * performance} says how fast it runs domU work (virtualization overhead, consolidation), used by the web
 * workload of probes.
 */
public record NodeSpec(
    String name,
    int cpus,
    long memory,
    long dom0Memory,
    String cpuModel,
    List<String> networks,
    Optional<FailureMode> hardware,
    Optional<FailureMode> hypervisor,
    boolean failsWhenIdle,
    CpuPerformance performance) {

  /** A node with the default CPU performance ({@link CpuPerformance#DEFAULT}). */
  public NodeSpec(String name, int cpus, long memory, long dom0Memory, String cpuModel, List<String> networks,
      Optional<FailureMode> hardware, Optional<FailureMode> hypervisor, boolean failsWhenIdle) {
    this(name, cpus, memory, dom0Memory, cpuModel, networks, hardware, hypervisor, failsWhenIdle,
        CpuPerformance.DEFAULT);
  }

  /** Memory available to domUs. */
  public long vmMemory() {
    return memory - dom0Memory;
  }
}
