package org.hasim.config;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.hasim.scenario.InputException;

/**
 * A StAX pull parser that config files cannot turn against the machine: no DTD at all (a DOCTYPE is refused
 * as an input error before any declaration in it is used), no external entities, no network or file access,
 * and an element-depth limit. The size limit is applied when the bytes are read ({@link ConfigReader}). Use
 * {@link #next()} instead of the raw reader so each limit is enforced on every event.
 */
public final class SafeXml implements AutoCloseable {
  /** Deeper than any real CIB (about 8 levels) by a wide margin. */
  public static final int MAX_DEPTH = 64;

  private final String file;
  private final XMLStreamReader reader;
  private int depth;

  private SafeXml(String file, XMLStreamReader reader) {
    this.file = file;
    this.reader = reader;
  }

  /** Opens {@code content} (the whole file, already size-checked) for reading. */
  public static SafeXml open(String file, byte[] content) {
    rejectDoctype(file, content);
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
      throw new XMLStreamException("external resource refused: " + systemId);
    });
    try {
      return new SafeXml(file, f.createXMLStreamReader(new ByteArrayInputStream(content)));
    } catch (XMLStreamException e) {
      throw malformed(file, e);
    }
  }

  /**
   * Refuses a DOCTYPE before the XML parser sees it, so not even the declarations of an internal subset
   * are read: scans the prolog (skipping comments and processing instructions) up to the root element.
   */
  static void rejectDoctype(String file, byte[] content) {
    String prolog = new String(content, 0, Math.min(content.length, 1 << 20), charsetOf(content));
    int line = 1;
    int i = 0;
    while (i < prolog.length()) {
      char c = prolog.charAt(i);
      if (c == '\n') {
        line++;
      } else if (prolog.startsWith("<!--", i) || prolog.startsWith("<?", i)) {
        int end = prolog.indexOf(prolog.startsWith("<!--", i) ? "-->" : "?>", i + 2);
        if (end < 0) {
          return; // unterminated: the XML parser reports it with its position
        }
        line += (int) prolog.substring(i, end).chars().filter(ch -> ch == '\n').count();
        i = end + 2;
        continue;
      } else if (prolog.startsWith("<!DOCTYPE", i)) {
        throw doctype(file, line);
      } else if (c == '<') {
        return; // the root element: no DOCTYPE can follow
      }
      i++;
    }
  }

  private static java.nio.charset.Charset charsetOf(byte[] b) {
    if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == 0 && b[1] == '<'))) {
      return java.nio.charset.StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == '<' && b[1] == 0))) {
      return java.nio.charset.StandardCharsets.UTF_16LE;
    }
    return java.nio.charset.StandardCharsets.ISO_8859_1; // ASCII-compatible: enough to find markup
  }

  private static InputException doctype(String file, int line) {
    return new InputException(file, line, 0, null,
        "the file has a DOCTYPE declaration, which is refused",
        "a Pacemaker CIB never needs one (it could define entities that read files, reach the "
            + "network or expand without bound); remove the <!DOCTYPE ...> block");
  }

  /** The underlying reader, for attribute and text access at the current event. */
  public XMLStreamReader reader() {
    return reader;
  }

  /** Current element depth (the root element is depth 1). */
  public int depth() {
    return depth;
  }

  /** 1-based line of the current event. */
  public int line() {
    return reader.getLocation().getLineNumber();
  }

  /** Whether another event follows. */
  public boolean hasNext() {
    try {
      return reader.hasNext();
    } catch (XMLStreamException e) {
      throw malformed(file, e);
    }
  }

  /** Advances one event, refusing DTDs, entity references and excessive depth. */
  public int next() {
    int event;
    try {
      event = reader.next();
    } catch (XMLStreamException e) {
      throw malformed(file, e);
    }
    switch (event) {
      case XMLStreamConstants.DTD -> throw doctype(file, line());
      case XMLStreamConstants.ENTITY_REFERENCE -> throw new InputException(file, line(), 0, null,
          "entity reference '&" + reader.getLocalName() + ";' is refused",
          "only the predefined XML entities (&amp; &lt; &gt; &quot; &apos;) are allowed");
      case XMLStreamConstants.START_ELEMENT -> {
        depth++;
        if (depth > MAX_DEPTH) {
          throw new InputException(file, line(), 0, null,
              "elements nested deeper than " + MAX_DEPTH, "a CIB is only a few levels deep");
        }
      }
      case XMLStreamConstants.END_ELEMENT -> depth--;
      default -> { }
    }
    return event;
  }

  /** An attribute of the current start element, or null. */
  public String attr(String name) {
    return reader.getAttributeValue(null, name);
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // Nothing was opened beyond the byte array, so there is nothing to release.
    }
  }

  private static InputException malformed(String file, XMLStreamException e) {
    Location loc = e.getLocation();
    String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
    int nl = msg.indexOf("Message: ");
    if (nl >= 0) {
      msg = msg.substring(nl + "Message: ".length());
    }
    return new InputException(file, loc == null ? 0 : loc.getLineNumber(),
        loc == null ? 0 : loc.getColumnNumber(), null, "not well-formed XML: " + msg.strip(),
        "check the file with 'xmllint --noout' or 'crm_verify -x'");
  }
}
