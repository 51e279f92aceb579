package org.hasim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hasim.engine.RandomStreams;
import org.hasim.engine.SimClock;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

class ReplicationRunnerTest {

  /** A small simulation per replication: a component fails and is repaired for 1000 s; returns its downtime. */
  private static double[] replication(int r) {
    RandomStreams streams = new RandomStreams(20240601L);
    MRG32k3a failures = streams.stream("node-1/hardware", r);
    MRG32k3a repairs = streams.stream("node-1/repair", r);
    SimClock clock = new SimClock();
    double[] downtime = {0, 0};
    Runnable[] fail = new Runnable[1];
    fail[0] = () -> {
      double repair = -10 * Math.log(repairs.nextDouble());
      downtime[0] += repair;
      downtime[1]++;
      clock.schedule(repair - 100 * Math.log(failures.nextDouble()), fail[0]);
    };
    clock.schedule(-100 * Math.log(failures.nextDouble()), fail[0]);
    clock.schedule(1000, clock::stop);
    clock.run();
    return downtime;
  }

  @Test
  void resultsAreInReplicationOrderAndTheSameForOneAndThreeThreads() {
    List<double[]> one = new ReplicationRunner(1).run(40, ReplicationRunnerTest::replication);
    List<double[]> three = new ReplicationRunner(3).run(40, ReplicationRunnerTest::replication);
    assertThat(three).hasSize(40);
    for (int r = 0; r < 40; r++) {
      assertThat(three.get(r)).as("replication %d", r).containsExactly(one.get(r));
      assertThat(one.get(r)).containsExactly(replication(r));
    }
    assertThat(one.get(0)).isNotEqualTo(one.get(1));
  }

  @Test
  void runsOnItsOwnNamedDaemonThreadsAndShutsThemDown() throws Exception {
    Set<String> names = ConcurrentHashMap.newKeySet();
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    List<Integer> results = new ReplicationRunner(2).run(20, r -> {
      Thread t = Thread.currentThread();
      assertThat(t.isDaemon()).isTrue();
      names.add(t.getName());
      threads.add(t);
      return r * r;
    });
    assertThat(results).containsExactly(0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225, 256,
        289, 324, 361);
    assertThat(names).allMatch(n -> n.matches("hasim-rep-[12]"));
    for (Thread t : threads) {
      t.join(5000);
      assertThat(t.isAlive()).as("%s still alive", t.getName()).isFalse();
    }
  }

  @Test
  void propagatesTheFirstExceptionUnwrapped() {
    IllegalStateException boom = new IllegalStateException("replication 5 failed");
    assertThatThrownBy(() -> new ReplicationRunner(3).run(50, r -> {
      if (r == 5) {
        throw boom;
      }
      return r;
    })).isSameAs(boom);
    AssertionError error = new AssertionError("an error");
    assertThatThrownBy(() -> new ReplicationRunner(1).run(3, r -> {
      throw error;
    })).isSameAs(error);
  }

  @Test
  void reportsProgressOnTheCallingThreadOnePerCompletion() {
    List<Integer> progress = new ArrayList<>();
    Thread caller = Thread.currentThread();
    new ReplicationRunner(3).run(25, r -> r, done -> {
      assertThat(Thread.currentThread()).isSameAs(caller);
      progress.add(done);
    });
    assertThat(progress).hasSize(25);
    for (int i = 0; i < 25; i++) {
      assertThat(progress.get(i)).isEqualTo(i + 1);
    }
  }

  @Test
  void zeroReplicationsAndBadThreadCounts() {
    assertThat(new ReplicationRunner(2).run(0, r -> r)).isEmpty();
    assertThatThrownBy(() -> new ReplicationRunner(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
