package org.hasim.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import org.hasim.calibration.spec.Quantity;
import org.junit.jupiter.api.Test;

/** Written values have four significant digits in their display unit and read back as written. */
class QuantityTest {
  @Test
  void formatsInTheDisplayUnitAndReadsBack() {
    assertThat(Quantity.BANDWIDTH.format(623.2345e6)).isEqualTo("623.2Mbit/s");
    assertThat(Quantity.BANDWIDTH.rounded(623.2345e6)).isEqualTo(623.2e6);
    assertThat(Quantity.SIZE.format(20.8412 * 1048576)).isEqualTo("20.84MiB");
    assertThat(Quantity.SIZE.rounded(20.8412 * 1048576)).isEqualTo(Math.round(20.84 * 1048576));
    assertThat(Quantity.DURATION.format(0.0200004)).isEqualTo("20ms");
    assertThat(Quantity.NUMBER.format(0.712345)).isEqualTo("0.7123");
    assertThat(Quantity.BYTE_RATE.parse("2MiB/s")).isEqualTo(2 * 1048576.0);
  }
}
