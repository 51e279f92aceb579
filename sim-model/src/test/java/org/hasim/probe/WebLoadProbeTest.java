package org.hasim.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.ScenarioSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Siege-like web workload: exact response times of a single user against hand computation
 * (virtualization overhead, consolidation knee, CPU sharing), and the paper's ordering of placements.
 */
class WebLoadProbeTest {
  /** One client-to-VM round trip on an idle 1 Gbit/s LAN with 100 us latency (request and response). */
  static final double RTT_MS = 0.2;

  static final String SINGLE = """
      name: web-single
      experiment: {horizon: 100s, replications: 2, seed: 5}
      cluster:
        nodes:
          - {name: host, cpus: CPUS, memory: 32GiB, virtualization_overhead: OVERHEAD}
        networks:
          - {name: lan, bandwidth: 1Gbit/s, latency: 100us, carries: [heartbeat, migration, service]}
      vms:
        - {name: "vm{i}", count: VMS, memory: 1GiB, vcpus: 1, home: host}
        - {name: dbvm, memory: 1GiB, vcpus: 1, home: host}
      services:
        - {name: db, vm: dbvm}
        - {name: web, vm: vm1}
      probes:
        - {name: load, type: web, web: web, start: 10s, duration: 50s, users: 1, think_time: 0s,
           web_demand: 1s}
      """;

  private static ProbeRun single(int cpus, double overhead, int vms, String... sets) {
    String yaml = SINGLE.replace("CPUS", String.valueOf(cpus)).replace("OVERHEAD", String.valueOf(overhead))
        .replace("VMS", String.valueOf(vms));
    return ProbeRun.run(ProbeRun.load(yaml, sets).base(), 0);
  }

  @Test
  void aDomUTaskTakesItsBareMetalTimeTimesOnePlusTheOverhead() {
    ProbeRun xen = single(2, 0.03, 1);
    ProbeRun bare = single(2, 0.0, 1);
    assertThat(xen.get("load", "response_mean_ms")).isCloseTo(1030 + RTT_MS, offset(1e-6));
    assertThat(bare.get("load", "response_mean_ms")).isCloseTo(1000 + RTT_MS, offset(1e-6));
    assertThat(xen.get("load", "response_max_ms")).isCloseTo(1030 + RTT_MS, offset(1e-6));
    // a closed loop without think time: 50 s / 1.0302 s per transaction
    assertThat(xen.get("load", "transactions")).isEqualTo(Math.ceil(50 / 1.0302));
    assertThat(xen.get("load", "failed")).isZero();
    assertThat(xen.get("load", "availability_pct")).isEqualTo(100);
  }

  /** Beyond 16 VMs on the host (the dbvm counts too) each further VM adds 1/16 to service times. */
  @ParameterizedTest
  @CsvSource({"1, 1.0", "15, 1.0", "17, 1.125", "19, 1.25", "23, 1.5"})
  void serviceTimesDegradeBeyondTheConsolidationLimit(int webVms, double factor) {
    ProbeRun r = single(8, 0.0, webVms);
    assertThat(r.get("load", "response_mean_ms")).isCloseTo(1000 * factor + RTT_MS, offset(1e-6));
  }

  @Test
  void theConsolidationLimitAndSlowdownAreSettable() {
    ProbeRun r = single(8, 0.0, 9, "cluster.nodes[host].consolidation_limit=8",
        "cluster.nodes[host].consolidation_slowdown=0.5");
    // 10 VMs, limit 8: 1 + 0.5 x 2 = 2
    assertThat(r.get("load", "response_mean_ms")).isCloseTo(2000 + RTT_MS, offset(1e-6));
  }

