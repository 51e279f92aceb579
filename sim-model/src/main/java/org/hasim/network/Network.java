package org.hasim.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hasim.engine.SimClock;

/**
 * The flow-level network of one replication (DESIGN §4.6).
 *
 * <p><b>Shares.</b> Active flows get max-min fair rates ({@link MaxMinFairShare}) subject to their caps;
 * a down link has capacity 0, so the flows crossing it stall at rate 0. Rates are recomputed only when a
 * flow starts, ends, is cancelled or re-capped, or a link goes down or up — and then only for the
 * connected component of links and flows reachable from the change (links joined by a flow that crosses
 * both). A recomputation costs O(F·(L + F·P)) for the F flows and L links of that component (P = the
 * longest path), see {@link MaxMinFairShare}; flows elsewhere are not touched.
 *
 * <p><b>Completion.</b> Each flow has at most one pending completion event, at {@code now + remaining /
 * rate}; it is moved only when the flow's rate changes. The bandwidth is released at the end of the
 * transfer; the observer is told one path latency later (when the last byte arrives).
 *
 * <p><b>Small packets.</b> {@link #smallPacketDelay} = Σ over the path of (latency + queueing). With ρ
 * the link's utilisation, B its buffer and C its capacity, queueing = min(B, MTU · ρ/(1−ρ)) · 8 / C: an
 * M/M/1-like mean queue of ρ/(1−ρ) MTU-sized (1500 B) packets, capped at a full buffer. A link saturated
 * by an elastic bulk flow (ρ = 1) therefore adds its whole buffer, B·8/C; a lightly loaded one adds a
 * fraction of a packet time.
 */
public final class Network {
  /** Cap meaning "no cap". */
  public static final double UNCAPPED = Double.POSITIVE_INFINITY;
  /** Packet size used by the queueing estimate, bytes. */
  public static final double MTU_BYTES = 1500.0;

  private final SimClock clock;
  private final List<Link> links = new ArrayList<>();
  private final List<NetworkListener> listeners = new ArrayList<>();
  private final ArrayDeque<Scratch> spare = new ArrayDeque<>();
  private int visitStamp;

  public Network(SimClock clock) {
    this.clock = clock;
  }

  /**
   * Adds a link.
   *
   * @param name for messages and reports
   * @param bps capacity in bits/s
   * @param latency one-way latency in seconds
   * @param buffer buffer size in bytes
   */
  public Link addLink(String name, double bps, double latency, long buffer) {
    Link l = new Link(links.size(), name, bps, latency, buffer);
    links.add(l);
    return l;
  }

  public List<Link> links() {
    return Collections.unmodifiableList(links);
  }

  public void addListener(NetworkListener listener) {
    listeners.add(listener);
  }

  public void removeListener(NetworkListener listener) {
    listeners.remove(listener);
  }

  /** Starts a flow whose owner is only told about completion. */
  public Flow startFlow(List<Link> path, double bytes, double capBps, Runnable onDone) {
    return startFlow(path, bytes, capBps, FlowObserver.onDone(onDone));
  }

  /**
   * Starts a flow of {@code bytes} over {@code path} (at least one link) with cap {@code capBps} (bits/s;
   * {@link #UNCAPPED} for none). {@code bytes} may be {@code Double.POSITIVE_INFINITY} for background
   * traffic that runs until cancelled. A zero-byte flow completes after the path latency.
   */
  public Flow startFlow(List<Link> path, double bytes, double capBps, FlowObserver observer) {
    if (path.isEmpty()) {
      throw new IllegalArgumentException("a flow needs at least one link");
    }
    if (!(bytes >= 0)) {
      throw new IllegalArgumentException("flow size must be >= 0: " + bytes);
    }
    if (!(capBps >= 0)) {
      throw new IllegalArgumentException("flow cap must be >= 0: " + capBps);
    }
    Flow f = new Flow(this, path, bytes, capBps, observer, now());
    f.transferDone = () -> transferDone(f); // one action per flow, however often its completion moves
    for (Link l : f.links) {
      l.attach(f);
    }
    recompute(f.path());
    Link down = firstDownLink(f);
    if (down != null) {
      f.setStalled(true);
      // Told from a fresh event so the caller holds the Flow before its observer hears of it.
      clock.schedule(0.0, () -> {
        if (f.status() == Flow.Status.ACTIVE && f.isStalled()) {
          observer.stalled(f, down);
        }
      });
    }
    return f;
  }

  /** Current rate of {@code f} in bits/s (0 once it is no longer active). */
  public double rateOf(Flow f) {
    return f.rate();
  }

