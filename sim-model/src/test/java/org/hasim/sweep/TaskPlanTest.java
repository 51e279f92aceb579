package org.hasim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hasim.scenario.InputException;
import org.junit.jupiter.api.Test;

/** The fixed task order and its split into shards. */
class TaskPlanTest {

  @Test
  void blocksCoverEveryReplicationOfEveryPointOnce() {
    TaskPlan plan = new TaskPlan(3, 10, 4); // blocks 0-3, 4-7, 8-9
    assertThat(plan.size()).isEqualTo(9);
    List<SweepTask> tasks = plan.tasks();
    assertThat(tasks.get(0)).isEqualTo(new SweepTask(0, 0, 0, 4));
    assertThat(tasks.get(2)).isEqualTo(new SweepTask(2, 0, 8, 10));
    assertThat(tasks.get(5)).isEqualTo(new SweepTask(5, 1, 8, 10));
    assertThat(tasks.get(6)).isEqualTo(new SweepTask(6, 2, 0, 4));
    for (int p = 0; p < 3; p++) {
      int covered = 0;
      for (SweepTask t : plan.tasksOfPoint(p)) {
        assertThat(t.fromRep()).isEqualTo(covered);
        covered = t.toRep();
      }
      assertThat(covered).isEqualTo(10);
    }
  }

  @Test
  void shardsPartitionTheTasksByIndexModuloN() {
    TaskPlan plan = new TaskPlan(5, 7, 3);
    Set<Integer> seen = new HashSet<>();
    List<SweepTask> all = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      for (SweepTask t : plan.tasks(new Shard(k, 3))) {
        assertThat(t.index() % 3).isEqualTo(k);
        assertThat(seen.add(t.index())).isTrue();
        all.add(t);
      }
    }
    assertThat(all).hasSize(plan.size());
    assertThat(plan.tasks(Shard.ALL)).isEqualTo(plan.tasks());
  }

  @Test
  void shardSyntax() {
    assertThat(Shard.parse("2/3")).isEqualTo(new Shard(2, 3));
    assertThat(Shard.parse(" 0 / 1 ")).isEqualTo(Shard.ALL);
    assertThatThrownBy(() -> Shard.parse("3/3")).isInstanceOf(InputException.class)
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> Shard.parse("1of3")).isInstanceOf(InputException.class);
    assertThatThrownBy(() -> Shard.parse("0/0")).isInstanceOf(InputException.class);
  }
}
