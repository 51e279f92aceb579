package org.hasim.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hasim.engine.SimClock;
import org.hasim.migration.MigrationRecord.Fault;
import org.hasim.migration.MigrationRecord.Outcome;
import org.hasim.migration.MigrationRecord.Round;
import org.hasim.migration.MigrationRecord.StopReason;
import org.hasim.network.Flow;
import org.hasim.network.FlowObserver;
import org.hasim.network.Link;
import org.hasim.network.Network;
import org.hasim.scenario.MigrationSpec;
import org.hasim.scenario.MigrationSpec.Algorithm;

/**
 * One live migration of one VM over a network path (DESIGN §4.5), as a state machine ({@link
 * MigrationState}) on the simulation clock. Each push round, the stop-and-copy transfer and the post-copy
 * pull is one {@link Flow}: O(1) events per round, never page by page.
 *
 * <ul>
 *   <li>Pre-copy (xen-legacy, xen-v2, xen-2005, qemu): rounds as in {@link PrecopyPolicy}; then the VM is
 *       paused and the last dirty set plus {@link #STATE_BYTES} of CPU/device state is sent; the VM runs
 *       and is reachable on the target {@code resumeTime + arpTime} after that transfer ends; commit.
 *   <li>Post-copy: pause, send the CPU/device state, resume on the target, then pull every page once in
 *       the background (state PULL: the VM runs degraded); commit when the pull ends.
 *   <li>Hybrid: {@code pushRounds} push rounds, pause, CPU/device state only, resume on the target, pull
 *       the pages dirtied in the last push round.
 * </ul>
 *
 * Downtime = stop-and-copy transfer + resume time + ARP time. Faults: while the source image is valid
 * (PUSH, STOP_AND_COPY) a target or link failure ABORTS (a paused VM resumes on the source at once) and a
 * source failure loses the VM; during PULL any failure loses the VM. A link going down under a migration
 * flow counts as a link failure. The optional {@code timeout} (from start) makes a migration in PUSH or
 * STOP_AND_COPY fall back to restart; once pulling, the only way forward is to finish, so it is ignored.
 */
public final class Migration {
  /** Page size, bytes. */
  public static final int PAGE_SIZE = 4096;
  /**
   * CPU and device state sent while paused (vCPU context, shared-info page, event channels, device model
   * state, the page-frame bookkeeping of the last batch): a constant 256 KiB. Small against any dirty set
   * that matters; 4 ms at 500 Mbit/s, 2 ms at 1 Gbit/s.
   */
  public static final long STATE_BYTES = 256 * 1024;

  private final SimClock clock;
  private final Network net;
  private final MigratingVm vm;
  private final String source;
  private final String target;
  private final List<Link> path;
  private final MigrationSpec spec;
  private final MigrationOwner owner;
  private final PrecopyPolicy policy;

  private MigrationState state = MigrationState.NEW;
  private final List<Round> rounds = new ArrayList<>();
  private long pagesSent;
  private long bytesSent;
  private long pulledBytes;
  private double start = Double.NaN;
  private double pausedAt = Double.NaN;
  private double resumedAt = Double.NaN;
  private double pullStart = Double.NaN;
  private Optional<StopReason> stopReason = Optional.empty();
  private Flow flow;
  private boolean flowIsPull;
  private SimClock.Scheduled pending;
  private SimClock.Scheduled timeout;
  private MigrationRecord record;

  public Migration(SimClock clock, Network net, MigratingVm vm, String source, String target,
      List<Link> path, MigrationSpec spec, MigrationOwner owner) {
    if (path.isEmpty()) {
      throw new IllegalArgumentException("a migration needs a network path");
    }
    this.clock = clock;
    this.net = net;
    this.vm = vm;
    this.source = source;
    this.target = target;
    this.path = List.copyOf(path);
    this.spec = spec;
    this.owner = owner;
    this.policy = spec.algorithm() == Algorithm.POST_COPY ? null : PrecopyPolicy.of(spec);
  }

  /** Starts the migration now. */
  public void start() {
    if (state != MigrationState.NEW) {
      throw new IllegalStateException("migration of " + vm.name() + " already started");
    }
    start = clock.now();
    if (spec.timeout() > 0 && Double.isFinite(spec.timeout())) {
      timeout = clock.schedule(spec.timeout(), this::timedOut);
    }
    if (policy == null) {
      stopReason = Optional.of(StopReason.POST_COPY);
      pauseAndSend(0, Network.UNCAPPED, vm.pages());
    } else {
      moveTo(MigrationState.PUSH);
      startRound(1, vm.pages());
    }
  }

  public MigrationState state() {
    return state;
  }

  public MigratingVm vm() {
    return vm;
  }

  public String source() {
    return source;
  }

  public String target() {
    return target;
  }

  /** The record, once the migration has ended. */
  public Optional<MigrationRecord> record() {
    return Optional.ofNullable(record);
  }

  /** The source node failed. */
  public void sourceFailed() {
    if (active()) {
      end(MigrationState.VM_LOST, Fault.SOURCE_FAILED);
    }
  }

  /** The target node failed. */
  public void targetFailed() {
    sideFailed(Fault.TARGET_FAILED);
  }

  /** The migration network path failed. */
  public void linkFailed() {
    sideFailed(Fault.LINK_FAILED);
  }

