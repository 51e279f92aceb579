package org.hasim.failure;

import java.util.List;
import org.hasim.cluster.Cluster;
import org.hasim.cluster.Node;
import org.hasim.engine.SimClock;
import org.hasim.ha.ClusterManager;
import org.hasim.scenario.MaintenanceSpec;

/**
 * Periodic maintenance windows. Node i of a plan (0-based, in the listed order) is first taken down at
 * {@code offset + i·period/n} when staggered, then every {@code period}. A window is skipped when the
 * node is not up or, with {@code skip_when_degraded}, when another node is not up.
 */
public final class MaintenancePlan {
  private final SimClock clock;
  private final ClusterManager manager;

  public MaintenancePlan(SimClock clock, ClusterManager manager) {
    this.clock = clock;
    this.manager = manager;
  }

  public void start(List<MaintenanceSpec> plans, Cluster cluster) {
    for (MaintenanceSpec plan : plans) {
      int n = plan.nodes().size();
      for (int i = 0; i < n; i++) {
        Node node = cluster.node(plan.nodes().get(i));
        double first = plan.offset() + (plan.stagger() ? i * plan.period() / n : 0.0);
        clock.at(first, () -> window(plan, node));
      }
    }
  }

  private void window(MaintenanceSpec plan, Node node) {
    if (!plan.skipWhenDegraded() || manager.othersUp(node)) {
      manager.maintenance(node, plan.duration());
    }
    clock.schedule(plan.period(), () -> window(plan, node));
  }
}
