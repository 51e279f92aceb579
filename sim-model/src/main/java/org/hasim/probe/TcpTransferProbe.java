package org.hasim.probe;

import java.util.List;
import java.util.function.Consumer;
import org.hasim.engine.SimClock;
import org.hasim.network.Flow;
import org.hasim.network.FlowObserver;
import org.hasim.network.Link;
import org.hasim.network.Network;
import org.hasim.scenario.ProbeSpec;
import org.hasim.vm.Vm;
import org.hasim.vm.VmState;

/**
 * A bulk TCP transfer between the probe's source and a VM, as one elastic {@link Flow} of the network model
 * on the service path of the VM's host (it shares links max-min with migrations and other transfers).
 *
 * <p>States: CONNECTING → SENDING ⇄ STALLED → DONE, or INTERRUPTED / ABANDONED.
 * <ul>
 *   <li>When the VM pauses (stop-and-copy) the flow stops; the sender's retransmission timer fires after
 *       {@code min_rto}, then after 2×, 4×, … (capped at 120 s, Linux's TCP_RTO_MAX). The first
 *       retransmission that finds the VM serving again resumes the flow, on the VM's new host: the stall
 *       lasts the pause plus the wait for that retransmission. The connection survives; after 15
 *       unanswered retransmissions (Linux's tcp_retries2) it times out and the transfer is interrupted.
 *   <li>When the VM goes down any other way (clean shutdown for a restart, crash, host failure) its TCP
 *       state is gone: the transfer is interrupted. With {@code on_interrupt: retry} the client reconnects
 *       (SYN retries after 1 s, 2 s, 4 s, …) and starts again from byte 0 once the VM answers.
 *   <li>A VM that does not answer when the transfer starts is reached the same way, by SYN retries.
 * </ul>
 * Slow start after a stall is not modelled (on a LAN it regains the link rate within a few round trips).
 * When source and VM are on the same host (an empty path) the transfer has no network limit and completes
 * at once.
 */
public final class TcpTransferProbe implements Probe {
  /** Linux TCP_RTO_MAX. */
  static final double MAX_RTO = 120.0;
  /** Linux tcp_retries2: retransmissions before an established connection times out. */
  static final int MAX_RETRANSMISSIONS = 15;
  /** Initial SYN retransmission timeout (RFC 6298). */
  static final double SYN_RTO = 1.0;

  private enum State { IDLE, CONNECTING, SENDING, STALLED, DONE, INTERRUPTED, ABANDONED }

  private final ProbeContext ctx;
  private final SimClock clock;
  private final ProbeSpec.Tcp spec;
  private final Vm vm;
  private final Consumer<Vm> listener = this::vmChanged;

  private State state = State.IDLE;
  private double begunAt;
  /** Bytes delivered by the current connection (a retry starts again from 0). */
  private double delivered;
  private double remaining;
  private Flow flow;
  private SimClock.Scheduled timer;
  private SimClock.Scheduled deadline;
  private int attempt;
  private double stalledAt;
  private double stalled;
  private int stalls;
  private int retransmissions;
  private int interruptions;
  private double endedAt = Double.NaN;

  TcpTransferProbe(ProbeContext ctx, ProbeSpec.Tcp spec) {
    this.ctx = ctx;
    this.clock = ctx.clock();
    this.spec = spec;
    this.vm = ctx.cluster().vm(spec.target());
  }

  @Override
  public double start() {
    return spec.start();
  }

  @Override
  public void begin() {
    begunAt = clock.now();
    remaining = spec.size();
    ctx.ops().addStateListener(listener);
    if (Double.isFinite(spec.timeout())) {
      deadline = clock.schedule(spec.timeout(), () -> end(State.ABANDONED, "abandoned"));
    }
    event("start");
    state = State.CONNECTING;
    attempt = 0;
    connect();
  }

  /** A SYN (or the first one): the transfer (re)starts when the VM answers, else retry with backoff. */
  private void connect() {
    timer = null;
    if (answers()) {
      send();
      return;
    }
    double wait = Math.min(MAX_RTO, SYN_RTO * Math.pow(2, attempt++));
    timer = clock.schedule(wait, this::connect);
  }

  private void send() {
    state = State.SENDING;
    attempt = 0;
    List<Link> path = ctx.pathTo(spec.from(), vm).orElseThrow();
    if (path.isEmpty()) {
      delivered += remaining;
      remaining = 0;
      finishTransfer();
      return;
    }
    flow = ctx.networks().network().startFlow(path, remaining, capOf(spec.rateCap()), new FlowObserver() {
      @Override
      public void completed(Flow f) {
        if (f == flow) {
          flow = null;
          delivered += remaining;
          remaining = 0;
          finishTransfer();
        }
      }
    });
  }

