/**
 * The flow-level network (DESIGN §4.6): {@link org.hasim.network.Link}s with a capacity, a latency and a
 * buffer; {@link org.hasim.network.Flow}s over a path of links with an optional rate cap; max-min fair
 * shares by progressive filling ({@link org.hasim.network.MaxMinFairShare}), recomputed only when a flow
 * starts, ends, changes its cap or a link goes down or up; and the queueing delay that small packets
 * (pings, heartbeats) see on a loaded path.
 *
 * <p>A flow's completion is one event on the {@link org.hasim.engine.SimClock}, rescheduled when its rate
 * changes; bytes are never simulated packet by packet. The package knows nothing of migrations or
 * clusters: owners learn about completions and stalls through {@link org.hasim.network.FlowObserver} and
 * about load changes through {@link org.hasim.network.NetworkListener}.
 */
package org.hasim.network;
