package org.hasim.probe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.hasim.network.Link;
import org.hasim.network.NetworkListener;
import org.hasim.scenario.ProbeSpec;
import org.hasim.vm.Vm;
import umontreal.ssj.rng.RandomStream;

/**
 * Ping (ICMP echo, round trip) or a udp stream (one way): {@code count} packets, packet i sent at exactly
 * {@code start + i/rate}.
 *
 * <p>A packet is lost when the target VM does not serve when it arrives (paused for stop-and-copy,
 * resuming or waiting for the network to re-learn its location — the migration marks the VM running only
 * after resume and ARP time —, shut down, booting, crashed), or when it has no host or no service path
 * when sent. A ping reply leaves at once: RTT = forward delay (when sent) + return delay (when the
 * request arrives) + jitter. A udp datagram's value is its one-way delay + jitter. Delays come from the
 * network model, so a bulk flow (a migration's push rounds) saturating a link on the path raises them by
 * the link's full buffer.
 *
 * <p><b>Cost.</b> Between two changes of what a packet meets (the target VM's state or host, the load of
 * any link) every packet sees the same delays and the same VM, so packets are not events: the probe
 * listens for those changes while its window is open and, at each one, settles every packet sent (or
 * arrived) since the previous one with the conditions that held in between. A window costs two events
 * (open, close) plus arithmetic per packet, exactly as if each packet were simulated.
 *
 * <p>Jitter is exponential with mean {@code jitter}, one draw per packet sent (lost or not), in packet
 * order, from stream {@code probe.<name>.jitter}, so packet i gets the same jitter in every variant.
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
  private final Consumer<Vm> vmListener = this::vmChanged;
  private final NetworkListener networkListener = (link, before, after) -> conditionsChanged();

  /** What a packet meets between two changes. */
  private record Conditions(boolean serving, boolean routed, double delay) {}

  /** A packet on its way to the VM when the conditions changed. */
  private record InFlight(int index, double arrival, double forward, double jitter) {}

  private boolean open;
  private Conditions now;
  private int next;
  private double[] values;
  private final List<InFlight> inFlight = new ArrayList<>();

  private PacketProbe(ProbeContext ctx, String name, Vm target, String from, double start, double rate,
      long count, long size, double jitterMean, boolean roundTrip) {
    if (count > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("probe " + name + ": too many packets: " + count);
    }
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
    open = true;
    values = new double[(int) count];
    Arrays.fill(values, Double.NaN);
    now = conditions();
    ctx.ops().addStateListener(vmListener);
    ctx.networks().network().addListener(networkListener);
    // one interval after the last packet left: every packet has arrived (delays are far below that)
    ctx.clock().at(start + count * interval, () -> close(ctx.clock().now()));
  }

  private void vmChanged(Vm vm) {
    if (vm == target) {
      conditionsChanged();
    }
  }

  private void conditionsChanged() {
    if (open) {
      settleBefore(ctx.clock().now());
      now = conditions();
    }
  }

  private Conditions conditions() {
    Optional<List<Link>> path = ctx.pathTo(from, target);
    double delay = path.map(p -> ctx.delay(p, size)).orElse(Double.POSITIVE_INFINITY);
    return new Conditions(target.state().isServing(), Double.isFinite(delay), delay);
  }

  /**
   * Settles, under the conditions {@link #now} that held since the last change, every packet in flight that
   * arrived before {@code t} and every packet sent before {@code t}; packets still on their way at {@code
   * t} wait for the next change.
   */
  private void settleBefore(double t) {
    for (int k = inFlight.size() - 1; k >= 0; k--) {
      InFlight p = inFlight.get(k);
      if (p.arrival() < t) {
        inFlight.remove(k);
        arrive(p);
      }
    }
    while (next < count && sendTime(next) < t) {
      int i = next++;
      double extra = -jitterMean * Math.log1p(-jitter.nextDouble());
      if (!now.routed()) {
        continue; // no host or no path: lost (values[i] stays NaN)
      }
      double arrival = sendTime(i) + now.delay();
      if (arrival >= t) {
        inFlight.add(new InFlight(i, arrival, now.delay(), extra));
      } else if (now.serving()) { // arrives before the change: same conditions both ways
        values[i] = now.delay() + extra + (roundTrip ? now.delay() : 0.0);
      }
    }
  }

  private double sendTime(int i) {
    return start + i * interval;
  }

  /** Packet {@code p} reaches the VM under the conditions {@link #now}. */
  private void arrive(InFlight p) {
    if (!now.serving() || !now.routed()) {
      return; // lost
    }
    values[p.index()] = p.forward() + p.jitter() + (roundTrip ? now.delay() : 0.0);
  }

  @Override
  public void close(double time) {
    if (!open) {
      return;
    }
    settleBefore(time);
    new ArrayList<>(inFlight).forEach(this::arrive); // the last ones arrive under the current conditions
    inFlight.clear();
    open = false;
    ctx.ops().removeStateListener(vmListener);
    ctx.networks().network().removeListener(networkListener);
    report();
  }

  private void report() {
    int sent = next;
    long lost = 0;
    long run = 0;
    long longestRun = 0;
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    String kind = roundTrip ? ProbeSample.RTT : ProbeSample.DELAY;
    for (int i = 0; i < sent; i++) {
      double ms = values[i] * 1000;
      if (Double.isNaN(ms)) {
        lost++;
        longestRun = Math.max(longestRun, ++run);
        ctx.sample(name, sendTime(i), ProbeSample.LOST, 1);
      } else {
        run = 0;
        sum += ms;
        min = Math.min(min, ms);
        max = Math.max(max, ms);
        ctx.sample(name, sendTime(i), kind, ms);
      }
    }
    values = null;
    summary("sent", sent);
    summary("received", sent - lost);
    summary("lost", lost);
    summary("loss_pct", sent == 0 ? 0 : 100.0 * lost / sent);
    summary("longest_loss_ms", longestRun * interval * 1000);
    if (lost < sent) {
      String v = roundTrip ? "rtt" : "delay";
      summary(v + "_mean_ms", sum / (sent - lost));
      summary(v + "_min_ms", min);
      summary(v + "_max_ms", max);
    }
  }

  private void summary(String metric, double value) {
    ctx.observer().probeSummary(name, metric, value);
  }
}