  public boolean isUp(Link link) {
    return link.isUp();
  }

  /**
   * Takes a link down or brings it back. Flows crossing a link that goes down stall at rate 0 and their
   * observers are told ({@link FlowObserver#stalled}); when every link of a stalled flow is up again it
   * resumes and its observer is told ({@link FlowObserver#resumed}).
   */
  public void setUp(Link link, boolean up) {
    if (link.isUp() == up) {
      return;
    }
    link.setUpState(up);
    recompute(List.of(link));
    List<Flow> affected = new ArrayList<>(link.activeFlows());
    for (Flow f : affected) {
      if (f.status() != Flow.Status.ACTIVE) {
        continue;
      }
      if (!up && !f.isStalled()) {
        f.setStalled(true);
        f.observer().stalled(f, link);
      } else if (up && f.isStalled() && firstDownLink(f) == null) {
        f.setStalled(false);
        f.observer().resumed(f);
      }
    }
  }

  /**
   * Delay in seconds of a small packet over {@code path}: Σ (latency + queueing), queueing as in the
   * class comment. Infinite when a link on the path is down (the packet is lost).
   */
  public double smallPacketDelay(List<Link> path) {
    double delay = 0.0;
    for (Link l : path) {
      if (!l.isUp()) {
        return Double.POSITIVE_INFINITY;
      }
      delay += l.latency() + queueingDelay(l);
    }
    return delay;
  }

  /** Queueing delay of a small packet at {@code link}, seconds: min(B, MTU·ρ/(1−ρ))·8/C. */
  public static double queueingDelay(Link link) {
    double rho = link.utilisation();
    double queuedBytes = rho >= 1.0 - 1e-9 ? link.buffer()
        : Math.min(link.buffer(), MTU_BYTES * rho / (1.0 - rho));
    return queuedBytes * 8.0 / link.capacity();
  }

  double now() {
    return clock.now();
  }

  void changeCap(Flow f, double bps) {
    if (!(bps >= 0)) {
      throw new IllegalArgumentException("flow cap must be >= 0: " + bps);
    }
    if (f.status() != Flow.Status.ACTIVE || f.cap() == bps) {
      return;
    }
    f.setCapValue(bps);
    recompute(f.path());
  }

  void cancel(Flow f) {
    if (f.status() != Flow.Status.ACTIVE) {
      return;
    }
    f.advance(now());
    end(f, Flow.Status.CANCELLED);
  }

  private void transferDone(Flow f) {
    f.completion = null;
    if (f.status() != Flow.Status.ACTIVE) {
      return;
    }
    end(f, Flow.Status.COMPLETED);
    double latency = 0.0;
    for (Link l : f.links) {
      latency += l.latency();
    }
    if (latency > 0.0) {
      clock.schedule(latency, () -> f.observer().completed(f));
    } else {
      f.observer().completed(f);
    }
  }

  private void end(Flow f, Flow.Status status) {
    if (f.completion != null) {
      f.completion.cancel();
      f.completion = null;
    }
    f.finish(status);
    for (Link l : f.links) {
      l.detach(f);
    }
    recompute(f.path());
  }

  private static Link firstDownLink(Flow f) {
    for (Link l : f.links) {
      if (!l.isUp()) {
        return l;
      }
    }
    return null;
  }

  /**
   * Recomputes the shares of the component reachable from {@code seeds} and moves completion events. The
   * component is found breadth-first from the seeds (links in the order reached, flows in the order their
   * links list them), marking what was visited with a per-call stamp instead of hashing. The work arrays are
   * reused from call to call; a recomputation started by a listener while another is telling its listeners
   * takes its own.
   */
  private void recompute(List<Link> seeds) {
    Scratch sc = spare.isEmpty() ? new Scratch() : spare.pop();
    try {
      recompute(seeds, sc);
    } finally {
      sc.release();
      spare.push(sc);
    }
  }

