package org.hasim.ha;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hasim.cluster.ClusterObserver;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.cluster.Node;
import org.hasim.cluster.NodeState;
import org.hasim.cluster.OutageCause;
import org.hasim.cluster.Rack;
import org.hasim.engine.SimClock;
import org.hasim.migration.MigratingVm;
import org.hasim.migration.Migration;
import org.hasim.migration.MigrationOwner;
import org.hasim.migration.MigrationRecord;
import org.hasim.network.ClusterNetworks;
import org.hasim.network.Link;
import org.hasim.scenario.MigrationSpec;
import org.hasim.vm.Vm;
import org.hasim.vm.VmState;

/**
 * The paper's change: when a node is taken down, the start action of each of its VMs on the target finds
 * the VM still running on the draining node and asks that node's migration daemon for a live migration
 * ({@code xm migrate x0 node1 --live}). The outage shrinks to the stop-and-copy pause ({@link
 * OutageCause#MIGRATION_PAUSE}).
 *
 * <p>Rules: the target is the one the placement policy picks; it accepts a live migration only from a
 * node with the same CPU model (voluntary cooperation), otherwise the VM is restarted there. At most
 * {@code migration.limit} migrations run at once per node (as source or target); the rest wait in FIFO
 * order. The target reserves the VM's memory from the start until commit or abort. A migration that
 * aborts (target or link failure) or times out falls back to restart when the VM has to leave; a source
 * failure during pre-copy, or any failure during a post-copy pull, loses the VM (counted as {@code
 * vm-lost}) and it is restarted from shared storage.
 */
public final class LiveMigrationEvacuation implements Evacuation {
  private final SimClock clock;
  private final ClusterManager manager;
  private final VmOperations ops;
  private final ClusterNetworks networks;
  private final MigrationSpec spec;
  private final ClusterObserver observer;
  private final Map<Vm, Migration> active = new LinkedHashMap<>();
  private final Deque<Request> queue = new ArrayDeque<>();

  private record Request(Vm vm, Node source, Node target, boolean mustLeave, Runnable then) {}

  public LiveMigrationEvacuation(SimClock clock, ClusterManager manager, ClusterNetworks networks,
      MigrationSpec spec, ClusterObserver observer) {
    this.clock = clock;
    this.manager = manager;
    this.ops = manager.ops();
    this.networks = networks;
    this.spec = spec;
    this.observer = observer;
  }

  @Override
  public void evacuate(Node node, Runnable done) {
    List<Vm> leaving = new ArrayList<>(node.vms());
    if (leaving.isEmpty()) {
      done.run();
      return;
    }
    int[] remaining = {leaving.size()};
    Runnable oneGone = () -> {
      if (--remaining[0] == 0) {
        done.run();
      }
    };
    int side = manager.actingSide(node);
    for (Vm vm : leaving) {
      if (vm.state().isServing() && !active.containsKey(vm)) {
        Optional<Node> target = manager.place(vm, side, node);
        if (target.isPresent()) {
          request(new Request(vm, node, target.get(), true, oneGone));
        } else {
          restart(vm, node, null, oneGone); // no room anywhere: shut down, it waits for capacity
        }
      } else if (!active.containsKey(vm)) {
        ops.stop(vm, vm.downCause());
        manager.restartElsewhere(vm, side, vm.downCause(), node);
        oneGone.run();
      }
    }
  }

  @Override
  public void move(Vm vm, Node target) {
    Node source = manager.cluster().hostOf(vm).orElse(null);
    if (source != null && !active.containsKey(vm)) {
      request(new Request(vm, source, target, false, () -> {}));
    }
  }

  /** A node failed: migrations from or to it are told (DESIGN §4.5 fault semantics). */
  @Override
  public void nodeFailed(Node node) {
    for (Migration m : new ArrayList<>(active.values())) {
      if (m.source().equals(node.name())) {
        m.sourceFailed();
      } else if (m.target().equals(node.name())) {
        m.targetFailed();
      }
    }
    queue.removeIf(r -> r.target() == node && requeueElsewhere(r));
  }

  /**
   * A rack switch went down: migrations to or from the rack's nodes lose their path (a link failure), and the
   * rack's uplink goes down; or it came back, and so does the uplink.
   */
  @Override
  public void rackSwitchChanged(Rack rack) {
    networks.uplink(rack.name()).ifPresent(l -> networks.network().setUp(l, rack.switchUp()));
    if (!rack.switchUp()) {
      for (Migration m : new ArrayList<>(active.values())) {
        if (inRack(m.source(), rack) || inRack(m.target(), rack)) {
          m.linkFailed(); // also those within the rack: its switch carries them
        }
      }
    }
  }

  private boolean inRack(String node, Rack rack) {
    Node n = manager.cluster().node(node);
    return n != null && n.rack() == rack.index();
  }

