package org.hasim.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
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

  /**
   * The streams of one kind of numbered source (each VM's boot time, say), named by {@code name} and cached
   * by number, so a hot path neither builds the name nor hashes it again. Each stream is the one {@link
   * #get} returns for that name.
   */
  public Family family(IntFunction<String> name) {
    return new Family(name);
  }

  /** See {@link #family}. */
  public final class Family {
    private final IntFunction<String> name;
    private RandomStream[] cache = new RandomStream[0];

    private Family(IntFunction<String> name) {
      this.name = name;
    }

    /** The stream of source number {@code index}. */
    public RandomStream get(int index) {
      if (index >= cache.length) {
        cache = java.util.Arrays.copyOf(cache, Math.max(index + 1, 2 * cache.length));
      }
      RandomStream s = cache[index];
      if (s == null) {
        s = ReplicationStreams.this.get(name.apply(index));
        cache[index] = s;
      }
      return s;
    }
  }
}
