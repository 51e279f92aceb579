package org.hasim.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Time syntaxes against the tools' own documented examples: Heartbeat's cl_get_msec comment (clplumbing)
 * and Pacemaker's crm_get_msec unit test; sizes and rates against DESIGN §4.1's definitions.
 */
class ConfigQuantitiesTest {
  @ParameterizedTest
  @CsvSource({
      "1, 1000", "1000ms, 1000", "1000000us, 1000", "0.1, 100", "100ms, 100", "100000us, 100",
      "0.001, 1", "1ms, 1", "1000us, 1", "499us, 0", "501us, 1", "1500ms, 1500", "30, 30000"})
  void heartbeatTimesFollowClGetMsec(String text, long millis) {
    assertThat(ConfigQuantities.heartbeatSeconds(text).getAsDouble() * 1000).isCloseTo(millis, within(1e-6));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10s", "abc", "", "5 min", "-1"})
  void heartbeatRejectsWhatClGetMsecRejects(String text) {
    assertThat(ConfigQuantities.heartbeatSeconds(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "100|100000", " 100 |100000", "100ms|100", "100 MSEC|100", "1000US|1", "1000usec|1",
      "12s|12000", "12 sec|12000", "1m|60000", "13 min|780000", "2\th|7200000", "1 hr|3600000",
      "60s|60000", "2min|120000", "120|120000"})
  void pacemakerTimesFollowCrmGetMsec(String text, long millis) {
    String t = text.replace("\\t", "\t");
    assertThat(ConfigQuantities.pacemakerSeconds(t).getAsDouble() * 1000).isCloseTo(millis, within(1e-6));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abcxyz", "100xs", " 100 xs ", "-100ms", "     "})
  void pacemakerRejectsWhatCrmGetMsecRejects(String text) {
    assertThat(ConfigQuantities.pacemakerSeconds(text)).isEmpty();
  }

  @Test
  void sizesUseBinaryAndDecimalPrefixesAsDesigned() {
    assertThat(ConfigQuantities.bytes("8GiB").getAsDouble()).isEqualTo(8.0 * 1024 * 1024 * 1024);
    assertThat(ConfigQuantities.bytes("512MiB").getAsDouble()).isEqualTo(512.0 * 1024 * 1024);
    assertThat(ConfigQuantities.bytes("2GB").getAsDouble()).isEqualTo(2e9);
    assertThat(ConfigQuantities.bytes("8")).isEmpty();
  }
}
