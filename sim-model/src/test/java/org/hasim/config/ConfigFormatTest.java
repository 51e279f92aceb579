package org.hasim.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigFormatTest {
  @Test
  void byName() {
    assertThat(ConfigFormat.detect("ha.cf", "")).contains(ConfigFormat.HEARTBEAT);
    assertThat(ConfigFormat.detect("corosync.conf", "")).contains(ConfigFormat.COROSYNC);
    assertThat(ConfigFormat.detect("cib.xml", "")).contains(ConfigFormat.CIB);
  }

  @Test
  void byContent() {
    assertThat(ConfigFormat.detect("a", "<?xml version='1.0'?><cib/>")).contains(ConfigFormat.CIB);
    assertThat(ConfigFormat.detect("b", "# c\ntotem {\n}\n")).contains(ConfigFormat.COROSYNC);
    assertThat(ConfigFormat.detect("x0", "name = 'x0'\nmemory = 512\n")).contains(ConfigFormat.XEN);
    assertThat(ConfigFormat.detect("x0.cfg", "memory=512\n")).contains(ConfigFormat.XEN);
    assertThat(ConfigFormat.detect("hb", "keepalive 2\nnode a\n")).contains(ConfigFormat.HEARTBEAT);
    assertThat(ConfigFormat.detect("notes.txt", "hello world\n")).isEqualTo(Optional.empty());
  }
}
