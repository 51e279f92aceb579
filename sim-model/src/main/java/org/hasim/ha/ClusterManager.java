package org.hasim.ha;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hasim.cluster.Cluster;
import org.hasim.cluster.ClusterEvent;
import org.hasim.cluster.ClusterObserver;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.cluster.Node;
import org.hasim.cluster.NodeState;
import org.hasim.cluster.OutageCause;
import org.hasim.engine.ReplicationStreams;
import org.hasim.engine.SimClock;
import org.hasim.scenario.HaSpec;
import org.hasim.scenario.QuorumSpec.NoQuorumPolicy;
import org.hasim.vm.Vm;
import org.hasim.vm.VmState;

/**
 * The cluster manager (Heartbeat + Pacemaker) of one replication: reacts to node failures and returns,
 * membership changes, quorum, fencing, coverage and capacity, and decides where VMs run. Controlled
 * evacuation (maintenance, failback) is delegated to an {@link Evacuation} strategy: restart or live
 * migration.
 */
public final class ClusterManager implements HeartbeatDetector.Declarer {
  private final SimClock clock;
  private final Cluster cluster;
  private final HaSpec ha;
  private final Membership membership;
  private final HeartbeatDetector detector;
  private final VmOperations ops;
  private final ReplicationStreams streams;
  private final ClusterObserver observer;
  private final WaitingVms waiting;
  private final List<List<Vm>> lostWith = new ArrayList<>();
  private final int[] nodeEpoch;
  private final boolean[] quorate;
  private final SplitBrain splitBrain;
  private final Failover failover;
  private final Map<Long, Integer> failCounts = new HashMap<>();
  private final RackIsolation racks = new RackIsolation(this);
  private final ReplicationStreams.Family monitorPhase;
  private final ReplicationStreams.Family restartStreams;
  private Evacuation evacuation;
  private int switchesDown;

  public ClusterManager(SimClock clock, Cluster cluster, HaSpec ha, Membership membership,
      HeartbeatDetector detector, VmOperations ops, ReplicationStreams streams, ClusterObserver observer) {
    this.clock = clock;
    this.cluster = cluster;
    this.ha = ha;
    this.membership = membership;
    this.detector = detector;
    this.ops = ops;
    this.streams = streams;
    this.observer = observer;
    this.nodeEpoch = new int[cluster.nodes().size()];
    this.quorate = new boolean[membership.sides()];
    this.monitorPhase = streams.family(i -> "vm." + cluster.vms().get(i).name() + ".monitor-phase");
    this.restartStreams = streams.family(i -> "vm." + cluster.vms().get(i).name() + ".restart");
    for (int i = 0; i < cluster.nodes().size(); i++) {
      lostWith.add(new ArrayList<>());
    }
    java.util.Arrays.fill(quorate, true);
    detector.setDeclarer(this);
    this.splitBrain = new SplitBrain(clock, this, ha, streams, observer);
    this.waiting = new WaitingVms(this, clock, observer);
    this.failover = new Failover(clock, this, ha, streams, observer, splitBrain);
  }

  public void setEvacuation(Evacuation evacuation) {
    this.evacuation = evacuation;
  }

  // ---------------------------------------------------------------- uncontrolled node failures

  /**
   * Node {@code n} stops (hardware failure, hypervisor crash, scripted crash); it comes back by itself
   * through {@link #rejoin} once repaired. Its VMs are lost with it.
   */
  public void nodeDown(Node n, NodeState downState, String kind, OutageCause vmCause) {
    boolean wasAlive = n.state().isAlive();
    boolean wasMember = !membership.isExcludedBy(membership.sideOf(n), n);
    n.moveTo(downState);
    nodeEpoch[n.index()]++;
    observer.onEvent(new ClusterEvent.NodeFailed(clock.now(), n.name(), kind));
    for (Vm vm : new ArrayList<>(n.vms())) {
      ops.fail(vm, vmCause);
      lostWith.get(n.index()).add(vm);
    }
    splitBrain.hostDown(n);
    evacuation.nodeFailed(n);
    if (!wasAlive) {
      return;
    }
    int side = membership.sideOf(n);
    if (wasMember && !membership.isIsolated(side) && membership.controller(side) != null) {
      detector.contactLost(side, n);
    } else if (noNodeAlive()) {
      abandonLostVms(n);
    }
  }

