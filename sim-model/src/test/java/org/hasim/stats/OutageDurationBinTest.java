package org.hasim.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutageDurationBinTest {

  @Test
  void binsAreHalfOpenAtRoundDurations() {
    assertThat(OutageDurationBin.of(0)).isEqualTo(OutageDurationBin.UNDER_100MS);
    assertThat(OutageDurationBin.of(0.0999)).isEqualTo(OutageDurationBin.UNDER_100MS);
    assertThat(OutageDurationBin.of(0.1)).isEqualTo(OutageDurationBin.UNDER_1S);
    assertThat(OutageDurationBin.of(9.99)).isEqualTo(OutageDurationBin.UNDER_10S);
    assertThat(OutageDurationBin.of(59.9)).isEqualTo(OutageDurationBin.UNDER_1MIN);
    assertThat(OutageDurationBin.of(60)).isEqualTo(OutageDurationBin.UNDER_10MIN);
    assertThat(OutageDurationBin.of(3599)).isEqualTo(OutageDurationBin.UNDER_1H);
    assertThat(OutageDurationBin.of(5 * 3600)).isEqualTo(OutageDurationBin.UNDER_6H);
    assertThat(OutageDurationBin.of(86399)).isEqualTo(OutageDurationBin.UNDER_1D);
    assertThat(OutageDurationBin.of(86400)).isEqualTo(OutageDurationBin.OVER_1D);
    assertThat(OutageDurationBin.of(1e9)).isEqualTo(OutageDurationBin.OVER_1D);
  }

  @Test
  void keysReadBackEvenWhenTheServiceNameHasDots() {
    String key = OutageDurationBin.UNDER_1MIN.extraKey("db.primary");
    assertThat(key).isEqualTo("outages.db.primary.under_1min");
    assertThat(OutageDurationBin.parse(key))
        .contains(new OutageDurationBin.Keyed("db.primary", OutageDurationBin.UNDER_1MIN));
    assertThat(OutageDurationBin.parse("outages.web.ongoing"))
        .contains(new OutageDurationBin.Keyed("web", OutageDurationBin.ONGOING));
    assertThat(OutageDurationBin.parse("outages.under_1s")).isEqualTo(Optional.empty()); // no service
    assertThat(OutageDurationBin.parse("migrations.count")).isEmpty();
    assertThat(OutageDurationBin.parse("outages.web.under_2s")).isEmpty();
  }
}
