package org.hasim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hasim.scenario.InputException;
import org.junit.jupiter.api.Test;

/** --param parsing and range expansion, against hand-written expansions. */
class SweepParameterTest {

  @Test
  void listsKeepTheirUnitsAndMapsStayWhole() {
    assertThat(SweepParameter.parse("cluster.networks[0].bandwidth=100Mbit/s, 1Gbit/s,10Gbit/s").values())
        .containsExactly("100Mbit/s", "1Gbit/s", "10Gbit/s");
    SweepParameter dirty = SweepParameter.parse("vms[x0].dirty={constant: 2MiB/s},{constant: 8MiB/s}");
    assertThat(dirty.path()).isEqualTo("vms[x0].dirty");
    assertThat(dirty.values()).containsExactly("{constant: 2MiB/s}", "{constant: 8MiB/s}");
  }

  @Test
  void rangesOfPlainNumbersAndOfQuantitiesWithOneUnit() {
    assertThat(SweepParameter.parse("cluster.repair.crews=1..5:1").values())
        .containsExactly("1", "2", "3", "4", "5");
    assertThat(SweepParameter.parse("ha.heartbeat.deadtime=10s..60s:10s").values())
        .containsExactly("10s", "20s", "30s", "40s", "50s", "60s");
    // exact decimal steps: 0.1 added seven times is 0.8, not 0.7999999999999999
    assertThat(SweepParameter.parse("ha.coverage=0.1..0.8:0.1").values())
        .containsExactly("0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8");
    // hi need not be on the grid; ranges and single values mix
    assertThat(SweepParameter.parse("x.y=1..4:2,10").values()).containsExactly("1", "3", "10");
    assertThat(SweepParameter.parse("b=2.5Gbit/s..10Gbit/s:2.5Gbit/s").values())
        .containsExactly("2.5Gbit/s", "5Gbit/s", "7.5Gbit/s", "10Gbit/s");
  }

  @Test
  void badParametersAreInputErrors() {
    assertThatThrownBy(() -> SweepParameter.parse("ha.coverage")).isInstanceOf(InputException.class)
        .hasMessageContaining("no '='");
    assertThatThrownBy(() -> SweepParameter.parse("d=10s..1min:10s")).isInstanceOf(InputException.class)
        .hasMessageContaining("mixes units");
    assertThatThrownBy(() -> SweepParameter.parse("d=5..1:1")).isInstanceOf(InputException.class)
        .hasMessageContaining("downwards");
    assertThatThrownBy(() -> SweepParameter.parse("d=1..5:0")).isInstanceOf(InputException.class)
        .hasMessageContaining("step");
    assertThatThrownBy(() -> SweepParameter.parse("d=1..x")).isInstanceOf(InputException.class)
        .hasMessageContaining("cannot read the range");
    assertThatThrownBy(() -> SweepParameter.parse("d=0..1000000:1")).isInstanceOf(InputException.class)
        .hasMessageContaining("more than");
    assertThatThrownBy(() -> SweepParameter.parse("d=1,1")).isInstanceOf(InputException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> SweepParameter.parse("experiment.replications=10,20"))
        .isInstanceOf(InputException.class).hasMessageContaining("cannot vary 'experiment'");
    assertThatThrownBy(() -> SweepParameter.parse("a..b=1")).isInstanceOf(InputException.class)
        .hasMessageContaining("bad path");
  }

  @Test
  void magnitudesOrderQuantitiesOfOneKind() {
    assertThat(SweepParameter.magnitude("100Mbit/s")).contains(1e8);
    assertThat(SweepParameter.magnitude("2min")).contains(120.0);
    assertThat(SweepParameter.magnitude("0.9")).contains(0.9);
    assertThat(SweepParameter.magnitude("unlimited")).isEmpty();
  }

  @Test
  void theGridIsNestedLoopsWithTheFirstParameterSlowest() {
    SweepGrid grid = new SweepGrid(List.of(SweepParameter.parse("a=1,2"), SweepParameter.parse("b=x,y,z")));
    assertThat(grid.points()).extracting(DesignPoint::label).containsExactly(
        "a=1, b=x", "a=1, b=y", "a=1, b=z", "a=2, b=x", "a=2, b=y", "a=2, b=z");
    assertThat(grid.points().get(4).overrides()).containsExactly("a=2", "b=y");
    assertThatThrownBy(() -> new SweepGrid(List.of(SweepParameter.parse("a=1"), SweepParameter.parse("a=2"))))
        .isInstanceOf(InputException.class).hasMessageContaining("given twice");
  }
}
