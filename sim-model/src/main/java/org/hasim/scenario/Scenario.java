package org.hasim.scenario;

import java.util.List;

/**
 * A fully resolved scenario (one variant): every default applied, every unit converted to SI (seconds,
 * bytes, bits per second), every cross-reference checked. Produced by {@link ScenarioLoader}; the model only
 * ever sees this.
 */
public record Scenario(
    String name,
    String description,
    ExperimentSpec experiment,
    ClusterSpec cluster,
    List<VmSpec> vms,
    List<ServiceSpec> services,
    HaSpec ha,
    List<MaintenanceSpec> maintenance,
    List<ScriptedEvent> events,
    List<ProbeSpec> probes) {

  public Scenario {
    probes = List.copyOf(probes);
  }

  public VmSpec vm(String vmName) {
    return vms.stream().filter(v -> v.name().equals(vmName)).findFirst().orElseThrow();
  }

  public Scenario withExperiment(ExperimentSpec e) {
    return new Scenario(name, description, e, cluster, vms, services, ha, maintenance, events, probes);
  }
}
