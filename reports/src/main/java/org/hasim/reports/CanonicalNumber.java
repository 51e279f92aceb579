package org.hasim.reports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The canonical text of a double, as ECMAScript's Number.prototype.toString and the JSON Canonicalization
 * Scheme (RFC 8785) print it: the shortest decimal that reads back as the same double, plain notation for
 * 1e-6 &lt;= |x| &lt; 1e21 ({@code 8760}, {@code 0.99995}), otherwise {@code 1.5e-7} / {@code 1e+21}. It does not
 * depend on the JDK version (unlike {@code Double.toString} before JDK 19).
 */
final class CanonicalNumber {
  private CanonicalNumber() {}

  static String format(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("not a finite number: " + v);
    }
    if (v == 0) {
      return "0"; // also -0
    }
    if (v == Math.rint(v) && Math.abs(v) < 0x1p53) {
      // an integer below 2^53: its neighbours are at most 1 apart, so no decimal with fewer significant
      // digits (a multiple of 10 away from it once trailing zeros are gone) reads back as it
      return Long.toString((long) v);
    }
    BigDecimal shortest = shortestRoundTrip(v).stripTrailingZeros();
    String digits = shortest.unscaledValue().abs().toString();
    int k = digits.length();
    int n = k - shortest.scale(); // value = 0.digits × 10^n
    StringBuilder out = new StringBuilder(v < 0 ? "-" : "");
    if (k <= n && n <= 21) {
      out.append(digits).append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      out.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      out.append(digits.charAt(0));
      if (k > 1) {
        out.append('.').append(digits, 1, k);
      }
      out.append('e').append(n - 1 > 0 ? "+" : "-").append(Math.abs(n - 1));
    }
    return out.toString();
  }

  /**
   * The fewest significant digits that read back as {@code v}; among those, the nearest to {@code v}. At
   * each precision only the two neighbours of v can qualify; the nearer is tried first (the other one matters
   * at powers of two, where the rounding interval of v is lopsided).
   *
   * <p>Whether some p-digit decimal reads back as v only gets truer as p grows (the p-digit neighbours of v
   * close in on it, and the set of reals that read back as v is an interval around it), so the fewest digits
   * can be searched for instead of tried one by one. {@code Double.toString} reads back but may print a
   * digit too many (before JDK 19): with its digit count d, p = d unless d − 1 digits already do, which one
   * probe tells; only then is [1, d − 1] bisected.
   */
  private static BigDecimal shortestRoundTrip(double v) {
    BigDecimal exact = new BigDecimal(v);
    int high = Math.min(17, new BigDecimal(Double.toString(v)).stripTrailingZeros().precision());
    int low = 1;
    if (high > 1 && readsBack(exact, high - 1, v) != null) {
      high--;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (readsBack(exact, mid, v) != null) {
          high = mid;
        } else {
          low = mid + 1;
        }
      }
    }
    BigDecimal found = readsBack(exact, high, v);
    if (found == null) {
      throw new AssertionError("Double.toString's digits always read back: " + v);
    }
    return found;
  }

  /** The first neighbour of {@code v} with {@code precision} digits that reads back as v, or null. */
  private static BigDecimal readsBack(BigDecimal exact, int precision, double v) {
    for (RoundingMode mode : NEIGHBOURS) {
      BigDecimal candidate = exact.round(new MathContext(precision, mode));
      if (candidate.doubleValue() == v) {
        return candidate;
      }
    }
    return null;
  }

  private static final List<RoundingMode> NEIGHBOURS =
      List.of(RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.UP);
}