  @Test
  void tiersOnOneNodeShareItsCpus() {
    // two users, web tier 2 vCPUs alone on a 1-CPU host: each request runs at half speed -> 2 s each
    String twoUsers = SINGLE.replace("users: 1", "users: 2")
        .replace("count: VMS, memory: 1GiB, vcpus: 1", "count: VMS, memory: 1GiB, vcpus: 2")
        .replace("CPUS", "1").replace("OVERHEAD", "0").replace("VMS", "1");
    ProbeRun r = ProbeRun.run(ProbeRun.load(twoUsers).base(), 0);
    assertThat(r.get("load", "response_mean_ms")).isCloseTo(2000 + RTT_MS, offset(1e-6));
    // with one vCPU the requests queue instead: after the first (1 s) each waits for the other's (2 s)
    ProbeRun q = ProbeRun.run(ProbeRun.load(twoUsers.replace("memory: 1GiB, vcpus: 2", "memory: 1GiB, vcpus: 1"))
        .base(), 0);
    List<ProbeSample> responses = q.of(ProbeSample.RESPONSE);
    assertThat(responses.get(0).value()).isCloseTo(1000 + RTT_MS, offset(1e-6));
    responses.subList(2, responses.size()).forEach(x -> assertThat(x.value()).isCloseTo(2000, offset(1.0)));
  }

  /** The parameters of scenarios/paper/web-db-placement.yaml. */
  static final String PLACEMENT = """
      name: web-db-placement
      experiment: {horizon: 60s, replications: 10, seed: 20261202}
      cluster:
        nodes:
          - {name: "node{i}", count: 3, cpus: 2, memory: 4GiB, cpu_model: xeon, virtualization_overhead: 0.03}
        networks:
          - {name: lan, bandwidth: 1Gbit/s, latency: 100us, buffer: 256KiB,
             carries: [heartbeat, migration, service]}
        storage: {name: san}
      vms:
        - {name: web, memory: 1GiB, vcpus: 2, home: node1, boot_time: 30s, shutdown_time: 20s,
           dirty: {working_set: {hot: 24MiB, period: 100ms}}, resume_time: 9ms}
        - {name: db, memory: 1GiB, vcpus: 2, home: node2, boot_time: 30s, shutdown_time: 20s,
           dirty: {working_set: {hot: 24MiB, period: 100ms}}, resume_time: 9ms}
      services:
        - {name: mysql, vm: db}
        - {name: apache, vm: web, depends_on: [mysql]}
      ha:
        recovery: live-migration
        migration: {algorithm: xen-v2, timeout: 120s}
      probes:
        - {name: siege, type: web, web: apache, db: mysql, start: 10s, duration: 30s, users: 25,
           think_time: {uniform: {min: 0s, max: 2s}}, web_demand: {exponential: {mean: 20ms}},
           db_demand: {exponential: {mean: 10ms}}, rto: 1s, timeout: 30s}
      variants:
        different-nodes: {}
        same-node: {"vms[db].home": node1}
        migrated: {events: ["migrate web to node3 at 15s"]}
        migrated-restart: {events: ["migrate web to node3 at 15s"], ha.recovery: restart}
      """;

  @Test
  void meanResponseOrdersAsThePaperFoundAndOnlyARestartFailsTransactions() {
    ScenarioSet set = ProbeRun.load(PLACEMENT);
    Map<String, double[]> byVariant = new LinkedHashMap<>();
    for (var v : set.variants().entrySet()) {
      Scenario s = v.getValue();
      double response = 0;
      double failed = 0;
      int reps = s.experiment().replications();
      for (int rep = 0; rep < reps; rep++) {
        ProbeRun r = ProbeRun.run(s, rep);
        response += r.get("siege", "response_mean_ms") / reps;
        failed += r.get("siege", "failed");
      }
      byVariant.put(v.getKey(), new double[] {response, failed});
    }
    double different = byVariant.get("different-nodes")[0];
    double same = byVariant.get("same-node")[0];
    double migrated = byVariant.get("migrated")[0];
    assertThat(different).isLessThan(same);
    assertThat(same).isLessThan(migrated);
    for (String live : List.of("different-nodes", "same-node", "migrated")) {
      assertThat(byVariant.get(live)[1]).as(live + " failed transactions").isZero();
    }
    assertThat(byVariant.get("migrated-restart")[1]).isPositive();
  }
}
