package org.hasim.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.hasim.engine.SimClock;
import org.junit.jupiter.api.Test;

class NetworkTest {
  private final SimClock clock = new SimClock();
  private final Network net = new Network(clock);

  @Test
  void aLoneFlowTakesSizeOverCapacityPlusLatency() {
    Link l = net.addLink("l", 100e6, 0.01, 0);
    double[] done = {-1};
    net.startFlow(List.of(l), 12.5e6, Network.UNCAPPED, () -> done[0] = clock.now());
    clock.run();
    assertThat(done[0]).isCloseTo(1.0 + 0.01, within(1e-9));
  }

  /**
   * 80 Mbit/s = 10 MB/s shared by A (10 MB) and B (5 MB): 5 MB/s each; B ends at 1.0 s; A has 5 MB left
   * and gets the whole link from that instant: 0.5 s more, ends at 1.5 s. Two completions, two events.
   */
  @Test
  void whenAFlowEndsTheOthersSpeedUpAtThatInstant() {
    Link l = net.addLink("l", 80e6, 0, 0);
    double[] a = {-1};
    double[] b = {-1};
    Flow fa = net.startFlow(List.of(l), 10e6, Network.UNCAPPED, () -> a[0] = clock.now());
    net.startFlow(List.of(l), 5e6, Network.UNCAPPED, () -> b[0] = clock.now());
    assertThat(net.rateOf(fa)).isCloseTo(40e6, within(1e-6));
    clock.run();
    assertThat(b[0]).isCloseTo(1.0, within(1e-9));
    assertThat(a[0]).isCloseTo(1.5, within(1e-9));
    assertThat(clock.executed()).isEqualTo(2);
  }

  @Test
  void capChangeMidWayMovesTheCompletion() {
    Link l = net.addLink("l", 80e6, 0, 0);
    double[] done = {-1};
    Flow f = net.startFlow(List.of(l), 10e6, Network.UNCAPPED, () -> done[0] = clock.now());
    clock.schedule(0.5, () -> f.setCap(40e6)); // 5 MB sent, 5 MB left at 5 MB/s
    clock.run();
    assertThat(done[0]).isCloseTo(1.5, within(1e-9));
  }

  @Test
  void aCancelledFlowReleasesItsShare() {
    Link l = net.addLink("l", 80e6, 0, 0);
    double[] done = {-1};
    net.startFlow(List.of(l), 10e6, Network.UNCAPPED, () -> done[0] = clock.now());
    Flow bg = net.startFlow(List.of(l), Double.POSITIVE_INFINITY, Network.UNCAPPED, () -> {});
    clock.schedule(1.0, bg::cancel); // 5 MB sent at 5 MB/s, then 5 MB at 10 MB/s
    clock.run();
    assertThat(done[0]).isCloseTo(1.5, within(1e-9));
    assertThat(bg.status()).isEqualTo(Flow.Status.CANCELLED);
    assertThat(bg.transferred()).isCloseTo(5e6, within(1e-3));
  }

  @Test
  void aDownLinkStallsItsFlowsAndTellsTheirOwners() {
    Link l = net.addLink("l", 80e6, 0, 0);
    List<String> events = new ArrayList<>();
    Flow f = net.startFlow(List.of(l), 10e6, Network.UNCAPPED, new FlowObserver() {
      @Override
      public void completed(Flow flow) {
        events.add("done@" + clock.now());
      }

      @Override
      public void stalled(Flow flow, Link link) {
        events.add("stalled@" + clock.now() + " on " + link.name());
      }

      @Override
      public void resumed(Flow flow) {
        events.add("resumed@" + clock.now());
      }
    });
    clock.schedule(0.5, () -> net.setUp(l, false));
    clock.schedule(0.7, () -> {
      assertThat(net.rateOf(f)).isZero();
      assertThat(f.remaining()).isCloseTo(5e6, within(1e-3));
      assertThat(net.smallPacketDelay(List.of(l))).isInfinite();
    });
    clock.schedule(1.5, () -> net.setUp(l, true));
    clock.run();
    assertThat(events).containsExactly("stalled@0.5 on l", "resumed@1.5", "done@2.0");
  }

  @Test
  void flowsOfAnotherComponentAreNotTouched() {
    Link a = net.addLink("a", 80e6, 0, 0);
    Link b = net.addLink("b", 80e6, 0, 0);
    double[] done = {-1};
    net.startFlow(List.of(a), 10e6, Network.UNCAPPED, () -> done[0] = clock.now());
    Flow other = net.startFlow(List.of(b), 1e6, Network.UNCAPPED, () -> {});
    assertThat(net.rateOf(other)).isEqualTo(80e6);
    clock.run();
    assertThat(done[0]).isCloseTo(1.0, within(1e-9));
    assertThat(clock.executed()).isEqualTo(2);
  }

  /**
   * 100 Mbit/s, 1 ms latency, 125 000 B buffer (10 ms at 100 Mbit/s). Idle: 1 ms. Half loaded: ρ/(1−ρ) = 1
   * MTU queued = 1500·8/1e8 = 0.12 ms more. Saturated by an elastic flow: the full buffer, 10 ms more.
   */
  @Test
  void smallPacketsSeeLatencyPlusQueueing() {
    Link l = net.addLink("l", 100e6, 0.001, 125_000);
    List<Link> path = List.of(l);
    assertThat(net.smallPacketDelay(path)).isCloseTo(0.001, within(1e-12));
    Flow half = net.startFlow(path, Double.POSITIVE_INFINITY, 50e6, () -> {});
    assertThat(net.smallPacketDelay(path)).isCloseTo(0.001 + 0.00012, within(1e-12));
    half.cancel();
    net.startFlow(path, Double.POSITIVE_INFINITY, Network.UNCAPPED, () -> {});
    assertThat(net.smallPacketDelay(path)).isCloseTo(0.011, within(1e-12));
  }

  @Test
  void listenersHearUtilisationChanges() {
    Link l = net.addLink("l", 100e6, 0, 0);
    List<String> heard = new ArrayList<>();
    net.addListener((link, before, after) -> heard.add(link.name() + ":" + before + "->" + after));
    Flow f = net.startFlow(List.of(l), Double.POSITIVE_INFINITY, 25e6, () -> {});
    f.setCap(Network.UNCAPPED);
    f.cancel();
    assertThat(heard).containsExactly("l:0.0->0.25", "l:0.25->1.0", "l:1.0->0.0");
  }
}