  /**
   * Brings {@code n} back after {@code delay} unless something else happened to it meanwhile (a reboot
   * overtaken by a hardware failure, say).
   */
  public void returnAfter(Node n, double delay) {
    int epoch = nodeEpoch[n.index()];
    NodeState expected = n.state();
    clock.schedule(delay, () -> {
      if (nodeEpoch[n.index()] == epoch && n.state() == expected) {
        rejoin(n);
      }
    });
  }

  /** A node back from repair or reboot: it joins at once if it hears a member, else after initdead. */
  public void rejoin(Node n) {
    n.moveTo(NodeState.JOINING);
    int epoch = ++nodeEpoch[n.index()];
    if (hearsAMember(n)) {
      becomeUp(n);
    } else if (noOtherNodeAlive(n) && cluster.nodes().size() > 1) {
      clock.schedule(ha.heartbeat().initdead(), () -> {
        if (nodeEpoch[n.index()] == epoch && n.state() == NodeState.JOINING) {
          declareUnseenDead(n);
          becomeUp(n);
        }
      });
    } else if (noOtherNodeAlive(n)) {
      becomeUp(n);
    }
    // otherwise: others are alive but cut off; it waits for the partition to heal (wait_for_all)
  }

  @Override
  public void declareDead(int side, Node n) {
    membership.exclude(side, n);
    Node by = membership.controller(side);
    observer.onEvent(new ClusterEvent.NodeDeclaredDead(clock.now(), n.name(), by.name()));
    updateQuorum(side);
    List<Vm> victims = victimsOf(n);
    if (!canAct(side)) {
      victims.forEach(vm -> parkForQuorum(vm));
      return;
    }
    failover.handle(side, n, victims);
  }

  private List<Vm> victimsOf(Node n) {
    if (n.state().isAlive()) {
      return new ArrayList<>(n.vms()); // a live node declared dead: its VMs still run there
    }
    List<Vm> lost = new ArrayList<>(lostWith.get(n.index()));
    lostWith.get(n.index()).clear();
    return lost;
  }

  /** {@code n}'s lost VMs are being recovered by whoever fenced it. */
  void forgetLost(Node n) {
    lostWith.get(n.index()).clear();
  }

  // ---------------------------------------------------------------- VM crashes

  /** The VM's domain crashed on its host; the resource monitor notices at its next run. */
  public void vmCrashed(Vm vm) {
    if (vm.state() != VmState.RUNNING) {
      return;
    }
    Node host = cluster.hostOf(vm).orElseThrow();
    ops.set(vm, VmState.FAILED, OutageCause.VM_CRASH);
    int generation = vm.generation();
    double detect = monitorPhase.get(vm.index()).nextDouble() * ha.monitorInterval();
    clock.schedule(detect, () -> {
      if (vm.generation() != generation || !host.state().isAlive()) {
        return;
      }
      int side = membership.sideOf(host);
      if (streams.get("coverage").nextDouble() >= ha.coverage()) {
        observer.incident(Incident.UNCOVERED_FAILURE, vm.name(), clock.now());
        failover.manualRecovery(side, List.of(vm));
        ops.fail(vm, OutageCause.UNCOVERED_FAILURE);
        return;
      }
      int failures = ha.migrationThreshold() == Integer.MAX_VALUE ? 0 // INFINITY: nobody reads the counts
          : failCounts.merge(((long) vm.index() << 32) | host.index(), 1, Integer::sum);
      double restart = vm.spec().crash().map(c -> c.timeToRepair()).orElse(vm.spec().bootTime())
          .sample(restartStreams.get(vm.index()));
      if (failures >= ha.migrationThreshold()) {
        ops.fail(vm, OutageCause.VM_CRASH);
        restartElsewhere(vm, side, OutageCause.VM_CRASH, host);
      } else {
        ops.boot(vm, host, restart, OutageCause.VM_CRASH);
      }
    });
  }

  // ---------------------------------------------------------------- controlled: maintenance, failback

