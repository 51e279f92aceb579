package org.hasim.analytic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hasim.failure.Distribution;
import org.hasim.failure.FailureMode;
import org.hasim.scenario.ClusterSpec;
import org.hasim.scenario.NodeSpec;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.StorageSpec;
import org.hasim.scenario.VmSpec;

/**
 * The analytic value to set beside a simulation. When the scenario's chain exists as written, that is
 * it. When it is refused only because some time to failure or repair is not exponential, the same
 * scenario with every failure and repair time replaced by an exponential of the same mean is solved
 * instead and flagged as such, so the report can show how far the simulation lands from the exponential
 * formula (the point of the Weibull teaching example). Otherwise the refusal's reason is kept.
 */
public record AnalyticCheck(Optional<ScenarioAnalytic.Solved> solved, boolean exponentialised, String note) {

  public static AnalyticCheck of(Scenario scenario) {
    ScenarioAnalytic direct = ScenarioAnalytic.of(scenario);
    if (direct instanceof ScenarioAnalytic.Solved s) {
      return new AnalyticCheck(Optional.of(s), false, s.exact() ? "exact CTMC"
          : "CTMC with approximations: " + String.join("; ", s.approximations()));
    }
    String reason = ((ScenarioAnalytic.Refused) direct).reason();
    Scenario exp = exponentialised(scenario);
    if (!exp.equals(scenario) && ScenarioAnalytic.of(exp) instanceof ScenarioAnalytic.Solved s) {
      return new AnalyticCheck(Optional.of(s), true, "exponential approximation (" + reason
          + "); every failure and repair time replaced by an exponential with the same mean");
    }
    return new AnalyticCheck(Optional.empty(), false, reason);
  }

  /** The scenario with exponential failure and repair times of the same means. */
  static Scenario exponentialised(Scenario s) {
    List<NodeSpec> nodes = new ArrayList<>();
    for (NodeSpec n : s.cluster().nodes()) {
      nodes.add(new NodeSpec(n.name(), n.cpus(), n.memory(), n.dom0Memory(), n.cpuModel(), n.networks(),
          n.hardware().map(AnalyticCheck::exp), n.hypervisor().map(AnalyticCheck::exp), n.failsWhenIdle(),
          n.performance()));
    }
    List<VmSpec> vms = new ArrayList<>();
    for (VmSpec v : s.vms()) {
      vms.add(new VmSpec(v.name(), v.memory(), v.vcpus(), v.home(), v.bootTime(), v.shutdownTime(),
          v.crash().map(AnalyticCheck::exp), v.dirty(), v.resumeTime(), v.arpTime()));
    }
    Optional<StorageSpec> storage = s.cluster().storage()
        .map(st -> new StorageSpec(st.name(), st.failures().map(AnalyticCheck::exp)));
    ClusterSpec cluster = new ClusterSpec(nodes, s.cluster().networks(), storage, s.cluster().repair());
    return new Scenario(s.name(), s.description(), s.experiment(), cluster, vms, s.services(), s.ha(),
        s.maintenance(), s.events(), s.probes());
  }

  private static FailureMode exp(FailureMode m) {
    return new FailureMode(exp(m.timeToFailure()), exp(m.timeToRepair()), m.needsCrew());
  }

  private static Distribution exp(Distribution d) {
    return d.isExponential() ? d : new Distribution.Exponential(d.mean());
  }
}
