package org.hasim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hasim.migration.Migration;
import org.hasim.migration.MigrationCalculator;
import org.hasim.migration.MigrationRecord;
import org.hasim.migration.MigrationRecord.Round;
import org.hasim.scenario.DirtyModel;
import org.hasim.scenario.MigrationSpec;
import org.hasim.scenario.MigrationSpec.Algorithm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hasim migrate}: one live migration alone on a dedicated link, round by round. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = {
      "Computes one live migration of a VM over a dedicated link: its push rounds, total time, downtime,",
      "bytes sent and why pre-copy stopped. Dirty memory is either a constant rate (--dirty-rate) or a hot",
      "working set rewritten every --hot-period plus a cold rate (--hot, --hot-period, --cold-rate)."
    })
public final class MigrateCommand implements Callable<Integer> {
  private static final long MIB = 1L << 20;

  @Spec CommandSpec spec;

  @Option(names = "--memory", required = true, paramLabel = "SIZE", description = "VM memory, e.g. 1GiB.")
  String memory;

  @Option(names = "--dirty-rate", paramLabel = "RATE", description = "Constant dirty rate, e.g. 25MiB/s.")
  String dirtyRate;

  @Option(names = "--hot", paramLabel = "SIZE", description = "Hot working set, e.g. 64MiB.")
  String hot;

  @Option(names = "--hot-period", paramLabel = "TIME", description = "Time to rewrite the hot set, e.g. 1s.")
  String hotPeriod;

  @Option(names = "--cold-rate", paramLabel = "RATE", defaultValue = "0B/s",
      description = "Dirty rate outside the hot set (default ${DEFAULT-VALUE}).")
  String coldRate;

  @Option(names = "--bandwidth", required = true, paramLabel = "RATE",
      description = "Link capacity, e.g. 1Gbit/s.")
  String bandwidth;

  @Option(names = "--algorithm", defaultValue = "xen-legacy", paramLabel = "NAME",
      description = "xen-legacy, xen-v2, xen-2005, qemu, post-copy or hybrid (default ${DEFAULT-VALUE}).")
  String algorithm;

  @Option(names = "--resume", defaultValue = "20ms", paramLabel = "TIME",
      description = "Resume cost after stop-and-copy (default ${DEFAULT-VALUE}).")
  String resume;

  @Option(names = "--arp", defaultValue = "0ms", paramLabel = "TIME",
      description = "Time until the network learns the new location (default ${DEFAULT-VALUE}).")
  String arp;

  @Option(names = "--max-downtime", defaultValue = "30ms", paramLabel = "TIME",
      description = "qemu: maximum downtime (default ${DEFAULT-VALUE}).")
  String maxDowntime;

  @Option(names = "--push-rounds", defaultValue = "3", paramLabel = "N",
      description = "hybrid: push rounds before the pull (default ${DEFAULT-VALUE}).")
  int pushRounds;

  @Option(names = "--min-rate", defaultValue = "100Mbit/s", paramLabel = "RATE",
      description = "xen-2005: rate of the first round (default ${DEFAULT-VALUE}).")
  String minRate;

