package org.hasim.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hasim.cluster.Cluster;
import org.hasim.cluster.ScenarioBuilder;
import org.hasim.engine.SimClock;
import org.hasim.scenario.ClusterSpec;
import org.hasim.scenario.NodeSpec;
import org.hasim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Processor sharing on a host's CPUs against hand-computed completion times. */
class HostCpuTest {
  private final SimClock clock = new SimClock();
  private final Map<String, Double> doneAt = new HashMap<>();

  private HostCpu cpuWith(int cpus) {
    Scenario scenario = ScenarioBuilder.scenario().node("n1").build();
    NodeSpec spec = scenario.cluster().nodes().get(0);
    NodeSpec withCpus = new NodeSpec(spec.name(), cpus, spec.memory(), spec.dom0Memory(), spec.cpuModel(),
        spec.networks(), spec.hardware(), spec.hypervisor(), spec.failsWhenIdle(), spec.performance());
    Cluster cluster = new Cluster(new Scenario("t", "", scenario.experiment(),
        new ClusterSpec(List.of(withCpus), scenario.cluster().networks(), scenario.cluster().storage(),
            scenario.cluster().repair()),
        List.of(), List.of(), scenario.ha(), List.of(), List.of(), List.of()));
    return new HostCpu(clock, cluster.node("n1"));
  }

  private HostCpu.Job job(String name, double work) {
    return new HostCpu.Job(work, () -> doneAt.put(name, clock.now()));
  }

  @Test
  void aLateJobSharesTheCpuFromItsArrival() {
    HostCpu cpu = cpuWith(1);
    clock.schedule(0, () -> cpu.add(job("a", 1.0)));
    clock.schedule(0.5, () -> cpu.add(job("b", 1.0)));
    clock.run();
    // a: 0.5 alone, its last 0.5 at half speed -> 1.5; b: 0.5 done by 1.5, the rest alone -> 2.0
    assertThat(doneAt.get("a")).isCloseTo(1.5, offset(1e-12));
    assertThat(doneAt.get("b")).isCloseTo(2.0, offset(1e-12));
  }

  @Test
  void jobsRunAtFullSpeedWhileThereAreEnoughCpus() {
    HostCpu cpu = cpuWith(2);
    clock.schedule(0, () -> {
      cpu.add(job("a", 1.0));
      cpu.add(job("b", 2.0));
      cpu.add(job("c", 2.0));
    });
    clock.run();
    // three jobs on two CPUs at 2/3 each: a done at 1.5 (b, c have 1 left), then 1 each at full speed
    assertThat(doneAt.get("a")).isCloseTo(1.5, offset(1e-12));
    assertThat(doneAt.get("b")).isCloseTo(2.5, offset(1e-12));
    assertThat(doneAt.get("c")).isCloseTo(2.5, offset(1e-12));
  }

  @Test
  void aRemovedJobKeepsItsRemainingWork() {
    HostCpu cpu = cpuWith(1);
    HostCpu.Job a = job("a", 1.0);
    clock.schedule(0, () -> cpu.add(a));
    clock.schedule(0.25, () -> cpu.remove(a));
    clock.schedule(10, () -> cpu.add(a));
    clock.run();
    assertThat(doneAt.get("a")).isCloseTo(10.75, offset(1e-12));
  }
}
