/**
 * The discrete-event kernel: one SSJ {@link umontreal.ssj.simevents.Simulator} per replication with a
 * binary-heap event list ({@link org.hasim.engine.HeapEventList}, FIFO among equal times), cancellable
 * scheduled actions, sets of long-lived timers kept out of the list ({@link org.hasim.engine.TimerSet}),
 * and the named random streams ({@link org.hasim.engine.RandomStreams}) that give
 * every stochastic source of the model its own MRG32k3a stream, substream = replication.
 *
 * <p>Nothing here knows about clusters; the model packages schedule plain actions on a {@link
 * org.hasim.engine.SimClock}.
 */
package org.hasim.engine;
