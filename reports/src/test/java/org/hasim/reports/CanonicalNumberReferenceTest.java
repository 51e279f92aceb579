package org.hasim.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link CanonicalNumber}'s shortcuts (integers below 2^53, bisection over the number of digits) give the same
 * digits as the plain search it replaced, written out again here: try 1, 2, … 17 significant digits and keep
 * the first neighbour that reads back.
 */
class CanonicalNumberReferenceTest {

  private static BigDecimal reference(double v) {
    BigDecimal exact = new BigDecimal(v);
    for (int precision = 1; precision <= 17; precision++) {
      for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.UP}) {
        BigDecimal candidate = exact.round(new MathContext(precision, mode));
        if (candidate.doubleValue() == v) {
          return candidate.stripTrailingZeros();
        }
      }
    }
    throw new AssertionError(v);
  }

  @Test
  void sameDigitsAsTheDigitByDigitSearch() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 30_000; i++) {
      double v = switch (i % 4) {
        case 0 -> Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL);
        case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(-8, 9));
        case 2 -> (double) random.nextLong(-(1L << 53) + 1, 1L << 53); // integers, the fast path
        default -> Math.rint(random.nextDouble() * 1e6) / 1e3; // a few decimals, as statistics have
      };
      String text = CanonicalNumber.format(v);
      BigDecimal expected = reference(v);
      assertThat(new BigDecimal(text).compareTo(expected)).as("%s for %s", text, expected).isZero();
      assertThat(new BigDecimal(text).stripTrailingZeros().precision()).isEqualTo(expected.precision());
    }
  }
}
