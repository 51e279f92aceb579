package org.hasim.engine;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import umontreal.ssj.rng.MRG32k3a;

/**
 * Named MRG32k3a streams for one scenario seed. The stream of a source is chosen by its name alone
 * (stream index = 64-bit hash of the name, streams 2^127 values apart), and replication {@code r} uses
 * substream {@code r} (2^76 values apart). So what a source draws does not depend on which other sources
 * exist or in which order they are created: two variants of a scenario see the same failures (common
 * random numbers).
 *
 * <p>SSJ's constructors advance a static package seed without locking; construction is serialised here and
 * the seed is overwritten at once, so the static seed never influences hasim's numbers.
 */
public final class RandomStreams {
  private static final long M1 = 4294967087L;
  private static final long M2 = 4294944443L;
  private static final long[][] A1 = {{0, 1, 0}, {0, 0, 1}, {M1 - 810728L, 1403580L, 0}};
  private static final long[][] A2 = {{0, 1, 0}, {0, 0, 1}, {M2 - 1370589L, 0, 527612L}};
  static final long[][] A1P76 = power2(A1, M1, 76);
  static final long[][] A2P76 = power2(A2, M2, 76);
  static final long[][] A1P127 = power2(A1, M1, 127);
  static final long[][] A2P127 = power2(A2, M2, 127);
  private static final Object CONSTRUCTION_LOCK = new Object();

  private final long[] baseSeed;
  private final ConcurrentMap<String, long[]> streamSeeds = new ConcurrentHashMap<>();

  /** Streams for a scenario seed (any long; mapped to a valid MRG32k3a seed). */
  public RandomStreams(long seed) {
    this.baseSeed = seedFromLong(seed);
  }

  /** The stream of source {@code name}, positioned at the start of substream {@code replication}. */
  public MRG32k3a stream(String name, int replication) {
    if (replication < 0) {
      throw new IllegalArgumentException("replication must be >= 0");
    }
    long[] start = streamSeeds.computeIfAbsent(name, this::streamSeed);
    long[] seed = jump(start, power(A1P76, M1, replication), power(A2P76, M2, replication));
    MRG32k3a rng;
    synchronized (CONSTRUCTION_LOCK) {
      rng = new MRG32k3a();
    }
    rng.setSeed(seed);
    return rng;
  }

  /** Seed of the start of stream {@code name} (exposed for tests). */
  long[] streamSeed(String name) {
    long index = fnv1a64(name);
    long[][] m1 = powerUnsigned(A1P127, M1, index);
    long[][] m2 = powerUnsigned(A2P127, M2, index);
    return jump(baseSeed, m1, m2);
  }

  static long[] jump(long[] seed, long[][] m1, long[][] m2) {
    long[] out = new long[6];
    for (int i = 0; i < 3; i++) {
      long s1 = 0;
      long s2 = 0;
      for (int j = 0; j < 3; j++) {
        s1 = (s1 + mulMod(m1[i][j], seed[j], M1)) % M1;
        s2 = (s2 + mulMod(m2[i][j], seed[3 + j], M2)) % M2;
      }
      out[i] = s1;
      out[3 + i] = s2;
    }
    return out;
  }

  private static long[] seedFromLong(long seed) {
    long x = seed;
    long[] out = new long[6];
    for (int i = 0; i < 6; i++) {
      x += 0x9E3779B97F4A7C15L;
      long z = x;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      z ^= z >>> 31;
      long m = i < 3 ? M1 : M2;
      out[i] = Long.remainderUnsigned(z, m - 1) + 1; // never zero, so no component is all-zero
    }
    return out;
  }

  private static long fnv1a64(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** a * b mod m for 0 <= a, b < m < 2^32, without overflow. */
  static long mulMod(long a, long b, long m) {
    long hi = (a * (b >>> 16)) % m;
    return ((hi << 16) + a * (b & 0xFFFF)) % m;
  }

  private static long[][] multiply(long[][] a, long[][] b, long m) {
    long[][] c = new long[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        long s = 0;
        for (int k = 0; k < 3; k++) {
          s = (s + mulMod(a[i][k], b[k][j], m)) % m;
        }
        c[i][j] = s;
      }
    }
    return c;
  }

  private static long[][] identity() {
    return new long[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
  }

  /** a^(2^e) mod m by e squarings. */
  private static long[][] power2(long[][] a, long m, int e) {
    long[][] r = a;
    for (int i = 0; i < e; i++) {
      r = multiply(r, r, m);
    }
    return r;
  }

  private static long[][] power(long[][] a, long m, long n) {
    return powerUnsigned(a, m, n);
  }

  /** a^n mod m, n read as an unsigned 64-bit number. */
  private static long[][] powerUnsigned(long[][] a, long m, long n) {
    long[][] result = identity();
    long[][] base = a;
    long e = n;
    while (e != 0) {
      if ((e & 1) != 0) {
        result = multiply(result, base, m);
      }
      e >>>= 1;
      if (e != 0) {
        base = multiply(base, base, m);
      }
    }
    return result;
  }
}