  /** Takes {@code n} down on purpose for {@code duration}; returns false when it is not up. */
  public boolean maintenance(Node n, double duration) {
    if (n.state() != NodeState.UP || cluster.cutOff(n)) {
      return false;
    }
    n.moveTo(NodeState.DRAINING);
    int epoch = ++nodeEpoch[n.index()];
    evacuation.evacuate(n, () -> {
      if (nodeEpoch[n.index()] != epoch || n.state() != NodeState.DRAINING) {
        return;
      }
      n.moveTo(NodeState.MAINTENANCE);
      membership.excludeEverywhere(n);
      observer.onEvent(new ClusterEvent.NodeLeft(clock.now(), n.name()));
      updateQuorum(membership.sideOf(n));
      clock.schedule(duration, () -> {
        if (nodeEpoch[n.index()] == epoch && n.state() == NodeState.MAINTENANCE) {
          rejoin(n);
        }
      });
    });
    return true;
  }

  /**
   * True when every node but {@code except} is up and no rack switch is down (maintenance is skipped while
   * degraded). Counted as nodes change, not scanned.
   */
  public boolean othersUp(Node except) {
    int down = cluster.nodesNotUp() - (except != null && except.state() != NodeState.UP ? 1 : 0);
    return down == 0 && switchesDown == 0;
  }

  void becomeUp(Node n) {
    n.moveTo(NodeState.UP);
    membership.include(n);
    detector.contactRegained(membership.sideOf(n), n);
    observer.onEvent(new ClusterEvent.NodeRejoined(clock.now(), n.name()));
    abandonLostVms(n);
    updateQuorum(membership.sideOf(n));
    placeWaiting();
    if (ha.failback() && !cluster.cutOff(n)) {
      failback(n);
    }
  }

  /** Moves a serving VM to {@code target} on purpose (scripted migration); ignored when it cannot. */
  public void moveVm(Vm vm, Node target) {
    if (vm.state().isServing() && vm.host() != target.index() && target.canHost(vm)) {
      evacuation.move(vm, target);
    }
  }

  private void failback(Node home) {
    for (Vm vm : cluster.vmsHomedOn(home)) {
      if (vm.state().isServing()
          && vm.host() != home.index() && home.canHost(vm)) {
        evacuation.move(vm, home);
      }
    }
  }

  // ---------------------------------------------------------------- partitions

  /** Cuts heartbeats between {@code sideB} and everyone else for {@code duration} seconds. */
  public void partition(List<Node> sideB, double duration) {
    startPartition(sideB);
    clock.schedule(duration, this::healPartition);
  }

  /** Cuts heartbeats between {@code sideB} and everyone else until {@link #healPartition()}. */
  public void startPartition(List<Node> sideB) {
    membership.split(sideB);
    for (Node n : cluster.nodes()) {
      int side = membership.sideOf(n);
      if (n.state().isAlive() && !membership.isIsolated(side)) {
        detector.contactLost(Membership.MAIN + Membership.PARTITION - side, n);
      }
    }
  }

  /** Heartbeats flow again between all nodes. */
  public void healPartition() {
    if (!membership.partitioned()) {
      return;
    }
    membership.heal();
    for (Node n : cluster.nodes()) {
      if (membership.isIsolated(membership.sideOf(n))) {
        continue; // still cut off behind its rack switch
      }
      detector.contactRegained(Membership.MAIN, n);
      detector.contactRegained(Membership.PARTITION, n);
      if (n.state() == NodeState.UP) {
        membership.include(n);
      }
    }
    resolveSplitBrain();
    for (Node n : cluster.nodes()) {
      if (n.state() == NodeState.JOINING && !membership.isIsolated(membership.sideOf(n))) {
        becomeUp(n);
      }
    }
    updateQuorum(0);
    placeWaiting();
  }

  /** Both copies of each duplicated VM are stopped and the data repaired by hand. */
  void resolveSplitBrain() {
    splitBrain.resolve();
  }

  // ---------------------------------------------------------------- placement and quorum

  /** Boots {@code vm} on the best node of {@code side} other than {@code avoid}, or parks it. */
  public void restartElsewhere(Vm vm, int side, OutageCause cause, Node avoid) {
    place(vm, side, avoid).ifPresentOrElse(node -> ops.boot(vm, node, cause), () -> park(vm));
  }

  /**
   * Where the placement policy puts {@code vm} among the UP nodes of {@code side} other than {@code avoid}
   * (may be null); empty when the side may not act or no node has room. The same choice as placing among
   * {@link #candidates}, without listing them.
   */
  public Optional<Node> place(Vm vm, int side, Node avoid) {
    if (!canAct(side)) {
      return Optional.empty();
    }
    return cluster.place(vm, side, avoid);
  }

