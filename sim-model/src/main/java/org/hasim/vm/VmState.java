package org.hasim.vm;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** States of a domU and the allowed transitions — the VM's state machine in one place. */
public enum VmState {
  /** Not running anywhere (waiting for a host, or cleanly shut down). */
  STOPPED,
  /** Being started on its host. */
  BOOTING,
  /** Running and serving. */
  RUNNING,
  /** Clean shutdown in progress (still down for users from its start: the service is stopped first). */
  STOPPING,
  /** Running on the source while pre-copy rounds push its memory. */
  MIGRATING,
  /** Paused for stop-and-copy. */
  PAUSED,
  /** Crashed, or lost with its host. */
  FAILED;

  private static final Map<VmState, Set<VmState>> NEXT = new EnumMap<>(Map.of(
      STOPPED, EnumSet.of(BOOTING, RUNNING),
      BOOTING, EnumSet.of(RUNNING, FAILED, STOPPED),
      RUNNING, EnumSet.of(STOPPING, MIGRATING, PAUSED, FAILED, STOPPED),
      STOPPING, EnumSet.of(STOPPED, FAILED),
      MIGRATING, EnumSet.of(RUNNING, PAUSED, FAILED),
      PAUSED, EnumSet.of(RUNNING, FAILED),
      FAILED, EnumSet.of(STOPPED, BOOTING, RUNNING)));

  public boolean canMoveTo(VmState next) {
    return NEXT.get(this).contains(next);
  }

  /** Up for its users: running, or running while its memory is pushed. */
  public boolean isServing() {
    return this == RUNNING || this == MIGRATING;
  }
}
