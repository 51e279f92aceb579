package org.hasim.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH with its usual command-line arguments (default: every benchmark in this package) and then prints,
 * for the hold model, each kernel's throughput as a ratio to the bare {@code PriorityQueue} loop measured in
 * the same run, and for the probe window, the time of a ten-year replication with the window over the time
 * without it. Started by {@code ./mvnw -pl sim-model -Pbench test} (see docs/performance.md).
 */
public final class KernelBenchmarks {
  private KernelBenchmarks() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions options = new CommandLineOptions(args.length == 0 ? new String[] {"org.hasim.bench"} : args);
    if (options.shouldHelp() || options.shouldList() || options.shouldListProfilers()
        || options.shouldListResultFormats() || options.shouldListWithParams()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    Collection<RunResult> results = new Runner(options).run();
    printRatios(results);
  }

  private static void printRatios(Collection<RunResult> results) {
    // pending -> kernel -> ops/us
    Map<Integer, Map<String, double[]>> byPending = new TreeMap<>();
    for (RunResult r : results) {
      if (r.getParams().getParam("pending") == null) {
        continue; // not a hold-model case
      }
      String label = r.getParams().getBenchmark();
      String kernel = label.substring(label.lastIndexOf('.') + 1);
      int pending = Integer.parseInt(r.getParams().getParam("pending"));
      var primary = r.getPrimaryResult();
      byPending.computeIfAbsent(pending, p -> new TreeMap<>())
          .put(kernel, new double[] {primary.getScore(), primary.getScoreError()});
    }
    List<String> lines = new ArrayList<>();
    lines.add(String.format("%-10s %-15s %14s %12s %20s", "pending", "kernel", "holds/us", "± (99.9%)",
        "ratio to priorityQueue"));
    byPending.forEach((pending, kernels) -> {
      double[] base = kernels.get("priorityQueue");
      kernels.forEach((kernel, score) -> lines.add(String.format("%-10d %-15s %14.3f %12.3f %20s", pending,
          kernel, score[0], score[1], base == null ? "-" : String.format("%.2f", score[0] / base[0]))));
    });
    if (!byPending.isEmpty()) {
      System.out.println();
      System.out.println("Hold model, throughput relative to a bare PriorityQueue event loop (same run):");
      lines.forEach(System.out::println);
    }
    printProbeRatios(results);
  }

  /** ProbeWindowBenchmark: time per ten-year replication with the ping window over the time without. */
  private static void printProbeRatios(Collection<RunResult> results) {
    Map<String, Map<String, double[]>> byRecovery = new TreeMap<>();
    for (RunResult r : results) {
      String probe = r.getParams().getParam("probe");
      if (probe == null) {
        continue;
      }
      var primary = r.getPrimaryResult();
      byRecovery.computeIfAbsent(r.getParams().getParam("recovery"), k -> new TreeMap<>())
          .put(probe, new double[] {primary.getScore(), primary.getScoreError()});
    }
    if (byRecovery.isEmpty()) {
      return;
    }
    System.out.println();
    System.out.println("Ten years of the two-node cluster, with a 20 s ping window vs without (same run):");
    System.out.println(String.format("%-16s %16s %16s %8s", "recovery", "without (us)", "with ping (us)", "ratio"));
    byRecovery.forEach((recovery, cases) -> {
      double[] none = cases.get("none");
      double[] ping = cases.get("ping");
      if (none != null && ping != null) {
        System.out.println(String.format("%-16s %9.1f ± %4.1f %9.1f ± %4.1f %8.3f", recovery, none[0], none[1],
            ping[0], ping[1], ping[0] / none[0]));
      }
    });
  }
}