  /**
   * The side that decides about VMs leaving {@code n}: its own, or, while its rack is cut off, the side it
   * was cut off from (the cluster's designated controller ordered the move and restarts the VM).
   */
  public int actingSide(Node n) {
    int side = membership.sideOf(n);
    return membership.isIsolated(side) ? Membership.MAIN : side;
  }

  /** Nodes of {@code side} that may receive a VM now. */
  public List<Node> candidates(int side, Node avoid) {
    List<Node> out = new ArrayList<>();
    if (!canAct(side)) {
      return out;
    }
    for (Node n : cluster.nodes()) {
      if (n != avoid && n.state() == NodeState.UP && membership.sideOf(n) == side) {
        out.add(n);
      }
    }
    return out;
  }

  /** The VM waits for capacity (or for any node at all, or for quorum). */
  public void park(Vm vm) {
    waiting.park(vm, !canAct(Membership.MAIN) && !membership.partitioned());
  }

  private void parkForQuorum(Vm vm) {
    ops.recause(vm, OutageCause.QUORUM_LOSS);
    waiting.add(vm);
  }

  /** Places waiting VMs, in the order they started waiting, wherever there is room. */
  public void placeWaiting() {
    waiting.placeAll();
  }

  private boolean canAct(int side) {
    return !membership.isIsolated(side)
        && (quorate[side] || ha.quorum().policy() == NoQuorumPolicy.IGNORE);
  }

  void updateQuorum(int side) {
    if (membership.isIsolated(side)) {
      return; // a cut-off rack's side is frozen
    }
    boolean now = membership.hasQuorum(side);
    if (now == quorate[side]) {
      return;
    }
    quorate[side] = now;
    Node controller = membership.controller(side);
    observer.onEvent(new ClusterEvent.QuorumChanged(clock.now(),
        controller == null ? "-" : controller.name(), now));
    if (now) {
      placeWaiting();
      return;
    }
    observer.incident(Incident.QUORUM_LOSS, controller == null ? "-" : controller.name(), clock.now());
    NoQuorumPolicy policy = ha.quorum().policy();
    if (policy == NoQuorumPolicy.STOP || policy == NoQuorumPolicy.FENCE) {
      for (Node n : cluster.nodes()) {
        if (membership.sideOf(n) == side && n.state().isAlive()) {
          for (Vm vm : new ArrayList<>(n.vms())) {
            ops.stop(vm, OutageCause.QUORUM_LOSS);
            waiting.add(vm);
          }
        }
      }
    }
  }

  private void declareUnseenDead(Node survivor) {
    int side = membership.sideOf(survivor);
    for (Node other : cluster.nodes()) {
      if (other != survivor && !other.state().isAlive() && !membership.isExcludedBy(side, other)) {
        membership.exclude(side, other);
        observer.onEvent(new ClusterEvent.NodeDeclaredDead(clock.now(), other.name(), survivor.name()));
        abandonLostVms(other);
      }
    }
  }

  /** VMs lost with {@code n} that nobody recovered: they wait for a host. */
  private void abandonLostVms(Node n) {
    List<Vm> lost = lostWith.get(n.index());
    for (Vm vm : lost) {
      waiting.add(vm);
    }
    lost.clear();
  }

  private boolean hearsAMember(Node n) {
    for (Node o : cluster.nodes()) {
      if (o != n && o.state() == NodeState.UP && membership.connected(n, o)) {
        return true;
      }
    }
    return false;
  }

  private boolean noOtherNodeAlive(Node n) {
    for (Node o : cluster.nodes()) {
      if (o != n && o.state().isAlive()) {
        return false;
      }
    }
    return true;
  }

  private boolean noNodeAlive() {
    return noOtherNodeAlive(null);
  }

  public Membership membership() {
    return membership;
  }

  /** What rack-switch failures and repairs do (see {@link RackIsolation}). */
  public RackIsolation rackIsolation() {
    return racks;
  }

  HeartbeatDetector detector() {
    return detector;
  }

  Evacuation evacuation() {
    return evacuation;
  }

  ClusterObserver observer() {
    return observer;
  }

  SimClock clock() {
    return clock;
  }

  /** Counts rack switches that are down (the cluster is degraded while any is). */
  void switchCountChanged(int delta) {
    switchesDown += delta;
  }

  public VmOperations ops() {
    return ops;
  }

  public Cluster cluster() {
    return cluster;
  }
}
