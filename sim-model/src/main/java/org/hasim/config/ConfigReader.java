package org.hasim.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hasim.config.cib.CibParser;
import org.hasim.config.corosync.CorosyncParser;
import org.hasim.config.heartbeat.HaCfParser;
import org.hasim.config.xen.XenConfigParser;
import org.hasim.scenario.InputException;

/**
 * Reads config files from disk — never more than {@link #MAX_BYTES} of each, so an oversized or endless
 * file (a FIFO, {@code /dev/zero}) is refused rather than read — tells their formats apart and parses them.
 * Every problem is an {@link InputException} naming the file.
 */
public final class ConfigReader {
  /** Real cluster configs are kilobytes; a CIB with its status section a few MiB at most. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private ConfigReader() {}

  /** Reads and parses all {@code files}; the format of each is detected from its name and content. */
  public static ConfigSet read(List<Path> files) {
    List<org.hasim.config.heartbeat.HaCf> ha = new ArrayList<>();
    List<org.hasim.config.corosync.CorosyncConf> coro = new ArrayList<>();
    List<org.hasim.config.cib.Cib> cibs = new ArrayList<>();
    List<org.hasim.config.xen.XenDomain> xen = new ArrayList<>();
    for (Path p : files) {
      String shown = p.toString();
      byte[] bytes = readBounded(p, shown);
      String name = p.getFileName() == null ? shown : p.getFileName().toString();
      ConfigFormat format = detect(shown, name, bytes);
      switch (format) {
        case CIB -> cibs.add(CibParser.parse(shown, bytes));
        case HEARTBEAT -> ha.add(HaCfParser.parse(shown, text(shown, bytes)));
        case COROSYNC -> coro.add(CorosyncParser.parse(shown, text(shown, bytes)));
        case XEN -> xen.add(XenConfigParser.parse(shown, text(shown, bytes)));
      }
    }
    return new ConfigSet(ha, coro, cibs, xen);
  }

  /** The format of a file, or an input error that lists the formats understood. */
  public static ConfigFormat detect(String shown, String name, byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.ISO_8859_1);
    Optional<ConfigFormat> f = ConfigFormat.detect(name, head);
    return f.orElseThrow(() -> new InputException(shown, 0, 0, null,
        "cannot tell what kind of config file this is",
        "hasim reads Heartbeat ha.cf, corosync.conf, Pacemaker CIB XML (cib.xml) and Xen xl.cfg/xm "
            + "domain files; name the file ha.cf, corosync.conf or *.xml, or check its content"));
  }

  /** The file's bytes, refusing anything over {@link #MAX_BYTES} without reading past the limit. */
  public static byte[] readBounded(Path p, String shown) {
    if (!Files.isRegularFile(p)) {
      throw new InputException(shown, 0, 0, null,
          Files.exists(p) ? "not a regular file" : "no such file", "give the path of a config file");
    }
    try (InputStream in = Files.newInputStream(p)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new InputException(shown, 0, 0, null,
            "file is larger than " + (MAX_BYTES >> 20) + " MiB",
            "cluster configs are small; is this the right file?");
      }
      return bytes;
    } catch (IOException e) {
      throw new InputException(shown, 0, 0, null, "cannot read the file: " + e.getMessage(),
          "check the path and its permissions");
    }
  }

  /** Text files must be UTF-8 (ASCII in practice); binary junk is refused, not half-parsed. */
  static String text(String shown, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InputException(shown, 0, 0, null, "the file is not UTF-8 text",
          "is this a binary file?");
    }
  }
}
