package org.hasim.migration;

import java.util.EnumSet;
import java.util.Set;

/**
 * States of a {@link Migration}; every legal transition is listed here and nowhere else.
 *
 * <pre>
 * NEW ─► PUSH ─► STOP_AND_COPY ─► COMMITTED              (pre-copy: xen-*, qemu)
 * NEW ─► STOP_AND_COPY ─► PULL ─► COMMITTED              (post-copy)
 * NEW ─► PUSH ─► STOP_AND_COPY ─► PULL ─► COMMITTED      (hybrid)
 * PUSH, STOP_AND_COPY ─► ABORTED | FELL_BACK | VM_LOST   (target/link failure, timeout, source failure)
 * PULL ─► VM_LOST                                        (either side or the link fails)
 * </pre>
 */
public enum MigrationState {
  /** Created, not started. */
  NEW,
  /** Pre-copy rounds while the VM runs on the source. */
  PUSH,
  /** VM paused; last dirty pages and/or CPU state in flight, then resume on the target. */
  STOP_AND_COPY,
  /** VM runs (degraded) on the target while the remaining pages are pulled. */
  PULL,
  /** Done: the VM runs on the target; the source copy is gone. */
  COMMITTED,
  /** Given up (target or link failed during pre-copy); the VM keeps running on the source. */
  ABORTED,
  /** Timed out; the owner restarts the VM instead (the VM still runs on the source until then). */
  FELL_BACK,
  /** No complete copy survived: the VM must be restarted from shared storage. */
  VM_LOST;

  private Set<MigrationState> next;

  static {
    NEW.next = EnumSet.of(PUSH, STOP_AND_COPY);
    PUSH.next = EnumSet.of(STOP_AND_COPY, ABORTED, FELL_BACK, VM_LOST);
    STOP_AND_COPY.next = EnumSet.of(PULL, COMMITTED, ABORTED, FELL_BACK, VM_LOST);
    PULL.next = EnumSet.of(COMMITTED, VM_LOST);
    COMMITTED.next = EnumSet.noneOf(MigrationState.class);
    ABORTED.next = EnumSet.noneOf(MigrationState.class);
    FELL_BACK.next = EnumSet.noneOf(MigrationState.class);
    VM_LOST.next = EnumSet.noneOf(MigrationState.class);
  }

  public boolean canMoveTo(MigrationState target) {
    return next.contains(target);
  }

  public boolean isTerminal() {
    return next.isEmpty();
  }

  /** Whether the source still holds a complete, valid image (pre-commit, before any pull). */
  public boolean sourceImageValid() {
    return this == NEW || this == PUSH || this == STOP_AND_COPY;
  }
}
