package org.hasim.probe;

import java.util.ArrayList;
import java.util.List;
import org.hasim.cluster.Node;
import org.hasim.engine.SimClock;

/**
 * The physical CPUs of one node as the web workload sees them: processor sharing among the jobs in service
 * on any of the node's VMs (each job occupies one vCPU). With {@code c} CPUs and {@code k} jobs every job
 * runs at min(1, c/k) of a CPU, divided by the node's service-time factor (virtualization overhead and
 * consolidation, {@link org.hasim.scenario.CpuPerformance}) for the VMs placed on it now. A job's work is
 * in seconds of bare-metal CPU; one pending event, the next completion, moved whenever the set of jobs
 * changes.
 */
final class HostCpu {
  /** Work below this counts as done (rounding of remaining = work − rate·time). */
  private static final double EPSILON = 1e-12;

  /** A piece of CPU work; {@code done} runs when it is finished. */
  static final class Job {
    private double remaining;
    private final Runnable done;

    Job(double work, Runnable done) {
      this.remaining = work;
      this.done = done;
    }
  }

  private final SimClock clock;
  private final Node node;
  private final List<Job> jobs = new ArrayList<>();
  private double speed;
  private double lastUpdate;
  private SimClock.Scheduled next;

  HostCpu(SimClock clock, Node node) {
    this.clock = clock;
    this.node = node;
  }

  Node node() {
    return node;
  }

  /** Starts serving {@code job} now. */
  void add(Job job) {
    advance();
    jobs.add(job);
    reschedule();
  }

  /** Stops serving {@code job} (its VM paused); its remaining work is kept in the job. */
  void remove(Job job) {
    advance();
    jobs.remove(job);
    reschedule();
  }

  private void advance() {
    double now = clock.now();
    double worked = (now - lastUpdate) * speed;
    if (worked > 0) {
      for (Job j : jobs) {
        j.remaining -= worked;
      }
    }
    lastUpdate = now;
  }

  private void reschedule() {
    if (next != null) {
      next.cancel();
      next = null;
    }
    if (jobs.isEmpty()) {
      speed = 0;
      return;
    }
    double share = Math.min(1.0, (double) node.spec().cpus() / jobs.size());
    speed = share / node.spec().performance().serviceTimeFactor(node.vms().size());
    double least = Double.POSITIVE_INFINITY;
    for (Job j : jobs) {
      least = Math.min(least, j.remaining);
    }
    next = clock.schedule(Math.max(0.0, least / speed), this::complete);
  }

  private void complete() {
    next = null;
    advance();
    List<Job> finished = new ArrayList<>();
    for (Job j : jobs) {
      if (j.remaining <= EPSILON * Math.max(1.0, speed)) {
        finished.add(j);
      }
    }
    if (finished.isEmpty()) { // rounding left a sliver: finish the smallest
      Job smallest = jobs.get(0);
      for (Job j : jobs) {
        if (j.remaining < smallest.remaining) {
          smallest = j;
        }
      }
      finished.add(smallest);
    }
    jobs.removeAll(finished);
    reschedule();
    for (Job j : finished) {
      j.remaining = 0;
      j.done.run();
    }
  }
}
