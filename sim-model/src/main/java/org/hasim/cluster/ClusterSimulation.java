package org.hasim.cluster;

import java.util.List;
import org.hasim.engine.RandomStreams;
import org.hasim.engine.ReplicationStreams;
import org.hasim.engine.SimClock;
import org.hasim.failure.FailureProcesses;
import org.hasim.failure.MaintenancePlan;
import org.hasim.failure.RepairFacility;
import org.hasim.ha.ClusterManager;
import org.hasim.ha.HeartbeatCongestion;
import org.hasim.ha.HeartbeatDetector;
import org.hasim.ha.LiveMigrationEvacuation;
import org.hasim.ha.NetworkFailures;
import org.hasim.ha.Membership;
import org.hasim.ha.RestartEvacuation;
import org.hasim.ha.VmOperations;
import org.hasim.network.ClusterNetworks;
import org.hasim.probe.ProbeContext;
import org.hasim.probe.Probes;
import org.hasim.scenario.HaSpec;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.ScriptedEvent;
import org.hasim.vm.Vm;

/**
 * One replication of a scenario: builds the object graph (clock, cluster, manager, failure processes),
 * starts every VM on its home node at time 0, opens the probes' observation windows at their start
 * times, and runs until warm-up + horizon. Everything observable leaves through the {@link
 * ClusterObserver}.
 */
public final class ClusterSimulation {
  private final Scenario scenario;
  private final SimClock clock = new SimClock();
  private final Cluster cluster;
  private final ClusterManager manager;
  private final FailureProcesses failures;
  private final ClusterObserver observer;
  private final ServiceTracker services;
  private final NetworkFailures networkFailures;
  private final Probes probes;

  public ClusterSimulation(Scenario scenario, RandomStreams randomStreams, int replication,
      ClusterObserver observer) {
    this.scenario = scenario;
    this.observer = observer;
    ReplicationStreams streams = new ReplicationStreams(randomStreams, replication);
    this.cluster = new Cluster(scenario);
    this.services = new ServiceTracker(scenario, cluster, observer);
    Membership membership = new Membership(cluster.nodes(), scenario.ha().quorum(), cluster.racks().size(),
        cluster::sideChanged);
    HeartbeatDetector detector = new HeartbeatDetector(clock, scenario.ha().heartbeat(), streams,
        observer, membership, cluster.nodes().size());
    VmOperations ops = new VmOperations(clock, cluster, services, observer, streams);
    this.manager = new ClusterManager(clock, cluster, scenario.ha(), membership, detector, ops, streams,
        observer);
    boolean liveMigration = scenario.ha().recovery() == HaSpec.RecoveryPolicy.LIVE_MIGRATION;
    // one network model for migrations and probes, so a push phase raises the probes' path delays
    ClusterNetworks networks = liveMigration || !scenario.probes().isEmpty()
        ? new ClusterNetworks(clock, scenario) : null;
    if (liveMigration) {
      manager.setEvacuation(new LiveMigrationEvacuation(clock, manager, networks,
          scenario.ha().migration(), observer));
      new HeartbeatCongestion(clock, networks, scenario.ha().heartbeat(), manager, observer);
    } else {
      manager.setEvacuation(new RestartEvacuation(manager));
    }
    RepairFacility repairs = new RepairFacility(clock, scenario.cluster().repair().crews());
    this.failures = new FailureProcesses(clock, streams, manager, repairs);
    this.probes = new Probes(scenario, new ProbeContext(clock, cluster, ops, networks, streams, observer));
    this.networkFailures = new NetworkFailures(clock, scenario, manager, services, networks);
  }

  /** Runs the replication to its end and tells the observer. */
  public void run() {
    double end = scenario.experiment().warmup() + scenario.experiment().horizon();
    failures.start(scenario, cluster, services, networkFailures);
    for (Vm vm : cluster.vms()) {
      manager.ops().runNow(vm, cluster.node(vm.spec().home()));
    }
    services.start(0.0);
    new MaintenancePlan(clock, manager).start(scenario.maintenance(), cluster);
    for (ScriptedEvent e : scenario.events()) {
      clock.at(e.at(), () -> apply(e));
    }
    probes.schedule();
    clock.at(end, clock::stop);
    clock.run();
    probes.close(end);
    observer.finish(end);
  }

  /** Events executed (for benchmarks). */
  public long eventsExecuted() {
    return clock.executed();
  }

  private void apply(ScriptedEvent event) {
    if (event instanceof ScriptedEvent.Maintenance m) {
      manager.maintenance(cluster.node(m.node()), m.duration());
    } else if (event instanceof ScriptedEvent.NodeCrash c) {
      Node n = cluster.node(c.node());
      manager.nodeDown(n, NodeState.FAILED, "scripted", OutageCause.NODE_FAILURE);
      manager.returnAfter(n, c.repairAfter());
    } else if (event instanceof ScriptedEvent.VmCrash c) {
      manager.vmCrashed(cluster.vm(c.vm()));
    } else if (event instanceof ScriptedEvent.Partition p) {
      manager.partition(p.sideB().stream().map(cluster::node).toList(), p.duration());
    } else if (event instanceof ScriptedEvent.StorageFailure f) {
      services.setStorageUp(false, clock.now());
      clock.schedule(f.duration(), () -> services.setStorageUp(true, clock.now()));
    } else if (event instanceof ScriptedEvent.NamedStorageFailure f) {
      int k = storageIndex(f.storage());
      services.setStorageUp(k, false, clock.now());
      clock.schedule(f.duration(), () -> services.setStorageUp(k, true, clock.now()));
    } else if (event instanceof ScriptedEvent.RackSwitchFailure f) {
      Rack rack = cluster.rack(f.rack());
      manager.rackIsolation().switchDown(rack);
      clock.schedule(f.duration(), () -> manager.rackIsolation().switchUp(rack));
    } else if (event instanceof ScriptedEvent.Migrate m) {
      manager.moveVm(cluster.vm(m.vm()), cluster.node(m.target()));
    }
  }

  private int storageIndex(String name) {
    var storages = scenario.cluster().storages();
    for (int k = 0; k < storages.size(); k++) {
      if (storages.get(k).name().equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown storage " + name);
  }

  List<Node> nodes() {
    return cluster.nodes();
  }
}