  private boolean active() {
    if (state == MigrationState.NEW) {
      throw new IllegalStateException("migration of " + vm.name() + " not started");
    }
    return !state.isTerminal();
  }

  private void sideFailed(Fault fault) {
    if (!active()) {
      return;
    }
    if (state.sourceImageValid()) {
      resumeOnSourceIfPaused();
      end(MigrationState.ABORTED, fault);
    } else {
      end(MigrationState.VM_LOST, fault);
    }
  }

  private void timedOut() {
    timeout = null;
    if (!state.isTerminal() && state.sourceImageValid()) {
      resumeOnSourceIfPaused();
      end(MigrationState.FELL_BACK, Fault.TIMEOUT);
    }
  }

  private void startRound(int index, long pages) {
    double limit = policy.rateLimit(index, rounds);
    double roundStart = clock.now();
    startFlow(pages * PAGE_SIZE, limit, false, () -> roundDone(index, pages, limit, roundStart));
  }

  private void roundDone(int index, long pages, double limit, double roundStart) {
    double duration = clock.now() - roundStart;
    long bytes = pages * PAGE_SIZE;
    long dirtied = Math.min(vm.pages(),
        Math.round(vm.dirty().dirtiedIn(duration, vm.memory()) / PAGE_SIZE));
    pagesSent += pages;
    bytesSent += bytes;
    rounds.add(new Round(index, bytes, duration, dirtied, duration > 0 ? bytes * 8.0 / duration : 0.0));
    Optional<StopReason> stop =
        policy.stopAfter(new PrecopyPolicy.Progress(rounds, vm.pages(), pagesSent, limit));
    if (stop.isEmpty()) {
      startRound(index + 1, dirtied);
      return;
    }
    stopReason = stop;
    if (spec.algorithm() == Algorithm.HYBRID) {
      pauseAndSend(0, Network.UNCAPPED, dirtied);
    } else {
      pauseAndSend(dirtied, policy.stopAndCopyLimit(), 0);
    }
  }

  /** Pauses the VM, sends {@code pages} + CPU/device state, resumes on the target, then pulls. */
  private void pauseAndSend(long pages, double limit, long pagesToPull) {
    moveTo(MigrationState.STOP_AND_COPY);
    pausedAt = clock.now();
    owner.onPaused(pausedAt);
    long bytes = pages * PAGE_SIZE + STATE_BYTES;
    startFlow(bytes, limit, false, () -> {
      bytesSent += bytes;
      pending = clock.schedule(vm.resumeTime() + vm.arpTime(), () -> resumedOnTarget(pagesToPull));
    });
  }

  private void resumedOnTarget(long pagesToPull) {
    pending = null;
    resumedAt = clock.now();
    owner.onResumed(resumedAt, true);
    if (pagesToPull == 0 && spec.algorithm() != Algorithm.POST_COPY) {
      end(MigrationState.COMMITTED, Fault.NONE);
      return;
    }
    moveTo(MigrationState.PULL);
    pullStart = clock.now();
    long bytes = pagesToPull * PAGE_SIZE;
    startFlow(bytes, Network.UNCAPPED, true, () -> {
      bytesSent += bytes;
      pulledBytes += bytes;
      end(MigrationState.COMMITTED, Fault.NONE);
    });
  }

  private void startFlow(long bytes, double limit, boolean pull, Runnable done) {
    flowIsPull = pull;
    flow = net.startFlow(path, bytes, limit, new FlowObserver() {
      @Override
      public void completed(Flow f) {
        flow = null;
        done.run();
      }

      @Override
      public void stalled(Flow f, Link link) {
        linkFailed();
      }
    });
  }

  private void resumeOnSourceIfPaused() {
    if (state == MigrationState.STOP_AND_COPY) {
      resumedAt = clock.now();
      owner.onResumed(resumedAt, false);
    }
  }

  private void end(MigrationState terminal, Fault fault) {
    if (flow != null) {
      long partial = Math.round(flow.transferred());
      bytesSent += partial;
      if (flowIsPull) {
        pulledBytes += partial;
      }
      flow.cancel();
      flow = null;
    }
    if (pending != null) {
      pending.cancel();
      pending = null;
    }
    if (timeout != null) {
      timeout.cancel();
      timeout = null;
    }
    moveTo(terminal);
    double now = clock.now();
    double downtime = Double.isNaN(pausedAt) ? 0.0 : (Double.isNaN(resumedAt) ? now : resumedAt) - pausedAt;
    double degraded = Double.isNaN(pullStart) ? 0.0 : now - pullStart;
    record = new MigrationRecord(vm.name(), source, target, spec.algorithm(), rounds, start, now - start,
        downtime, bytesSent, pulledBytes, degraded, stopReason, outcomeOf(terminal), fault);
    owner.onFinished(record);
  }

  private static Outcome outcomeOf(MigrationState terminal) {
    return switch (terminal) {
      case COMMITTED -> Outcome.COMMITTED;
      case ABORTED -> Outcome.ABORTED;
      case FELL_BACK -> Outcome.FELL_BACK_TO_RESTART;
      case VM_LOST -> Outcome.VM_LOST;
      default -> throw new IllegalStateException("not terminal: " + terminal);
    };
  }

  private void moveTo(MigrationState next) {
    if (!state.canMoveTo(next)) {
      throw new IllegalStateException("migration of " + vm.name() + ": " + state + " -> " + next);
    }
    state = next;
  }
}
