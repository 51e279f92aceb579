package org.hasim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hasim.cluster.ClusterObserver;
import org.hasim.cluster.ClusterSimulation;
import org.hasim.engine.RandomStreams;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.ScenarioLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a probe window costs (DESIGN §3, §4.7): one replication of ten years of the paper's two-node cluster
 * (node hardware and hypervisor failures, VM crashes, storage failures, monthly maintenance), without a
 * probe and with the paper's ping (2000 packets at 100/s, a 20 s window in year 5). Each operation runs
 * replications 0..19 (their own substreams, 20 different failure histories), the same in every case; the
 * score is the time per replication.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ProbeWindowBenchmark {
  static final String PING =
      "probes=[{name: ping-x0, type: ping, target: x0, start: 5y, rate: 100/s, count: 2000}]";

  @Param({"restart", "live-migration"})
  public String recovery;

  @Param({"none", "ping"})
  public String probe;

  static final int REPLICATIONS = 20;

  private Scenario scenario;
  private RandomStreams streams;

  @Setup(Level.Trial)
  public void load() throws IOException {
    Path file = Files.createTempFile("two-node", ".yaml");
    try {
      Files.writeString(file, TWO_NODE);
      List<String> sets = probe.equals("ping") ? List.of("ha.recovery=" + recovery, PING)
          : List.of("ha.recovery=" + recovery);
      scenario = ScenarioLoader.load(file, sets).base();
    } finally {
      Files.deleteIfExists(file);
    }
    streams = new RandomStreams(scenario.experiment().seed());
  }

  /** Replications 0..19, the same histories in every case and every operation. */
  @Benchmark
  @OperationsPerInvocation(REPLICATIONS)
  public long tenYears() {
    long events = 0;
    for (int rep = 0; rep < REPLICATIONS; rep++) {
      ClusterSimulation sim = new ClusterSimulation(scenario, streams, rep, new ClusterObserver() {});
      sim.run();
      events += sim.eventsExecuted();
    }
    return events;
  }

  /** scenarios/paper/two-node-maintenance.yaml with a ten-year horizon (sim-model reads no scenario files). */
  static final String TWO_NODE = """
      name: two-node-maintenance
      experiment: {horizon: 10y, replications: 2, seed: 20261125}
      cluster:
        nodes:
          - name: node{i}
            count: 2
            cpus: 4
            memory: 8GiB
            cpu_model: xeon-5500
            failures:
              hardware:
                ttf: {weibull: {shape: 0.7, scale: 6920h}}
                ttr: {lognormal: {median: 64min, sigma: 1.4}}
              hypervisor:
                ttf: {exponential: {mean: 2654h}}
                ttr: {exponential: {mean: 100min}}
        networks:
          - {name: lan, bandwidth: 1Gbit/s, latency: 100us, buffer: 256KiB,
             carries: [heartbeat, migration, service]}
        storage:
          name: san
          failures:
            ttf: {exponential: {mean: 1y}}
            ttr: {exponential: {mean: 3d}}
        repair: {crews: 1}
      vms:
        - name: x0
          memory: 1GiB
          home: node1
          boot_time: 30s
          shutdown_time: 20s
          crash: {ttf: {exponential: {mean: 2893h}}, restart: 30s}
          dirty: {constant: 2MiB/s}
        - name: x1
          memory: 1GiB
          home: node2
          boot_time: 30s
          shutdown_time: 20s
          crash: {ttf: {exponential: {mean: 2893h}}, restart: 30s}
          dirty: {constant: 4MiB/s}
      services:
        - {name: db, vm: x1}
        - {name: web, vm: x0, depends_on: [db]}
      ha:
        recovery: restart
        heartbeat: {keepalive: 1s, deadtime: 30s, warntime: 15s, initdead: 60s}
        fencing: {enabled: true, time: 10s, success: 1.0}
        quorum: {no_quorum_policy: stop, two_node: true}
        migration: {algorithm: xen-legacy, limit: -1, timeout: 120s}
      maintenance:
        - {nodes: all, period: 30d, duration: 2h, stagger: true, skip_when_degraded: true}
      """;
}
