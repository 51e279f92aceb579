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
 * <p>SSJ's constructors advance a static package seed without locking: one prototype generator is built
 * under a lock and every stream is a clone of it with its own seed, so the static seed never influences
 * hasim's numbers and no stream creation contends on the lock.
 *
 * <p>Cost: a stream's start is A^(2^127·index) applied to the base seed and its substream r a further
 * A^(2^76·r). Both are computed from tables of the jump matrices' powers, J^(b·256^w) for each byte value b
 * and byte position w, so a stream costs one 3×3 matrix-vector product per non-zero byte of its 64-bit
 * index (at most 8) and of r (at most 4), instead of raising matrices to those powers per stream; powers
 * of one matrix commute, so the order of the products does not change the result.
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
  /** STREAM_1[w][b] = A1P127^(b·256^w): jumps of whole streams, for the 8 bytes of a stream index. */
  private static final long[][][][] STREAM_1 = byteTables(A1P127, M1, 8);
  private static final long[][][][] STREAM_2 = byteTables(A2P127, M2, 8);
  /** SUBSTREAM_1[w][b] = A1P76^(b·256^w): jumps of substreams, for the 4 bytes of a replication. */
  private static final long[][][][] SUBSTREAM_1 = byteTables(A1P76, M1, 4);
  private static final long[][][][] SUBSTREAM_2 = byteTables(A2P76, M2, 4);
  private static final Object CONSTRUCTION_LOCK = new Object();

  private final long[] baseSeed;
  private final ConcurrentMap<String, long[]> streamSeeds = new ConcurrentHashMap<>();
  private final MRG32k3a prototype;

  /** Streams for a scenario seed (any long; mapped to a valid MRG32k3a seed). */
  public RandomStreams(long seed) {
    this.baseSeed = seedFromLong(seed);
    synchronized (CONSTRUCTION_LOCK) {
      this.prototype = new MRG32k3a();
    }
  }

  /** The stream of source {@code name}, positioned at the start of substream {@code replication}. */
  public MRG32k3a stream(String name, int replication) {
    if (replication < 0) {
      throw new IllegalArgumentException("replication must be >= 0");
    }
    long[] start = streamSeeds.computeIfAbsent(name, this::streamSeed);
    MRG32k3a rng = prototype.clone(); // a deep copy: only reads the prototype, safe across threads
    rng.setSeed(jumpBits(start, replication, SUBSTREAM_1, SUBSTREAM_2));
    return rng;
  }

  /** Seed of the start of stream {@code name} (exposed for tests). */
  long[] streamSeed(String name) {
    return jumpBits(baseSeed, fnv1a64(name), STREAM_1, STREAM_2);
  }

  /** {@code seed} advanced by M^bits (bits unsigned), with table[w][b] = M^(b·256^w) for each component. */
  private static long[] jumpBits(long[] seed, long bits, long[][][][] table1, long[][][][] table2) {
    long[] v = seed.clone();
    long[] spare = new long[6];
    long rest = bits;
    for (int w = 0; rest != 0; w++, rest >>>= 8) {
      int b = (int) (rest & 0xFF);
      if (b != 0) {
        jumpInto(v, table1[w][b], table2[w][b], spare);
        long[] t = v;
        v = spare;
        spare = t;
      }
    }
    return v;
  }

  /** out[w][b] = a^(b·256^w) mod m for the {@code bytes} byte positions w and every byte value b. */
  private static long[][][][] byteTables(long[][] a, long m, int bytes) {
    long[][][][] out = new long[bytes][256][][];
    long[][] base = a; // a^(256^w)
    for (int w = 0; w < bytes; w++) {
      out[w][0] = new long[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
      for (int b = 1; b < 256; b++) {
        out[w][b] = multiply(out[w][b - 1], base, m);
      }
      base = multiply(out[w][255], base, m);
    }
    return out;
  }

  static long[] jump(long[] seed, long[][] m1, long[][] m2) {
    long[] out = new long[6];
    jumpInto(seed, m1, m2, out);
    return out;
  }

  /** {@code out} = the jump of {@code seed}; the two may not be the same array. */
  private static void jumpInto(long[] seed, long[][] m1, long[][] m2, long[] out) {
    for (int i = 0; i < 3; i++) {
      // each product is below m^2 < 2^64 (as unsigned) and reduced at once; three residues sum below 2^34
      out[i] = (mulMod(m1[i][0], seed[0], M1) + mulMod(m1[i][1], seed[1], M1) + mulMod(m1[i][2], seed[2], M1)) % M1;
      out[3 + i] = (mulMod(m2[i][0], seed[3], M2) + mulMod(m2[i][1], seed[4], M2)
          + mulMod(m2[i][2], seed[5], M2)) % M2;
    }
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

  /** a * b mod m for 0 <= a, b < m < 2^32: the product fits in 64 bits read as unsigned. */
  static long mulMod(long a, long b, long m) {
    return Long.remainderUnsigned(a * b, m);
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

  /** a^(2^e) mod m by e squarings. */
  private static long[][] power2(long[][] a, long m, int e) {
    long[][] r = a;
    for (int i = 0; i < e; i++) {
      r = multiply(r, r, m);
    }
    return r;
  }
}
