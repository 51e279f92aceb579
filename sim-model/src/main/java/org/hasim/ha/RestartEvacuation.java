package org.hasim.ha;

import java.util.ArrayList;
import java.util.List;
import org.hasim.cluster.Node;
import org.hasim.cluster.OutageCause;
import org.hasim.vm.Vm;

/**
 * The paper's "before": each VM is shut down cleanly on the draining node and booted on the target the
 * placement policy picks when the shutdown ends ({@code xm shutdown} / {@code xm create}). The outage is
 * shutdown + boot, attributed to {@link OutageCause#MAINTENANCE_RESTART}.
 */
public final class RestartEvacuation implements Evacuation {
  private final ClusterManager manager;
  private final VmOperations ops;

  public RestartEvacuation(ClusterManager manager) {
    this.manager = manager;
    this.ops = manager.ops();
  }

  @Override
  public void evacuate(Node node, Runnable done) {
    List<Vm> leaving = new ArrayList<>(node.vms());
    if (leaving.isEmpty()) {
      done.run();
      return;
    }
    int side = manager.actingSide(node);
    int[] remaining = {leaving.size()};
    Runnable oneGone = () -> {
      if (--remaining[0] == 0) {
        done.run();
      }
    };
    for (Vm vm : leaving) {
      if (vm.state().isServing()) {
        ops.shutdown(vm, OutageCause.MAINTENANCE_RESTART, () -> {
          manager.restartElsewhere(vm, side, OutageCause.MAINTENANCE_RESTART, node);
          oneGone.run();
        });
      } else {
        ops.stop(vm, vm.downCause());
        manager.restartElsewhere(vm, side, vm.downCause(), node);
        oneGone.run();
      }
    }
  }

  @Override
  public void move(Vm vm, Node target) {
    int side = manager.membership().sideOf(target);
    ops.shutdown(vm, OutageCause.MAINTENANCE_RESTART, () -> {
      if (target.canHost(vm)) {
        ops.boot(vm, target, OutageCause.MAINTENANCE_RESTART);
      } else {
        manager.restartElsewhere(vm, side, OutageCause.MAINTENANCE_RESTART, null);
      }
    });
  }
}
