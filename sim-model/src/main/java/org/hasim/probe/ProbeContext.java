package org.hasim.probe;

import java.util.List;
import java.util.Optional;
import org.hasim.cluster.Cluster;
import org.hasim.cluster.ClusterObserver;
import org.hasim.cluster.Node;
import org.hasim.engine.ReplicationStreams;
import org.hasim.engine.SimClock;
import org.hasim.ha.VmOperations;
import org.hasim.network.ClusterNetworks;
import org.hasim.network.Link;
import org.hasim.scenario.ProbeSpec;
import org.hasim.vm.Vm;

/**
 * What probes of one replication read and report to: the clock, the cluster (where each VM is and in
 * which state), VM state changes, the network model (path delays, flows), their random streams, and the
 * observer that collects their samples and summaries.
 */
public record ProbeContext(SimClock clock, Cluster cluster, VmOperations ops, ClusterNetworks networks,
    ReplicationStreams streams, ClusterObserver observer) {

  /**
   * The path a packet from {@code from} ({@link ProbeSpec#CLIENT} or a node) takes to {@code vm} now:
   * the VM host's service link (from a client), the service network shared with the source node, or the
   * host's own bridge (an empty path). Empty when the VM has no host or no such network exists.
   */
  public Optional<List<Link>> pathTo(String from, Vm vm) {
    return cluster.hostOf(vm).flatMap(host -> pathBetween(from, host));
  }

  /** The service path between a source ({@link ProbeSpec#CLIENT} or a node name) and a node. */
  public Optional<List<Link>> pathBetween(String from, Node host) {
    return from.equals(ProbeSpec.CLIENT) ? networks.clientPath(host.name())
        : networks.servicePath(from, host.name());
  }

  /**
   * One-way delay of a packet of {@code bytes} over {@code path} now: latency and queueing of each link
   * ({@link org.hasim.network.Network#smallPacketDelay}) plus its serialization, bytes·8/capacity per link.
   */
  public double delay(List<Link> path, long bytes) {
    double d = networks.network().smallPacketDelay(path);
    for (Link l : path) {
      d += bytes * 8.0 / l.capacity();
    }
    return d;
  }

  /** Reports one time-series point (when the observer keeps them). */
  public void sample(String probe, double time, String kind, double value) {
    if (observer.keepsProbeSamples()) {
      observer.probeSample(new ProbeSample(probe, time, kind, value));
    }
  }
}
