package org.hasim.engine;

import java.util.HashMap;
import java.util.Map;
import umontreal.ssj.rng.RandomStream;

/** The streams of one replication, created on first use by source name (substream = replication). */
public final class ReplicationStreams {
  private final RandomStreams streams;
  private final int replication;
  private final Map<String, RandomStream> cache = new HashMap<>();

  public ReplicationStreams(RandomStreams streams, int replication) {
    this.streams = streams;
    this.replication = replication;
  }

  /** The stream of source {@code name}, e.g. {@code node1.hardware.ttf}. */
  public RandomStream get(String name) {
    return cache.computeIfAbsent(name, n -> streams.stream(n, replication));
  }

  public int replication() {
    return replication;
  }
}
