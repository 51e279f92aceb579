package org.hasim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

/** {@link RandomStreams} checked against SSJ's own MRG32k3a jump-ahead. */
class RandomStreamsTest {

  private static double[] next(MRG32k3a rng, int count) {
    double[] out = new double[count];
    for (int i = 0; i < count; i++) {
      out[i] = rng.nextDouble();
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 7, 100, 1023})
  void substreamRIsWhatSsjGivesAfterRCallsOfResetNextSubstream(int r) {
    RandomStreams streams = new RandomStreams(20240601L);
    MRG32k3a ssj = new MRG32k3a();
    ssj.setSeed(streams.streamSeed("node-1/hardware"));
    for (int i = 0; i < r; i++) {
      ssj.resetNextSubstream();
    }
    assertThat(next(streams.stream("node-1/hardware", r), 10)).containsExactly(next(ssj, 10));
  }

  @Test
  void jumpMatricesEqualSsjsOwnConstants() throws Exception {
    assertThat(asDouble(RandomStreams.A1P76)).isDeepEqualTo(ssjConstant("A1p76"));
    assertThat(asDouble(RandomStreams.A2P76)).isDeepEqualTo(ssjConstant("A2p76"));
    assertThat(asDouble(RandomStreams.A1P127)).isDeepEqualTo(ssjConstant("A1p127"));
    assertThat(asDouble(RandomStreams.A2P127)).isDeepEqualTo(ssjConstant("A2p127"));
  }

  @Test
  void streamStartsAreWhatSsjGivesWhenJumpingWholeStreams() {
    // stream index k sits k * 2^127 values after the base seed; check a small index against SSJ's
    // constructor chain, which places successive streams 2^127 apart.
    long[] base = {12345, 12345, 12345, 12345, 12345, 12345};
    long[] third = RandomStreams.jump(base,
        power(RandomStreams.A1P127, 4294967087L, 3), power(RandomStreams.A2P127, 4294944443L, 3));
    MRG32k3a.setPackageSeed(base);
    try {
      new MRG32k3a();
      new MRG32k3a();
      new MRG32k3a();
      MRG32k3a fourth = new MRG32k3a();
      MRG32k3a mine = new MRG32k3a();
      mine.setSeed(third);
      assertThat(next(mine, 10)).containsExactly(next(fourth, 10));
    } finally {
      MRG32k3a.setPackageSeed(base);
    }
  }

  @Test
  void aNamedStreamDoesNotDependOnOtherRequestsOrTheirOrder() {
    RandomStreams first = new RandomStreams(99);
    double[] alone = next(first.stream("vm-db/crash", 5), 20);

    RandomStreams second = new RandomStreams(99);
    for (String other : List.of("node-2/hardware", "probe/ping", "vm-web/crash", "node-1/repair")) {
      second.stream(other, 5).nextDouble();
      second.stream(other, 0);
    }
    second.stream("vm-db/crash", 3);
    double[] afterOthers = next(second.stream("vm-db/crash", 5), 20);
    assertThat(afterOthers).containsExactly(alone);

    // creating SSJ streams elsewhere advances SSJ's static seed; it must not matter
    new MRG32k3a();
    assertThat(next(new RandomStreams(99).stream("vm-db/crash", 5), 20)).containsExactly(alone);
  }

  @Test
  void differentNamesReplicationsAndSeedsGiveDifferentNumbers() {
    Set<Double> firstDraws = new HashSet<>();
    List<MRG32k3a> all = new ArrayList<>();
    for (long seed : new long[] {0, 1, -1, 42}) {
      RandomStreams streams = new RandomStreams(seed);
      for (String name : List.of("a", "b", "node-1/hardware", "node-1/hardwarf")) {
        for (int r = 0; r < 4; r++) {
          all.add(streams.stream(name, r));
        }
      }
    }
    for (MRG32k3a rng : all) {
      firstDraws.add(rng.nextDouble());
    }
    assertThat(firstDraws).hasSize(all.size());
  }

  @Test
  void mulModMatchesBigIntegerArithmetic() {
    long m = 4294967087L;
    long[] values = {0, 1, 2, 65535, 65536, 1403580, m - 810728, m - 2, m - 1};
    for (long a : values) {
      for (long b : values) {
        long expected = java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(b))
            .mod(java.math.BigInteger.valueOf(m)).longValueExact();
        assertThat(RandomStreams.mulMod(a, b, m)).as("%d * %d", a, b).isEqualTo(expected);
      }
    }
  }

  private static double[][] ssjConstant(String name) throws Exception {
    Field f = MRG32k3a.class.getDeclaredField(name);
    f.setAccessible(true);
    return (double[][]) f.get(null);
  }

  private static double[][] asDouble(long[][] m) {
    double[][] out = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        out[i][j] = m[i][j];
      }
    }
    return out;
  }

  /** m^n by repeated multiplication with BigInteger, independent of RandomStreams' own power code. */
  private static long[][] power(long[][] m, long mod, int n) {
    java.math.BigInteger big = java.math.BigInteger.valueOf(mod);
    long[][] r = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    for (int k = 0; k < n; k++) {
      long[][] c = new long[3][3];
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          java.math.BigInteger s = java.math.BigInteger.ZERO;
          for (int x = 0; x < 3; x++) {
            s = s.add(java.math.BigInteger.valueOf(r[i][x]).multiply(java.math.BigInteger.valueOf(m[x][j])));
          }
          c[i][j] = s.mod(big).longValueExact();
        }
      }
      r = c;
    }
    return r;
  }
}
