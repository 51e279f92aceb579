package org.hasim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unit parsing against values worked out by hand (MiB = 2^20 B, Mbit = 10^6 bit, y = 365 d). */
class UnitsTest {

  private static ToDoubleFunction<String> parser(String kind) {
    return switch (kind) {
      case "duration" -> Units::duration;
      case "size" -> t -> Units.size(t);
      case "bandwidth" -> Units::bandwidth;
      case "byteRate" -> Units::byteRate;
      case "rate" -> Units::rate;
      default -> throw new IllegalArgumentException(kind);
    };
  }

  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      duration  | 250ms      | 0.25
      duration  | 30s        | 30
      duration  | 30 s       | 30
      duration  | 5min       | 300
      duration  | 2h         | 7200
      duration  | 1.5h       | 5400
      duration  | 3d         | 259200
      duration  | 1w         | 604800
      duration  | 1y         | 31536000
      duration  | 100us      | 0.0001
      duration  | 100µs      | 0.0001
      duration  | 0s         | 0
      duration  | .5min      | 30
      duration  | 1e3ms      | 1
      duration  | 20ns       | 0.00000002
      size      | 512MiB     | 536870912
      size      | 2GiB       | 2147483648
      size      | 4KiB       | 4096
      size      | 1.5GiB     | 1610612736
      size      | 3TiB       | 3298534883328
      size      | 100B       | 100
      size      | 1kB        | 1000
      size      | 1 MB       | 1000000
      size      | 1.5GB      | 1500000000
      size      | 2TB        | 2000000000000
      bandwidth | 1Gbit/s    | 1000000000
      bandwidth | 100Mbit/s  | 100000000
      bandwidth | 10kbit/s   | 10000
      bandwidth | 64bit/s    | 64
      bandwidth | 100Mbps    | 100000000
      bandwidth | 1Gbps      | 1000000000
      bandwidth | 25MiB/s    | 209715200
      bandwidth | 1MB/s      | 8000000
      bandwidth | 1B/s       | 8
      bandwidth | 1KiB/s     | 8192
      byteRate  | 25MiB/s    | 26214400
      byteRate  | 1kB/s      | 1000
      byteRate  | 0B/s       | 0
      byteRate  | 8bit/s     | 1
      byteRate  | 100Mbit/s  | 12500000
      rate      | 100/s      | 100
      rate      | 6/min      | 0.1
      rate      | 36/h       | 0.01
      rate      | 864/d      | 0.01
      rate      | 2/y        | 0.0000000634195839675
      rate      | 7/w        | 0.0000115740740740741
      """)
  void parsesToSi(String kind, String text, double expected) {
    assertThat(parser(kind).applyAsDouble(text)).isCloseTo(expected, org.assertj.core.data.Offset.offset(
        Math.abs(expected) * 1e-12));
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      duration  | 30         | has no unit
      duration  | 0          | has no unit
      duration  | -5s        | is negative
      duration  | 5m         | ambiguous
      duration  | 10MiB      | is a size
      duration  | 1Gbit/s    | is a bandwidth
      duration  | NaN        | not a number
      duration  | .inf       | not a number
      duration  | 5 minutes  | unknown unit 'minutes'
      duration  | 5mins      | did you mean 'min'
      duration  | 5S         | did you mean 's'
      duration  | abc        | is not a duration
      duration  | ''         | empty
      size      | 512        | has no unit
      size      | 512mib     | did you mean 'MiB'
      size      | 5KB        | did you mean 'kB'
      size      | -1GiB      | is negative
      size      | 30s        | is a duration
      bandwidth | 100        | has no unit
      bandwidth | 1GiB       | is a size
      bandwidth | -1Mbit/s   | is negative
      bandwidth | 100Mb/s    | unknown unit 'Mb/s'
      byteRate  | 25MiB      | is a size
      byteRate  | 25         | has no unit
      rate      | 100        | has no unit
      rate      | 5s         | is a duration
      rate      | 5/m        | unknown unit '/m'
      """)
  void refusesWithAClearMessage(String kind, String text, String fragment) {
    assertThatThrownBy(() -> parser(kind).applyAsDouble(text))
        .isInstanceOf(Units.QuantityException.class)
        .satisfies(e -> assertThat(e.getMessage() + " " + ((Units.QuantityException) e).hint())
            .contains(fragment));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      30    | write e.g. 30s
      5m    | write 'min' for minutes or 'ms' for milliseconds
      -5s   | must be >= 0
      """)
  void hintSaysWhatToWrite(String text, String hint) {
    assertThatThrownBy(() -> Units.duration(text))
        .isInstanceOfSatisfying(Units.QuantityException.class, e -> assertThat(e.hint()).contains(hint));
  }

  @ParameterizedTest(name = "{0}s → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      30       | 30s
      5400     | 1.5h
      0.02     | 20ms
      31536000 | 1y
      """)
  void formatsDurationsForPeople(double seconds, String expected) {
    assertThat(Units.formatDuration(seconds)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      7.5GiB-bytes | 8053063680  | 7.5 GiB
      512MiB-bytes | 536870912   | 512 MiB
      300B-bytes   | 300         | 300 B
      """)
  void formatsSizesForPeople(String label, long bytes, String expected) {
    assertThat(Units.formatSize(bytes)).isEqualTo(expected);
  }
}