  private static double capOf(double rate) {
    return Double.isFinite(rate) ? rate : Network.UNCAPPED;
  }

  private void vmChanged(Vm changed) {
    if (changed != vm) {
      return;
    }
    if (flow != null && flow.status() == Flow.Status.COMPLETED) {
      return; // every byte is sent; the last ones are on the wire
    }
    if (state == State.SENDING && !vm.state().isServing()) {
      stopFlow();
      if (vm.state() == VmState.PAUSED) {
        state = State.STALLED;
        stalledAt = clock.now();
        stalls++;
        attempt = 0;
        event("stall");
        timer = clock.schedule(rto(), this::retransmit);
      } else {
        interrupt();
      }
    } else if (state == State.STALLED && !vm.state().isServing() && vm.state() != VmState.PAUSED) {
      interrupt(); // the pause ended in a lost VM or a restart: the connection is gone
    }
  }

  private double rto() {
    return Math.min(MAX_RTO, spec.minRto() * Math.pow(2, attempt));
  }

  private void retransmit() {
    timer = null;
    retransmissions++;
    event("retransmit");
    if (answers()) {
      stalled += clock.now() - stalledAt;
      event("resume");
      send();
      return;
    }
    attempt++;
    if (attempt >= MAX_RETRANSMISSIONS) {
      interrupt();
      return;
    }
    timer = clock.schedule(rto(), this::retransmit);
  }

  private boolean answers() {
    return vm.state().isServing() && ctx.pathTo(spec.from(), vm).isPresent();
  }

  private void stopFlow() {
    if (flow != null) {
      double sentNow = flow.transferred();
      delivered += sentNow;
      remaining -= sentNow;
      Flow f = flow;
      flow = null;
      f.cancel();
    }
  }

  private void interrupt() {
    cancelTimer();
    if (state == State.STALLED) {
      stalled += clock.now() - stalledAt;
    }
    interruptions++;
    event("interrupted");
    if (!spec.retry()) {
      end(State.INTERRUPTED, null);
      return;
    }
    remaining = spec.size(); // a new connection starts from the first byte
    delivered = 0;
    state = State.CONNECTING;
    attempt = 0;
    timer = clock.schedule(SYN_RTO, () -> {
      event("reconnect");
      attempt = 1;
      connect();
    });
  }

  private void finishTransfer() {
    end(State.DONE, "complete");
  }

  private void end(State terminal, String kind) {
    if (isOver()) {
      return;
    }
    if (terminal == State.ABANDONED) {
      deadline = null;
      stopFlow();
      if (state == State.STALLED) {
        stalled += clock.now() - stalledAt;
      }
    }
    cancelTimer();
    if (deadline != null) {
      deadline.cancel();
      deadline = null;
    }
    state = terminal;
    endedAt = clock.now();
    ctx.ops().removeStateListener(listener);
    if (kind != null) {
      event(kind);
    }
    report();
  }

  private boolean isOver() {
    return state == State.DONE || state == State.INTERRUPTED || state == State.ABANDONED;
  }

  private void cancelTimer() {
    if (timer != null) {
      timer.cancel();
      timer = null;
    }
  }

  @Override
  public void close(double time) {
    if (state == State.IDLE || isOver()) {
      return;
    }
    stopFlow();
    if (state == State.STALLED) {
      stalled += time - stalledAt;
    }
    cancelTimer();
    ctx.ops().removeStateListener(listener);
    endedAt = time;
    report();
    state = State.ABANDONED;
  }

  private void event(String kind) {
    double bytes = delivered + (flow != null ? flow.transferred() : 0.0);
    ctx.sample(spec.name(), clock.now(), kind, bytes);
  }

  private void report() {
    double elapsed = endedAt - begunAt;
    summary("completed", state == State.DONE ? 1 : 0);
    summary("interrupted", state == State.INTERRUPTED ? 1 : 0);
    summary("interruptions", interruptions);
    summary("elapsed_s", elapsed);
    summary("stalled_s", stalled);
    summary("stalls", stalls);
    summary("retransmissions", retransmissions);
    summary("bytes", delivered);
    summary("goodput_mbit_s", elapsed > 0 && state == State.DONE ? spec.size() * 8 / elapsed / 1e6 : 0);
  }

  private void summary(String metric, double value) {
    ctx.observer().probeSummary(spec.name(), metric, value);
  }
}
