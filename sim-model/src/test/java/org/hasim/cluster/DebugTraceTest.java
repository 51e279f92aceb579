package org.hasim.cluster;

import static org.hasim.cluster.ScenarioBuilder.HOUR;
import static org.hasim.cluster.ScenarioBuilder.exp;
import static org.hasim.cluster.ScenarioBuilder.fixed;

import org.hasim.failure.FailureMode;
import org.junit.jupiter.api.Test;

class DebugTraceTest {
  @Test
  void trace() {
    FailureMode hardware = new FailureMode(exp(200 * HOUR), exp(20 * HOUR), true);
    var s = ScenarioBuilder.scenario().node("a", hardware).node("b", hardware)
        .vm("vm", "a", fixed(0)).service("svc", "vm")
        .heartbeat(0.001, 0.003, 0.0025, 0.006).fencing(true, exp(0.5 * HOUR), 1.0)
        .coverage(0.8, exp(4 * HOUR)).horizon(100_000 * HOUR).seed(11).build();
    Recorder r = new Recorder() {
      @Override public void serviceDown(String sv, OutageCause c, double t) { super.serviceDown(sv, c, t); System.out.printf("%12.1f DOWN %s %s%n", t / 3600, sv, c); }
      @Override public void serviceUp(String sv, double t) { super.serviceUp(sv, t); System.out.printf("%12.1f UP %s%n", t / 3600, sv); }
      @Override public void onEvent(ClusterEvent e) { super.onEvent(e); System.out.printf("%12.1f %s%n", e.time() / 3600, e); }
    };
    new ClusterSimulation(s, new org.hasim.engine.RandomStreams(1), 0, r).run();
    System.out.println("A=" + r.availability("svc") + " down=" + r.downtime + " end=" + r.end + " " + r.byCause);
  }
}
