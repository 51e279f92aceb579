package org.hasim.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hasim.config.cib.CibParser;
import org.hasim.scenario.InputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile CIB files must be refused as input errors within a second, without reading local files or
 * touching the network. A loopback listener counts every connection attempt the parser might make; a
 * secret file stands in for /etc/passwd so a leak would show in the message.
 */
class HostileXmlTest {
  private static final Duration LIMIT = Duration.ofSeconds(1);

  @TempDir Path dir;
  private ServerSocket listener;
  private final AtomicInteger connections = new AtomicInteger();
  private Thread acceptor;
  private Path secret;

  @BeforeEach
  void listen() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    listener.setSoTimeout(100);
    acceptor = new Thread(() -> {
      while (!listener.isClosed()) {
        try {
          listener.accept().close();
          connections.incrementAndGet();
        } catch (SocketTimeoutException e) {
          // poll again until closed
        } catch (IOException e) {
          return;
        }
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
    secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
  }

  @AfterEach
  void close() throws Exception {
    listener.close();
    acceptor.join(1000);
  }

  private String url() {
    return "http://127.0.0.1:" + listener.getLocalPort() + "/x";
  }

  private void assertRefused(String xml) throws IOException {
    Path file = dir.resolve("cib.xml");
    Files.writeString(file, xml);
    InputException e = assertTimeoutPreemptively(LIMIT, () -> catchInput(file));
    assertThat(e).as("hostile input must be refused").isNotNull();
    assertThat(e.getMessage()).contains("DOCTYPE");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.paragraph()).doesNotContain("TOP-SECRET-CONTENT");
    assertThat(connections.get()).as("network connections").isZero();
  }

  private static InputException catchInput(Path file) {
    try {
      ConfigReader.read(List.of(file));
      return null;
    } catch (InputException e) {
      return e;
    }
  }

  @Test
  void xxeReadingALocalFileIsRefused() throws IOException {
    assertRefused("<?xml version=\"1.0\"?>\n<!DOCTYPE cib [<!ENTITY xxe SYSTEM \"" + secret.toUri()
        + "\">]>\n<cib><configuration><crm_config><cluster_property_set id=\"o\">"
        + "<nvpair id=\"a\" name=\"x\" value=\"&xxe;\"/></cluster_property_set></crm_config>"
        + "</configuration></cib>");
  }

  @Test
  void xxeOfEtcPasswdIsRefused() throws IOException {
    assertRefused("<?xml version=\"1.0\"?>\n<!DOCTYPE cib [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "\n<cib>&xxe;</cib>");
  }

  @Test
  void xxeOverHttpIsRefusedWithoutConnecting() throws IOException {
    assertRefused("<?xml version=\"1.0\"?>\n<!DOCTYPE cib [<!ENTITY xxe SYSTEM \"" + url() + "\">]>\n"
        + "<cib>&xxe;</cib>");
  }

  @Test
  void externalDtdIsNotFetched() throws IOException {
    assertRefused("<?xml version=\"1.0\"?>\n<!DOCTYPE cib SYSTEM \"" + url() + "\">\n<cib/>");
  }

  @Test
  void parameterEntityIsNotFetched() throws IOException {
    assertRefused("<?xml version=\"1.0\"?>\n<!DOCTYPE cib [<!ENTITY % p SYSTEM \"" + url() + "\"> %p;]>\n"
        + "<cib/>");
  }

  @Test
  void billionLaughsIsRefused() throws IOException {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE cib [\n");
    sb.append(" <!ENTITY lol \"lol\">\n");
    sb.append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
    for (int i = 2; i <= 9; i++) {
      sb.append(" <!ENTITY lol").append(i).append(" \"");
      sb.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    sb.append("]>\n<cib>&lol9;</cib>\n");
    assertRefused(sb.toString());
  }

  @Test
  void doctypeIsRefusedEvenInUtf16() throws IOException {
    Path file = dir.resolve("cib16.xml");
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE cib [<!ENTITY x \"y\">]>\n<cib/>";
    Files.write(file, xml.getBytes(StandardCharsets.UTF_16));
    InputException e = assertTimeoutPreemptively(LIMIT, () -> catchInput(file));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("DOCTYPE");
  }

  @Test
  void undeclaredEntityIsAnInputError() {
    byte[] xml = "<cib>\n<configuration>&foo;</configuration></cib>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CibParser.parse("cib.xml", xml)).isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(2));
  }

  @Test
  void deepNestingIsRefusedQuickly() throws IOException {
    int depth = 200_000;
    String xml = "<cib>" + "<a>".repeat(depth) + "</a>".repeat(depth) + "</cib>";
    Path file = dir.resolve("deep.xml");
    Files.writeString(file, xml);
    InputException e = assertTimeoutPreemptively(LIMIT, () -> catchInput(file));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("nested deeper than " + SafeXml.MAX_DEPTH);
  }

  @Test
  void oversizedFileIsRefusedWithoutReadingIt() throws IOException {
    Path file = dir.resolve("huge.xml");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.write("<cib>".getBytes(StandardCharsets.US_ASCII));
      f.setLength(ConfigReader.MAX_BYTES + 1L);
    }
    InputException e = assertTimeoutPreemptively(LIMIT, () -> catchInput(file));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("larger than 16 MiB");
  }

  @Test
  void devicesAreNotRead() {
    Path zero = Path.of("/dev/zero");
    if (Files.exists(zero)) {
      InputException e = assertTimeoutPreemptively(LIMIT, () -> catchInput(zero));
      assertThat(e).isNotNull();
      assertThat(e.getMessage()).contains("not a regular file");
    }
  }
}
