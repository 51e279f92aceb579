package org.hasim.config.corosync;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hasim.scenario.InputException;

/**
 * Reads {@code corosync.conf} the way corosync's own parser does: a line ending in {@code {} opens a
 * section, {@code }} closes it, {@code key: value} sets a value (split at the first colon, so IPv6
 * addresses survive), lines starting with {@code #} are comments. Unbalanced braces, stray lines and
 * non-numeric timing values are input errors.
 */
public final class CorosyncParser {
  /** No real corosync.conf nests deeper than 3; the limit stops pathological input. */
  static final int MAX_DEPTH = 16;

  private static final Set<String> NUMERIC_TOTEM =
      Set.of("token", "consensus", "join", "token_coefficient", "token_retransmits_before_loss_const");

  private final String file;

  private CorosyncParser(String file) {
    this.file = file;
  }

  public static CorosyncConf parse(String file, String text) {
    return new CorosyncParser(file).parse(text);
  }

  /** A section under construction. */
  private static final class Open {
    final String name;
    final int line;
    final List<Section.Entry> entries = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();

    Open(String name, int line) {
      this.name = name;
      this.line = line;
    }

    Section close() {
      return new Section(name, line, entries, sections);
    }
  }

  private CorosyncConf parse(String text) {
    Deque<Open> stack = new ArrayDeque<>();
    stack.push(new Open("", 0));
    String[] lines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      int no = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.endsWith("{")) {
        String name = line.substring(0, line.length() - 1).strip();
        if (name.isEmpty() || !name.matches("[A-Za-z0-9_.-]+")) {
          throw new InputException(file, no, 0, null, "'" + line + "' is not a section header",
              "a section is written 'name {' with the brace on the same line");
        }
        if (stack.size() > MAX_DEPTH) {
          throw new InputException(file, no, 0, name, "sections nested deeper than " + MAX_DEPTH,
              "corosync.conf nests at most a few levels (nodelist { node { ... } })");
        }
        stack.push(new Open(name, no));
      } else if (line.equals("}")) {
        if (stack.size() == 1) {
          throw new InputException(file, no, 0, null, "'}' without an open section",
              "remove the extra brace");
        }
        Section s = stack.pop().close();
        stack.peek().sections.add(s);
      } else if (line.indexOf(':') > 0) {
        int colon = line.indexOf(':');
        String key = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip();
        Open current = stack.peek();
        if (current.name.equals("totem") && NUMERIC_TOTEM.contains(key) && !value.matches("[0-9]+")) {
          throw new InputException(file, no, 0, "totem." + key,
              "'" + value + "' is not a whole number of milliseconds",
              "corosync timing values are plain integers in ms, e.g. 'token: 3000'");
        }
        current.entries.add(new Section.Entry(key, value, no));
      } else {
        throw new InputException(file, no, 0, null, "'" + line + "' is neither 'key: value', "
            + "'name {' nor '}'", "corosync.conf lines are 'key: value', 'section {' or '}'");
      }
    }
    if (stack.size() > 1) {
      Open open = stack.peek();
      throw new InputException(file, open.line, 0, open.name, "section '" + open.name
          + "' is never closed", "add the missing '}'");
    }
    Section root = stack.pop().close();
    return new CorosyncConf(file, root, nodes(root));
  }

  /** An IPv4 dotted quad or anything with a colon (IPv6). */
  static boolean isIpLiteral(String a) {
    return a.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || a.contains(":");
  }

  private static List<CorosyncConf.Node> nodes(Section root) {
    List<CorosyncConf.Node> out = new ArrayList<>();
    for (Section nl : root.all("nodelist")) {
      for (Section n : nl.all("node")) {
        List<String> addrs = n.entries().stream()
            .filter(e -> e.key().matches("ring[0-9]+_addr")).map(Section.Entry::value).toList();
        Optional<String> name = n.entry("name").map(Section.Entry::value)
            .or(() -> addrs.stream().findFirst().filter(a -> !isIpLiteral(a)));
        out.add(new CorosyncConf.Node(name, addrs, n.entry("nodeid").map(Section.Entry::value),
            n.line()));
      }
    }
    return out;
  }
}
