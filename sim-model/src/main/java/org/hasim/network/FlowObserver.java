package org.hasim.network;

/**
 * What the owner of a {@link Flow} is told. Callbacks run synchronously inside the network's event
 * handling, after the shares have been recomputed, so the owner may start, cap or cancel flows from them.
 */
public interface FlowObserver {

  /** All bytes of {@code flow} have arrived (transfer end plus the path latency). */
  void completed(Flow flow);

  /**
   * {@code flow} stopped moving because {@code link} on its path went down (or the flow was started over
   * a down link). Its bytes are kept; it resumes if the link comes back and nobody cancelled it.
   */
  default void stalled(Flow flow, Link link) {}

  /** Every link on the path of a stalled {@code flow} is up again. */
  default void resumed(Flow flow) {}

  /** An observer that only wants to know about completion. */
  static FlowObserver onDone(Runnable action) {
    return flow -> action.run();
  }
}
