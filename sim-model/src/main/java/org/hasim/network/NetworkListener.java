package org.hasim.network;

/**
 * Told when the load of a link changes (after a recomputation of shares, or when it goes down or up). The
 * heartbeat model uses it to know when a shared link becomes congested (late heartbeats) and when it stops
 * being congested again.
 */
@FunctionalInterface
public interface NetworkListener {

  /**
   * @param link the link whose utilisation changed
   * @param before utilisation before the change, in [0, 1]
   * @param after utilisation after the change, in [0, 1]
   */
  void utilisationChanged(Link link, double before, double after);
}
