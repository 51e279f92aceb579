package org.hasim.failure;

import java.util.List;
import org.hasim.cluster.Cluster;
import org.hasim.cluster.Node;
import org.hasim.engine.SimClock;
import org.hasim.engine.TimerSet;
import org.hasim.ha.ClusterManager;
import org.hasim.scenario.MaintenanceSpec;

/**
 * Periodic maintenance windows. Node i of a plan (0-based, in the listed order) is first taken down at
 * {@code offset + i·period/n} when staggered, then every {@code period}. A window is skipped when the
 * node is not up or, with {@code skip_when_degraded}, when another node is not up. The next window of each
 * node waits in a {@link TimerSet}, out of the event list.
 */
public final class MaintenancePlan {
  private final SimClock clock;
  private final ClusterManager manager;
  private MaintenanceSpec[] planOf;
  private Node[] nodeOf;
  private TimerSet windows;

  public MaintenancePlan(SimClock clock, ClusterManager manager) {
    this.clock = clock;
    this.manager = manager;
  }

  public void start(List<MaintenanceSpec> plans, Cluster cluster) {
    int slots = plans.stream().mapToInt(p -> p.nodes().size()).sum();
    planOf = new MaintenanceSpec[slots];
    nodeOf = new Node[slots];
    windows = clock.timers(slots, this::window);
    int k = 0;
    for (MaintenanceSpec plan : plans) {
      int n = plan.nodes().size();
      for (int i = 0; i < n; i++, k++) {
        planOf[k] = plan;
        nodeOf[k] = cluster.node(plan.nodes().get(i));
        double first = plan.offset() + (plan.stagger() ? i * plan.period() / n : 0.0);
        windows.setAt(k, first);
      }
    }
  }

  /** The window of slot {@code k} (one node of one plan) opens; the next one is a period later. */
  private void window(int k) {
    MaintenanceSpec plan = planOf[k];
    if (!plan.skipWhenDegraded() || manager.othersUp(nodeOf[k])) {
      manager.maintenance(nodeOf[k], plan.duration());
    }
    windows.set(k, plan.period());
  }
}
