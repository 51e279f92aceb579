package org.hasim.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hasim.cluster.ClusterSimulation;
import org.hasim.engine.RandomStreams;
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
      long allocatedBytes, long peakHeapBytes, long liveHeapBytes, double simulatedSeconds) {
    double eventsPerSecond() {
      return events / wallSeconds;
    }
  }

  /** {@code replications} replications on {@code threads} threads. */
  record Phase(int threads, double wallSeconds, double cpuSecondsPerReplication, double gcSeconds,
      double loadAverage) {}

  /** Several replications on 1 and on {@code threads} threads. */
  record SpeedUp(int replications, Phase one, Phase many, boolean identical) {
    double factor() {
      return one.wallSeconds() / many.wallSeconds();
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
    long a1 = allocated();
    List<String> services = s.services().stream().map(ServiceSpec::name).toList();
    MetricsCollector collector =
        new MetricsCollector(services, s.experiment().warmup(), s.experiment().horizon());
    ClusterSimulation sim = new ClusterSimulation(s, new RandomStreams(s.experiment().seed()), 0, collector);
    sim.run();
    collector.result(0);
    long t2 = System.nanoTime();
    long c2 = CPU.getCurrentThreadCpuTime();
    long a2 = allocated();
    long peak = heapPeak();
    System.gc();
    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    java.lang.ref.Reference.reachabilityFence(sim); // the model is still there when the live heap is read
    java.lang.ref.Reference.reachabilityFence(collector);
    return new Run(s.cluster().nodes().size(), s.vms().size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
        (c2 - c1) / 1e9, sim.eventsExecuted(), a2 - a1, peak, live,
        s.experiment().warmup() + s.experiment().horizon());
  }

  /** {@code replications} replications of the file's fleet on 1 thread, then on {@code threads}. */
  SpeedUp speedUp(int replications, int threads) {
    List<String> all = new ArrayList<>(sets);
    all.add("experiment.replications=" + replications);
    Scenario s = ScenarioLoader.load(file, all).base();
    List<ReplicationResult> one = new ArrayList<>();
    Phase p1 = phase(s, 1, one);
    List<ReplicationResult> many = new ArrayList<>();
    Phase p2 = phase(s, threads, many);
    return new SpeedUp(replications, p1, p2, one.equals(many));
  }

  /**
   * Runs the replications as {@link Experiment#replicate} does (same streams, same collector), timing each
   * one's CPU on its thread; {@code results} receives them in replication order.
   */
  private static Phase phase(Scenario s, int threads, List<ReplicationResult> results) {
    System.gc();
    RandomStreams streams = new RandomStreams(s.experiment().seed());
    List<String> services = s.services().stream().map(ServiceSpec::name).toList();
    double[] cpu = new double[s.experiment().replications()];
    double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    long gc0 = gcMillis();
    long t0 = System.nanoTime();
    results.addAll(new ReplicationRunner(threads).run(cpu.length, rep -> {
      long c0 = CPU.getCurrentThreadCpuTime();
      MetricsCollector collector =
          new MetricsCollector(services, s.experiment().warmup(), s.experiment().horizon());
      new ClusterSimulation(s, streams, rep, collector).run();
      ReplicationResult r = collector.result(rep);
      cpu[rep] = (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
      return r;
    }));
    long t1 = System.nanoTime();
    double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return new Phase(threads, (t1 - t0) / 1e9, java.util.Arrays.stream(cpu).average().orElse(0),
        (gcMillis() - gc0) / 1e3, (load0 + load1) / 2);
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  /** Bytes allocated by this thread so far (HotSpot's thread bean), or 0 when unknown. */
  private static long allocated() {
    return CPU instanceof com.sun.management.ThreadMXBean hs ? hs.getCurrentThreadAllocatedBytes() : 0;
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
