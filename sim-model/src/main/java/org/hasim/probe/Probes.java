package org.hasim.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hasim.scenario.ProbeSpec;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.ServiceSpec;

/** Builds a replication's probes from the scenario and opens each window at its start time. */
public final class Probes {
  private final List<Probe> probes = new ArrayList<>();
  private final ProbeContext ctx;

  public Probes(Scenario scenario, ProbeContext ctx) {
    this.ctx = ctx;
    for (ProbeSpec spec : scenario.probes()) {
      probes.add(create(scenario, spec));
    }
  }

  private Probe create(Scenario scenario, ProbeSpec spec) {
    if (spec instanceof ProbeSpec.Ping p) {
      return PacketProbe.ping(ctx, p);
    } else if (spec instanceof ProbeSpec.Udp u) {
      return PacketProbe.udp(ctx, u);
    } else if (spec instanceof ProbeSpec.Tcp t) {
      return new TcpTransferProbe(ctx, t);
    } else if (spec instanceof ProbeSpec.Web w) {
      return new WebLoadProbe(ctx, w, ctx.cluster().vm(vmOf(scenario, w.web())),
          w.db().map(db -> ctx.cluster().vm(vmOf(scenario, db))));
    }
    throw new IllegalArgumentException("unknown probe " + spec);
  }

  private static String vmOf(Scenario scenario, String service) {
    Optional<ServiceSpec> s = scenario.services().stream().filter(x -> x.name().equals(service)).findFirst();
    return s.orElseThrow(() -> new IllegalArgumentException("no service " + service)).vm();
  }

  /** Schedules the opening of every window (one event per probe). */
  public void schedule() {
    for (Probe p : probes) {
      ctx.clock().at(p.start(), p::begin);
    }
  }

  /** The run ended at {@code time}: windows still open report what they saw. */
  public void close(double time) {
    probes.forEach(p -> p.close(time));
  }

  public boolean isEmpty() {
    return probes.isEmpty();
  }
}
