package org.hasim.probe;

import java.util.List;
import java.util.Optional;
import org.hasim.network.Link;
import org.hasim.scenario.ProbeSpec;
import org.hasim.vm.Vm;
import umontreal.ssj.rng.RandomStream;

/**
 * Ping (ICMP echo, round trip) or a udp stream (one way): {@code count} packets, packet i sent at exactly
 * {@code start + i/rate}. Two events per packet: the send, and the arrival at the VM one path delay later.
 *
 * <p>A packet is lost when the target VM does not serve when it arrives (paused for stop-and-copy,
 * resuming or waiting for the network to re-learn its location — the migration marks the VM running only
 * after resume and ARP time —, shut down, booting, crashed), or when it has no host or no service path.
 * A ping reply leaves at once: RTT = forward delay (when sent) + return delay (when the request arrives)
 * + jitter. A udp datagram's value is its one-way delay + jitter. Delays come from the network model, so a
 * bulk flow (a migration's push rounds) saturating a link on the path raises them by the link's full buffer.
 *
 * <p>Jitter is exponential with mean {@code jitter}, one draw per packet sent (lost or not) from stream
 * {@code probe.<name>.jitter}, so packet i gets the same jitter in every variant.
 */
public final class PacketProbe implements Probe {
  private final ProbeContext ctx;
  private final String name;
  private final Vm target;
  private final String from;
  private final double start;
  private final double interval;
  private final long count;
  private final long size;
  private final double jitterMean;
  private final boolean roundTrip;
  private final RandomStream jitter;

  private long sent;
  private long settled;
  private long lost;
  private long lossRun;
  private long longestLossRun;
  private final Samples values = new Samples();
  private boolean reported;

  private PacketProbe(ProbeContext ctx, String name, Vm target, String from, double start, double rate,
      long count, long size, double jitterMean, boolean roundTrip) {
    this.ctx = ctx;
    this.name = name;
    this.target = target;
    this.from = from;
    this.start = start;
    this.interval = 1.0 / rate;
    this.count = count;
    this.size = size;
    this.jitterMean = jitterMean;
    this.roundTrip = roundTrip;
    this.jitter = ctx.streams().get("probe." + name + ".jitter");
  }

  static PacketProbe ping(ProbeContext ctx, ProbeSpec.Ping s) {
    return new PacketProbe(ctx, s.name(), ctx.cluster().vm(s.target()), s.from(), s.start(), s.rate(), s.count(),
        s.size(), s.jitter(), true);
  }

  static PacketProbe udp(ProbeContext ctx, ProbeSpec.Udp s) {
    return new PacketProbe(ctx, s.name(), ctx.cluster().vm(s.target()), s.from(), s.start(), s.rate(), s.count(),
        s.size(), s.jitter(), false);
  }

  @Override
  public double start() {
    return start;
  }

  @Override
  public void begin() {
    send(0);
  }

  private void send(long i) {
    double sentAt = start + i * interval;
    sent++;
    double extra = -jitterMean * Math.log1p(-jitter.nextDouble());
    Optional<List<Link>> path = ctx.pathTo(from, target);
    if (path.isEmpty()) {
      settle(sentAt, Double.NaN);
    } else {
      double forward = ctx.delay(path.get(), size);
      ctx.clock().schedule(forward, () -> arrive(sentAt, forward, extra));
    }
    if (i + 1 < count) {
      ctx.clock().at(start + (i + 1) * interval, () -> send(i + 1));
    }
  }

  private void arrive(double sentAt, double forward, double extra) {
    if (!target.state().isServing()) {
      settle(sentAt, Double.NaN);
      return;
    }
    double value = forward + extra;
    if (roundTrip) {
      Optional<List<Link>> back = ctx.pathTo(from, target);
      if (back.isEmpty()) {
        settle(sentAt, Double.NaN);
        return;
      }
      value += ctx.delay(back.get(), size);
    }
    settle(sentAt, value);
  }

  /** Packet sent at {@code sentAt} is accounted for: its delay in seconds, or NaN when lost. */
  private void settle(double sentAt, double seconds) {
    settled++;
    if (Double.isNaN(seconds)) {
      lost++;
      lossRun++;
      longestLossRun = Math.max(longestLossRun, lossRun);
      ctx.sample(name, sentAt, ProbeSample.LOST, 1);
    } else {
      lossRun = 0;
      values.add(seconds * 1000);
      ctx.sample(name, sentAt, roundTrip ? ProbeSample.RTT : ProbeSample.DELAY, seconds * 1000);
    }
    if (settled == count) {
      report();
    }
  }

  @Override
  public void close(double time) {
    report();
  }

  private void report() {
    if (reported || sent == 0) {
      return;
    }
    reported = true;
    long unsettled = sent - settled; // still in flight when the run ended: not answered, so lost
    long lostTotal = lost + unsettled;
    summary("sent", sent);
    summary("received", sent - lostTotal);
    summary("lost", lostTotal);
    summary("loss_pct", 100.0 * lostTotal / sent);
    summary("longest_loss_ms", longestLossRun * interval * 1000);
    if (!values.isEmpty()) {
      String v = roundTrip ? "rtt" : "delay";
      summary(v + "_mean_ms", values.mean());
      summary(v + "_min_ms", values.min());
      summary(v + "_max_ms", values.max());
      summary(v + "_p50_ms", values.percentile(0.50));
      summary(v + "_p95_ms", values.percentile(0.95));
    }
  }

  private void summary(String metric, double value) {
    ctx.observer().probeSummary(name, metric, value);
  }
}
