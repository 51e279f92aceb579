package org.hasim.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalNumberTest {

  /** Expected texts as ECMAScript's Number#toString prints them (RFC 8785 appendix B examples among them). */
  @ParameterizedTest
  @CsvSource({
    "0, 0", "-0.0, 0", "1, 1", "-2.5, -2.5", "8760, 8760", "0.5, 0.5", "0.1, 0.1",
    "0.30000000000000004, 0.30000000000000004", "0.000001, 0.000001", "1e-7, 1e-7", "1.5e-7, 1.5e-7",
    "123e-20, 1.23e-18", "1e21, 1e+21", "1e20, 100000000000000000000", "9007199254740992, 9007199254740992",
    "4.9e-324, 5e-324", "1.7976931348623157e308, 1.7976931348623157e+308", "333333333.3333332, 333333333.3333332",
    "2e-3, 0.002", "0.99995, 0.99995", "5256.000000000001, 5256.000000000001"
  })
  void printsLikeEcmaScript(double value, String expected) {
    assertThat(CanonicalNumber.format(value)).isEqualTo(expected);
  }

  @Test
  void readsBackExactlyAndIsNeverLongerThanJavasOwnDigits() {
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 20_000; i++) {
      double v = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL)
          : random.nextDouble() * Math.pow(10, random.nextInt(-8, 9));
      String text = CanonicalNumber.format(v);
      assertThat(Double.parseDouble(text)).as(text).isEqualTo(v);
      assertThat(significantDigits(text)).as(text).isLessThanOrEqualTo(significantDigits(Double.toString(v)));
    }
  }

  private static int significantDigits(String text) {
    String mantissa = text.split("[eE]")[0].replace("-", "").replace(".", "");
    mantissa = mantissa.replaceFirst("^0+", "");
    mantissa = mantissa.replaceFirst("0+$", "");
    return mantissa.length();
  }
}
