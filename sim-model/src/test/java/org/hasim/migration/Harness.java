package org.hasim.migration;

import java.util.ArrayList;
import java.util.List;
import org.hasim.engine.SimClock;
import org.hasim.network.Link;
import org.hasim.network.Network;
import org.hasim.scenario.DirtyModel;
import org.hasim.scenario.MigrationSpec;

/** A clock, a network with one link, and owners that log what they hear. */
final class Harness {
  final SimClock clock = new SimClock();
  final Network net = new Network(clock);
  final Link link;

  Harness(double bps) {
    link = net.addLink("mig", bps, 0.0, 0);
  }

  Log migrate(long memory, DirtyModel dirty, MigrationSpec spec, double resume) {
    Log log = new Log();
    log.migration = new Migration(clock, net, new MigratingVm("vm", memory, dirty, resume, 0.0), "n1", "n2",
        List.of(link), spec, log);
    log.migration.start();
    return log;
  }

  /** An owner that records its callbacks. */
  final class Log implements MigrationOwner {
    Migration migration;
    final List<String> events = new ArrayList<>();
    MigrationRecord record;

    @Override
    public void onPaused(double t) {
      events.add("paused@" + t);
    }

    @Override
    public void onResumed(double t, boolean onTarget) {
      events.add((onTarget ? "resumed-on-target@" : "resumed-on-source@") + t);
    }

    @Override
    public void onFinished(MigrationRecord r) {
      events.add("finished:" + r.outcome());
      record = r;
    }
  }

  static MigrationSpec spec(MigrationSpec.Algorithm a, double timeout) {
    MigrationSpec d = MigrationCalculator.defaults(a, 2);
    return new MigrationSpec(a, 1, timeout, d.pushRounds(), d.maxDowntime(), d.minRate(), d.maxRate());
  }
}