  @Option(names = "--max-rate", defaultValue = "500Mbit/s", paramLabel = "RATE",
      description = "xen-2005: maximum rate, also of stop-and-copy (default ${DEFAULT-VALUE}).")
  String maxRate;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    long mem = (long) Math.ceil(CliUnits.size("--memory", memory));
    if (mem <= 0) {
      throw CliUnits.bad("--memory", "the VM needs some memory", "For example --memory 1GiB");
    }
    double bps = CliUnits.bitRate("--bandwidth", bandwidth);
    if (!(bps > 0)) {
      throw CliUnits.bad("--bandwidth", "the link needs a positive capacity",
          "For example --bandwidth 1Gbit/s");
    }
    Algorithm alg = algorithm(algorithm);
    if (alg == Algorithm.HYBRID && pushRounds < 1) {
      throw CliUnits.bad("--push-rounds", "hybrid needs at least one push round",
          "For example --push-rounds 3");
    }
    double max = CliUnits.time("--max-downtime", maxDowntime);
    if (alg == Algorithm.QEMU && !(max > 0)) {
      throw CliUnits.bad("--max-downtime", "qemu needs a positive maximum downtime", "For example 30ms");
    }
    double lo = CliUnits.bitRate("--min-rate", minRate);
    double hi = CliUnits.bitRate("--max-rate", maxRate);
    if (alg == Algorithm.XEN_2005 && !(lo > 0 && hi >= lo)) {
      throw CliUnits.bad("--max-rate", "xen-2005 needs 0 < --min-rate <= --max-rate", null);
    }
    MigrationSpec ms = new MigrationSpec(alg, 1, 0.0, Math.max(pushRounds, 1), max, lo, hi);
    MigrationRecord r = MigrationCalculator.run(mem, dirtyModel(), bps, ms,
        CliUnits.time("--resume", resume), CliUnits.time("--arp", arp));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(toJson(r));
    } else {
      printTable(out, r, mem);
    }
    return Main.OK;
  }

  private DirtyModel dirtyModel() {
    boolean workingSet = hot != null || hotPeriod != null;
    if (dirtyRate != null && workingSet) {
      throw CliUnits.bad("--dirty-rate", "give either --dirty-rate or --hot/--hot-period, not both", null);
    }
    if (dirtyRate != null) {
      return new DirtyModel.Constant(CliUnits.byteRate("--dirty-rate", dirtyRate));
    }
    if (!workingSet) {
      throw CliUnits.bad("--dirty-rate", "no dirty-memory model given",
          "Use --dirty-rate 25MiB/s, or --hot 64MiB --hot-period 1s [--cold-rate 1MiB/s]");
    }
    if (hot == null || hotPeriod == null) {
      throw CliUnits.bad(hot == null ? "--hot" : "--hot-period", "--hot and --hot-period go together",
          "For example --hot 64MiB --hot-period 1s");
    }
    double period = CliUnits.time("--hot-period", hotPeriod);
    if (!(period > 0)) {
      throw CliUnits.bad("--hot-period", "the hot period must be positive", "For example --hot-period 1s");
    }
    return new DirtyModel.WorkingSet(CliUnits.size("--hot", hot), period,
        CliUnits.byteRate("--cold-rate", coldRate));
  }

  static Algorithm algorithm(String name) {
    for (Algorithm a : Algorithm.values()) {
      if (cliName(a).equals(name.trim().toLowerCase(Locale.ROOT).replace('_', '-'))) {
        return a;
      }
    }
    List<String> names = new ArrayList<>();
    for (Algorithm a : Algorithm.values()) {
      names.add(cliName(a));
    }
    throw CliUnits.bad("--algorithm", "unknown algorithm '" + name + "'",
        "Allowed: " + String.join(", ", names));
  }

  static String cliName(Algorithm a) {
    return a.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String toJson(MigrationRecord r) throws Exception {
    List<Map<String, Object>> rounds = new ArrayList<>();
    for (Round round : r.rounds()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("index", round.index());
      o.put("bytes", round.bytes());
      o.put("duration_s", round.duration());
      o.put("pages_dirtied", round.pagesDirtied());
      rounds.add(o);
    }
    Map<String, Object> top = new LinkedHashMap<>();
    top.put("rounds", rounds);
    top.put("total_time_s", r.totalTime());
    top.put("downtime_ms", r.downtime() * 1000.0);
    top.put("bytes_sent", r.bytesSent());
    top.put("stop_reason", r.stopReason().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(null));
    return new ObjectMapper().writeValueAsString(top);
  }

  private static void printTable(PrintWriter out, MigrationRecord r, long memory) {
    out.printf(Locale.ROOT, "%-6s %12s %11s %14s %14s%n", "round", "MiB sent", "seconds", "pages dirtied",
        "rate Mbit/s");
    for (Round round : r.rounds()) {
      out.printf(Locale.ROOT, "%-6d %12.2f %11.3f %14d %14.1f%n", round.index(),
          round.bytes() / (double) MIB, round.duration(), round.pagesDirtied(), round.rate() / 1e6);
    }
    if (r.rounds().isEmpty()) {
      out.println("(no push rounds)");
    }
    out.println();
    out.printf(Locale.ROOT, "algorithm      %s%n", cliName(r.algorithm()));
    out.printf(Locale.ROOT, "total time     %.3f s%n", r.totalTime());
    out.printf(Locale.ROOT, "downtime       %.1f ms (incl. %d KiB CPU/device state, resume and ARP)%n",
        r.downtime() * 1000.0, Migration.STATE_BYTES / 1024);
    out.printf(Locale.ROOT, "bytes sent     %d B = %.2f MiB = %.2f x memory%n", r.bytesSent(),
        r.bytesSent() / (double) MIB, r.sentFactor(memory));
    if (r.pulledBytes() > 0 || r.degradedTime() > 0) {
      out.printf(Locale.ROOT, "pulled         %.2f MiB after resume; VM degraded for %.3f s%n",
          r.pulledBytes() / (double) MIB, r.degradedTime());
    }
    out.printf(Locale.ROOT, "stop reason    %s%n",
        r.stopReason().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("-"));
  }
}
