package org.hasim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.Units;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hasim bench}: how the cost of a replication grows with the fleet (DESIGN §9). Runs one replication
 * of the fleet scenario at each size (after discarded warm-up runs for the JIT), then several
 * replications of the file's fleet on one thread and on several, and checks that both give identical
 * results. Prints a Markdown report; docs/performance.md explains the figures.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Benchmark a fleet scenario: wall time, events/s and peak heap of one replication at "
        + "several sizes, and the multi-thread speed-up with identical results.")
public class BenchCommand implements Callable<Integer> {
  static final double GOAL_SECONDS = 10.0;
  static final long GOAL_HEAP = 1L << 30;
  static final double GOAL_SPEEDUP = 1.8;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
      description = "Fleet scenario (default: scenarios/scale/fleet-1000.yaml).")
  Path file = Path.of("scenarios", "scale", "fleet-1000.yaml");

  @Option(names = "--nodes", split = ",", paramLabel = "N,N,...",
      description = "Fleet sizes to measure (default: 100,1000,5000).")
  List<Integer> nodes = List.of(100, 1000, 5000);

  @Option(names = "--replications", paramLabel = "N",
      description = "Replications of the file's fleet for the speed-up (default: 8; 0 skips it).")
  int replications = 8;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for the speed-up (default: 2).")
  int threads = 2;

  @Option(names = "--warm-up", paramLabel = "SECONDS",
      description = "Run the first size for this long before measuring, so that the JIT has compiled the"
          + " model's hot paths (default: 3).")
  double warmUpSeconds = 3;

  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "Override any field of the scenario (repeatable), e.g. --set experiment.horizon=30d.")
  List<String> sets = new ArrayList<>();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    FleetBench bench = new FleetBench(file, sets);
    Scenario base = bench.base();
    Runtime rt = Runtime.getRuntime();
    String gc = String.join(" + ", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
    out.printf("hasim bench %s: horizon %s, Java %s, %d processors, max heap %d MiB, GC %s%n%n", file,
        Units.formatDuration(base.experiment().horizon()), System.getProperty("java.version"),
        rt.availableProcessors(), rt.maxMemory() >> 20, gc);
    out.flush();
    long warmUntil = System.nanoTime() + (long) (warmUpSeconds * 1e9);
    do {
      bench.measure(nodes.get(0)); // warm-up for the JIT, discarded
    } while (System.nanoTime() < warmUntil);
    out.println("| nodes | VMs | events | wall s | CPU s | events/s | µs/event | bytes/event | peak heap MiB"
        + " | live heap MiB | load s |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    List<FleetBench.Run> runs = new ArrayList<>();
    for (int n : nodes) {
      FleetBench.Run r = bench.measure(n);
      runs.add(r);
      out.println(String.format(Locale.ROOT,
          "| %,d | %,d | %,d | %.2f | %.2f | %,.0f | %.2f | %,d | %,d | %,d | %.2f |",
          r.nodes(), r.vms(), r.events(), r.wallSeconds(), r.cpuSeconds(), r.eventsPerSecond(),
          1e6 * r.wallSeconds() / r.events(), r.allocatedBytes() / r.events(), r.peakHeapBytes() >> 20,
          r.liveHeapBytes() >> 20, r.loadSeconds()));
      out.flush();
    }
    out.println();
    for (int i = 1; i < runs.size(); i++) {
      FleetBench.Run a = runs.get(i - 1);
      FleetBench.Run b = runs.get(i);
      out.println(String.format(Locale.ROOT,
          "slope %,d → %,d nodes (log-log; 1 = linear): events %.2f, wall time %.2f, CPU time %.2f,"
              + " live heap %.2f",
          a.nodes(), b.nodes(), slope(a.nodes(), b.nodes(), a.events(), b.events()),
          slope(a.nodes(), b.nodes(), a.wallSeconds(), b.wallSeconds()),
          slope(a.nodes(), b.nodes(), a.cpuSeconds(), b.cpuSeconds()),
          slope(a.nodes(), b.nodes(), a.liveHeapBytes(), b.liveHeapBytes())));
    }
    boolean ok = true;
    int fileNodes = base.cluster().nodes().size();
    for (FleetBench.Run r : runs) {
      if (r.nodes() == fileNodes) {
        out.println(String.format(Locale.ROOT, "goal: one replication of %,d nodes under %.0f s: %.2f s, %s;"
            + " peak heap under %d MiB: %d MiB, %s", r.nodes(), GOAL_SECONDS, r.wallSeconds(),
            verdict(r.wallSeconds() < GOAL_SECONDS), GOAL_HEAP >> 20, r.peakHeapBytes() >> 20,
            verdict(r.peakHeapBytes() < GOAL_HEAP)));
      }
    }
    if (replications > 0) {
      FleetBench.SpeedUp s = bench.speedUp(replications, threads);
      out.println(String.format(Locale.ROOT, "speed-up: %d replications of %,d nodes: 1 thread %.2f s, %d threads"
          + " %.2f s, speed-up %.2f (goal ≥ %.1f: %s); results identical: %s", s.replications(), fileNodes,
          s.one().wallSeconds(), s.many().threads(), s.many().wallSeconds(), s.factor(), GOAL_SPEEDUP,
          verdict(s.factor() >= GOAL_SPEEDUP), s.identical() ? "yes" : "NO"));
      for (FleetBench.Phase p : List.of(s.one(), s.many())) {
        out.println(String.format(Locale.ROOT, "  %d thread(s): CPU %.2f s per replication, GC %.2f s, load"
            + " average %.1f", p.threads(), p.cpuSecondsPerReplication(), p.gcSeconds(), p.loadAverage()));
      }
      ok = s.identical();
    }
    out.flush();
    return ok ? Main.OK : Main.CHECK_FAILED;
  }

  private static double slope(double x0, double x1, double y0, double y1) {
    return Math.log(y1 / y0) / Math.log(x1 / x0);
  }

  private static String verdict(boolean met) {
    return met ? "met" : "missed";
  }
}
