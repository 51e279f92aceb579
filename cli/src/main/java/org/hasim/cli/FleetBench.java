package org.hasim.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hasim.cluster.ClusterSimulation;
import org.hasim.engine.RandomStreams;
import org.hasim.experiment.Experiment;
import org.hasim.experiment.ReplicationRunner;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.ScenarioLoader;
import org.hasim.scenario.ServiceSpec;
import org.hasim.stats.MetricsCollector;
import org.hasim.stats.ReplicationResult;

/**
 * The measurements behind {@code hasim bench}: one replication of a fleet scenario scaled to a number of
 * nodes (wall time, events, peak heap), and several replications on one thread and on more with a check that
 * the results are identical. The fleet is scaled by changing the counts of its first node group, VM group
 * and service group (keeping the VMs per node); racks and storage systems given by size follow.
 */
final class FleetBench {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final Path file;
  private final List<String> sets;

  FleetBench(Path file, List<String> sets) {
    this.file = file;
    this.sets = sets;
  }

  /** One measured replication. */
  record Run(int nodes, int vms, double loadSeconds, double wallSeconds, double cpuSeconds, long events,
      long peakHeapBytes, long liveHeapBytes, double simulatedSeconds) {
    double eventsPerSecond() {
      return events / wallSeconds;
    }
  }

  /** Several replications on 1 and on {@code threads} threads. */
  record SpeedUp(int replications, int threads, double oneThreadSeconds, double manyThreadsSeconds,
      boolean identical) {
    double factor() {
      return oneThreadSeconds / manyThreadsSeconds;
    }
  }

  /** The file as written (with the --set overrides). */
  Scenario base() {
    return ScenarioLoader.load(file, sets).base();
  }

  /** The fleet scaled to {@code nodes} nodes, the VMs and services per node kept. */
  Scenario scaled(int nodes) {
    Scenario base = base();
    int perNode = Math.max(1, base.vms().size() / Math.max(1, base.cluster().nodes().size()));
    List<String> all = new ArrayList<>(sets);
    all.add("cluster.nodes[0].count=" + nodes);
    all.add("vms[0].count=" + nodes * perNode);
    if (!base.services().isEmpty()) {
      all.add("services[0].count=" + nodes * perNode);
    }
    return ScenarioLoader.load(file, all).base();
  }

  /** Loads the fleet at {@code nodes} nodes and runs replication 0 on this thread. */
  Run measure(int nodes) {
    System.gc();
    resetHeapPeaks();
    long t0 = System.nanoTime();
    Scenario s = scaled(nodes);
    long t1 = System.nanoTime();
    long c1 = CPU.getCurrentThreadCpuTime();
    List<String> services = s.services().stream().map(ServiceSpec::name).toList();
    MetricsCollector collector =
        new MetricsCollector(services, s.experiment().warmup(), s.experiment().horizon());
    ClusterSimulation sim = new ClusterSimulation(s, new RandomStreams(s.experiment().seed()), 0, collector);
    sim.run();
    collector.result(0);
    long t2 = System.nanoTime();
    long c2 = CPU.getCurrentThreadCpuTime();
    long peak = heapPeak();
    System.gc();
    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    java.lang.ref.Reference.reachabilityFence(sim); // the model is still there when the live heap is read
    java.lang.ref.Reference.reachabilityFence(collector);
    return new Run(s.cluster().nodes().size(), s.vms().size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
        (c2 - c1) / 1e9, sim.eventsExecuted(), peak, live, s.experiment().warmup() + s.experiment().horizon());
  }

  /** {@code replications} replications of the file's fleet on 1 thread, then on {@code threads}. */
  SpeedUp speedUp(int replications, int threads) {
    List<String> all = new ArrayList<>(sets);
    all.add("experiment.replications=" + replications);
    Scenario s = ScenarioLoader.load(file, all).base();
    long t0 = System.nanoTime();
    List<ReplicationResult> one = Experiment.replicate(s, new ReplicationRunner(1), done -> {});
    long t1 = System.nanoTime();
    List<ReplicationResult> many = Experiment.replicate(s, new ReplicationRunner(threads), done -> {});
    long t2 = System.nanoTime();
    return new SpeedUp(replications, threads, (t1 - t0) / 1e9, (t2 - t1) / 1e9, one.equals(many));
  }

  private static void resetHeapPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /**
   * Sum of the heap pools' peak use since the last reset: an upper bound of the peak of the whole heap
   * (the pools need not peak at the same moment).
   */
  private static long heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