  private boolean requeueElsewhere(Request r) {
    r.target().releaseIncoming(r.vm().spec().memory());
    clock.schedule(0, () -> {
      if (r.mustLeave() && r.vm().host() == r.source().index()) {
        restart(r.vm(), r.source(), null, r.then());
      }
    });
    return true;
  }

  private void request(Request r) {
    if (!r.source().spec().cpuModel().equals(r.target().spec().cpuModel())) {
      restart(r.vm(), r.source(), r.target(), r.then()); // the target refuses: incompatible CPU
      return;
    }
    Optional<List<Link>> path = networks.migrationPath(r.source().name(), r.target().name());
    if (path.isEmpty()) {
      restart(r.vm(), r.source(), r.target(), r.then());
      return;
    }
    if (atLimit(r.source()) || atLimit(r.target())) {
      r.target().reserveIncoming(r.vm().spec().memory()); // keep its room while it waits
      queue.addLast(r);
      return;
    }
    r.target().reserveIncoming(r.vm().spec().memory());
    start(r, path.get());
  }

  private boolean atLimit(Node n) {
    return n.activeMigrations() >= spec.limit();
  }

  private void start(Request r, List<Link> path) {
    Vm vm = r.vm();
    r.source().migrationStarted();
    r.target().migrationStarted();
    ops.set(vm, VmState.MIGRATING, vm.downCause());
    Migration m = new Migration(clock, networks.network(), MigratingVm.of(vm.spec()), r.source().name(),
        r.target().name(), path, spec, new Owner(r));
    active.put(vm, m);
    m.start();
  }

  private void pump() {
    for (int i = queue.size(); i > 0; i--) {
      Request r = queue.pollFirst();
      boolean stillThere = r.vm().host() == r.source().index() && r.vm().state().isServing();
      if (!stillThere || r.target().state() != NodeState.UP) {
        r.target().releaseIncoming(r.vm().spec().memory());
        if (stillThere && r.mustLeave()) {
          restart(r.vm(), r.source(), null, r.then());
        }
        continue;
      }
      if (atLimit(r.source()) || atLimit(r.target())) {
        queue.addLast(r);
        continue;
      }
      start(r, networks.migrationPath(r.source().name(), r.target().name()).orElseThrow());
    }
  }

  /** Shutdown + boot (the paper's "before"), on {@code target} if given and it has room, else anywhere. */
  private void restart(Vm vm, Node source, Node target, Runnable then) {
    int side = manager.actingSide(source);
    ops.shutdown(vm, OutageCause.MAINTENANCE_RESTART, () -> {
      if (target != null && target.canHost(vm)) {
        ops.boot(vm, target, OutageCause.MAINTENANCE_RESTART);
      } else {
        manager.restartElsewhere(vm, side, OutageCause.MAINTENANCE_RESTART, source);
      }
      then.run();
    });
  }

  private final class Owner implements MigrationOwner {
    private final Request request;
    private boolean onTarget;

    Owner(Request request) {
      this.request = request;
    }

    @Override
    public void onPaused(double t) {
      ops.set(request.vm(), VmState.PAUSED, OutageCause.MIGRATION_PAUSE);
    }

    @Override
    public void onResumed(double t, boolean target) {
      Vm vm = request.vm();
      if (target) {
        onTarget = true;
        request.target().releaseIncoming(vm.spec().memory());
        ops.runNow(vm, request.target());
      } else {
        ops.runNow(vm, request.source());
      }
    }

    @Override
    public void onFinished(MigrationRecord record) {
      Vm vm = request.vm();
      active.remove(vm);
      request.source().migrationEnded();
      request.target().migrationEnded();
      if (!onTarget) {
        request.target().releaseIncoming(vm.spec().memory());
      }
      observer.migrationFinished(record);
      switch (record.outcome()) {
        case COMMITTED -> request.then().run();
        case ABORTED, FELL_BACK_TO_RESTART -> {
          if (vm.state() == VmState.MIGRATING) {
            ops.runNow(vm, request.source());
          }
          if (request.mustLeave() && vm.state().isServing()
              && vm.host() == request.source().index()) {
            restart(vm, request.source(), null, request.then());
          } else {
            request.then().run();
          }
        }
        case VM_LOST -> {
          observer.incident(Incident.VM_LOST, vm.name(), clock.now());
          if (vm.state().isServing()) {
            // post-copy: running on the target without a complete image
            ops.fail(vm, OutageCause.NODE_FAILURE);
            manager.restartElsewhere(vm, manager.actingSide(request.target()),
                OutageCause.NODE_FAILURE, null);
          }
          request.then().run();
        }
        default -> throw new IllegalStateException(record.outcome().toString());
      }
      pump();
    }
  }
}
