package org.hasim.migration;

import java.util.List;
import org.hasim.engine.SimClock;
import org.hasim.network.Link;
import org.hasim.network.Network;
import org.hasim.scenario.DirtyModel;
import org.hasim.scenario.MigrationSpec;

/**
 * One migration alone on a dedicated link of fixed bandwidth (no latency, nothing else on it): builds its
 * own clock and network, runs the {@link Migration} to the end and returns its record. Used by {@code
 * hasim migrate} and by tests; no shared state, safe to call from any thread.
 */
public final class MigrationCalculator {
  /** xen-2005 rate limits of Clark et al.: 100 Mbit/s first round, 500 Mbit/s maximum. */
  public static final double CLARK_MIN_RATE = 100e6;
  public static final double CLARK_MAX_RATE = 500e6;
  /** QEMU's default maximum downtime, 30 ms. */
  public static final double QEMU_MAX_DOWNTIME = 0.030;

  private MigrationCalculator() {}

  /**
   * @param memory VM memory, bytes
   * @param dirty the VM's dirty model
   * @param bandwidth link capacity, bits/s
   * @param spec algorithm and its parameters (the timeout is ignored; the limit is irrelevant)
   * @param resumeTime resume cost after stop-and-copy, s
   * @param arpTime time until the network learns the new location, s
   */
  public static MigrationRecord run(long memory, DirtyModel dirty, double bandwidth, MigrationSpec spec,
      double resumeTime, double arpTime) {
    SimClock clock = new SimClock();
    Network net = new Network(clock);
    Link link = net.addLink("migration", bandwidth, 0.0, 0);
    MigrationRecord[] result = new MigrationRecord[1];
    MigrationSpec noTimeout = new MigrationSpec(spec.algorithm(), spec.limit(), 0.0, spec.pushRounds(),
        spec.maxDowntime(), spec.minRate(), spec.maxRate());
    Migration m = new Migration(clock, net, new MigratingVm("vm", memory, dirty, resumeTime, arpTime),
        "source", "target", List.of(link), noTimeout, r -> result[0] = r);
    m.start();
    clock.run();
    if (result[0] == null) {
      throw new IllegalStateException("migration did not finish");
    }
    return result[0];
  }

  /** A spec with the published defaults: Clark's rate limits, qemu's 30 ms, no timeout. */
  public static MigrationSpec defaults(MigrationSpec.Algorithm algorithm, int pushRounds) {
    return new MigrationSpec(algorithm, 1, 0.0, pushRounds, QEMU_MAX_DOWNTIME, CLARK_MIN_RATE,
        CLARK_MAX_RATE);
  }
}