  private void recompute(List<Link> seeds, Scratch sc) {
    double now = now();
    int stamp = ++visitStamp;
    ArrayDeque<Link> todo = sc.todo;
    for (int i = 0; i < seeds.size(); i++) {
      todo.add(seeds.get(i));
    }
    while (!todo.isEmpty()) {
      Link l = todo.poll();
      if (l.mark == stamp) {
        continue;
      }
      l.mark = stamp;
      l.local = sc.links;
      sc.addLink(l);
      List<Flow> on = l.activeFlows();
      for (int i = 0; i < on.size(); i++) {
        Flow f = on.get(i);
        if (f.mark != stamp) {
          f.mark = stamp;
          sc.addFlow(f);
          for (Link x : f.links) {
            todo.add(x);
          }
        }
      }
    }
    int links = sc.links;
    int flows = sc.flows;
    sc.sizeArrays();
    for (int i = 0; i < links; i++) {
      Link l = sc.link[i];
      sc.capacity[i] = l.isUp() ? l.capacity() : 0.0;
      sc.load[i] = 0.0;
    }
    int k = 0;
    for (int i = 0; i < flows; i++) {
      Flow f = sc.flow[i];
      sc.pathStart[i] = k;
      for (Link x : f.links) {
        sc.pathItems[k++] = x.local;
      }
      sc.caps[i] = f.cap();
    }
    sc.pathStart[flows] = k;
    MaxMinFairShare.allocate(flows, links, sc.pathStart, sc.pathItems, sc.caps, sc.capacity, sc.work);
    double[] rates = sc.work.rate;
    for (int i = 0; i < flows; i++) {
      applyRate(sc.flow[i], rates[i], now);
      for (int j = sc.pathStart[i]; j < sc.pathStart[i + 1]; j++) {
        sc.load[sc.pathItems[j]] += rates[i];
      }
    }
    boolean anyChange = false;
    for (int i = 0; i < links; i++) {
      Link l = sc.link[i];
      sc.before[i] = l.utilisation();
      l.setLoad(sc.load[i]);
      anyChange |= Math.abs(l.utilisation() - sc.before[i]) > 1e-12;
    }
    if (anyChange && !listeners.isEmpty()) {
      // a snapshot: a listener may remove itself (a probe whose window closes) while being told
      NetworkListener[] told = listeners.toArray(new NetworkListener[0]);
      for (int i = 0; i < links; i++) {
        Link l = sc.link[i];
        double after = l.utilisation();
        if (Math.abs(after - sc.before[i]) > 1e-12) {
          for (NetworkListener x : told) {
            x.utilisationChanged(l, sc.before[i], after);
          }
        }
      }
    }
  }

  /** The work arrays of one recomputation. */
  private static final class Scratch {
    final ArrayDeque<Link> todo = new ArrayDeque<>();
    final MaxMinFairShare.Work work = new MaxMinFairShare.Work();
    Link[] link = new Link[8];
    Flow[] flow = new Flow[8];
    int links;
    int flows;
    double[] capacity = new double[0];
    double[] load = new double[0];
    double[] before = new double[0];
    double[] caps = new double[0];
    int[] pathStart = new int[0];
    int[] pathItems = new int[0];

    void addLink(Link l) {
      if (links == link.length) {
        link = java.util.Arrays.copyOf(link, 2 * links);
      }
      link[links++] = l;
    }

    void addFlow(Flow f) {
      if (flows == flow.length) {
        flow = java.util.Arrays.copyOf(flow, 2 * flows);
      }
      flow[flows++] = f;
    }

    void sizeArrays() {
      if (capacity.length < links) {
        int n = Math.max(links, 2 * capacity.length);
        capacity = new double[n];
        load = new double[n];
        before = new double[n];
      }
      if (caps.length < flows) {
        caps = new double[Math.max(flows, 2 * caps.length)];
      }
      if (pathStart.length < flows + 1) {
        pathStart = new int[Math.max(flows + 1, 2 * pathStart.length)];
      }
      int items = 0;
      for (int i = 0; i < flows; i++) {
        items += flow[i].links.length;
      }
      if (pathItems.length < items) {
        pathItems = new int[Math.max(items, 2 * pathItems.length)];
      }
    }

    /** Forgets the links and flows (so they can be collected) and empties the queue. */
    void release() {
      java.util.Arrays.fill(link, 0, links, null);
      java.util.Arrays.fill(flow, 0, flows, null);
      links = 0;
      flows = 0;
      todo.clear();
    }
  }

  private void applyRate(Flow f, double rate, double now) {
    f.advance(now);
    boolean changed = rate != f.rate();
    f.setRate(rate);
    if (!changed && (f.completion != null || rate == 0.0)) {
      return;
    }
    if (f.completion != null) {
      f.completion.cancel();
      f.completion = null;
    }
    double left = f.remainingAtLastUpdate();
    if (Double.isInfinite(left)) {
      return;
    }
    if (left <= 0.0) {
      f.completion = clock.schedule(0.0, f.transferDone);
    } else if (rate > 0.0) {
      f.completion = clock.schedule(left * 8.0 / rate, f.transferDone);
    }
  }
}
