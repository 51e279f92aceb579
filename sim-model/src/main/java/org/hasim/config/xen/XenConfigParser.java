package org.hasim.config.xen;

import java.util.ArrayList;
import java.util.List;
import org.hasim.scenario.InputException;

/**
 * Reads xl.cfg(5) files and the xm files of the same shape: {@code KEY = VALUE} statements separated by
 * newlines or semicolons, {@code #} comments, single- or double-quoted strings (Python's triple quotes too),
 * numbers in decimal, octal or hex, Python's {@code True}/{@code False}/{@code None}, and lists that may
 * nest, span lines and end in a comma. Anything else (Python code in an old xm file) is an input error
 * naming the line.
 */
public final class XenConfigParser {
  /** Nested lists deeper than this are not a domain config. */
  static final int MAX_LIST_DEPTH = 16;

  private final String file;
  private final String s;
  private int pos;
  private int line = 1;

  private XenConfigParser(String file, String text) {
    this.file = file;
    this.s = text;
  }

  public static XenDomain parse(String file, String text) {
    return new XenConfigParser(file, text).parse();
  }

  private XenDomain parse() {
    List<XenDomain.Setting> settings = new ArrayList<>();
    while (true) {
      skipBlankAndSeparators();
      if (pos >= s.length()) {
        break;
      }
      int at = line;
      String key = identifier();
      skipSpaces();
      if (!consume('=')) {
        throw error(at, "expected '=' after '" + key + "'",
            "each statement is KEY = VALUE; Python code in xm files (import, if, expressions) is not "
                + "supported — write the resulting values");
      }
      skipSpaces();
      XenValue value = value(0);
      settings.add(new XenDomain.Setting(key, value, at));
      skipSpaces();
      if (pos < s.length() && s.charAt(pos) == '#') {
        skipComment();
      }
      if (pos < s.length() && s.charAt(pos) != '\n' && s.charAt(pos) != '\r' && s.charAt(pos) != ';') {
        throw error(line, "unexpected '" + s.charAt(pos) + "' after the value of '" + key + "'",
            "put one KEY = VALUE per line (or separate them with ';')");
      }
    }
    return new XenDomain(file, settings);
  }

  private String identifier() {
    int start = pos;
    while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
      pos++;
    }
    if (start == pos || Character.isDigit(s.charAt(start))) {
      throw error(line, "expected a KEY at '" + excerpt() + "'", "lines look like: memory = 1024");
    }
    return s.substring(start, pos);
  }

  private XenValue value(int depth) {
    if (pos >= s.length()) {
      throw error(line, "missing value at end of file", "write KEY = VALUE");
    }
    char c = s.charAt(pos);
    if (c == '[') {
      return list(depth + 1);
    }
    if (c == '\'' || c == '"') {
      return new XenValue.Str(string());
    }
    if (c == '-' || c == '+' || Character.isDigit(c) || c == '.') {
      return number();
    }
    if (Character.isLetter(c)) {
      int at = line;
      String word = identifier();
      return switch (word) {
        case "True" -> new XenValue.Bool(true);
        case "False" -> new XenValue.Bool(false);
        case "None" -> new XenValue.None();
        default -> throw error(at, "'" + word + "' is not a value",
            "strings must be quoted, e.g. '" + word + "'");
      };
    }
    throw error(line, "unexpected '" + c + "'", "a value is a quoted string, a number or a [list]");
  }

  private XenValue list(int depth) {
    if (depth > MAX_LIST_DEPTH) {
      throw error(line, "lists nested deeper than " + MAX_LIST_DEPTH, "flatten the list");
    }
    int openedAt = line;
    pos++; // '['
    List<XenValue> items = new ArrayList<>();
    while (true) {
      skipWhitespaceAndComments();
      if (pos >= s.length()) {
        throw error(openedAt, "list opened here is never closed", "add the missing ']'");
      }
      if (s.charAt(pos) == ']') {
        pos++;
        return new XenValue.ListOf(items);
      }
      items.add(value(depth));
      skipWhitespaceAndComments();
      if (pos < s.length() && s.charAt(pos) == ',') {
        pos++;
      } else if (pos < s.length() && s.charAt(pos) != ']') {
        throw error(line, "expected ',' or ']' in list", "separate list items with commas");
      }
    }
  }

  private String string() {
    char q = s.charAt(pos);
    int openedAt = line;
    boolean triple = s.startsWith(String.valueOf(q).repeat(3), pos);
    pos += triple ? 3 : 1;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= s.length()) {
        throw error(openedAt, "string opened here is never closed", "add the closing " + q);
      }
      char c = s.charAt(pos);
      if (triple ? s.startsWith(String.valueOf(q).repeat(3), pos) : c == q) {
        pos += triple ? 3 : 1;
        return out.toString();
      }
      if (!triple && (c == '\n' || c == '\r')) {
        throw error(openedAt, "string runs past the end of the line", "add the closing " + q);
      }
      if (c == '\\' && pos + 1 < s.length()) {
        char n = s.charAt(pos + 1);
        out.append(switch (n) {
          case 'n' -> '\n';
          case 't' -> '\t';
          default -> n;
        });
        pos += 2;
        continue;
      }
      if (c == '\n') {
        line++;
      }
      out.append(c);
      pos++;
    }
  }

  private XenValue number() {
    int start = pos;
    while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || "+-.".indexOf(s.charAt(pos)) >= 0)) {
      pos++;
    }
    String t = s.substring(start, pos);
    String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
    double sign = t.startsWith("-") ? -1 : 1;
    try {
      if (body.matches("0[xX][0-9a-fA-F]+")) {
        return new XenValue.Num(sign * Long.parseLong(body.substring(2), 16));
      }
      if (body.matches("0[0-7]+")) {
        return new XenValue.Num(sign * Long.parseLong(body.substring(1), 8));
      }
      if (body.matches("[0-9]*\\.?[0-9]+([eE][+-]?[0-9]+)?")) {
        return new XenValue.Num(sign * Double.parseDouble(body));
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw error(line, "'" + t + "' is not a number",
        "numbers are decimal, octal with a leading 0, or hex with 0x; quote strings");
  }

  private void skipBlankAndSeparators() {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == '\n') {
        line++;
        pos++;
      } else if (c == ' ' || c == '\t' || c == '\r' || c == ';' || c == '\f') {
        pos++;
      } else if (c == '#') {
        skipComment();
      } else {
        return;
      }
    }
  }

  private void skipWhitespaceAndComments() {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == '\n') {
        line++;
        pos++;
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '#') {
        skipComment();
      } else {
        return;
      }
    }
  }

  private void skipSpaces() {
    while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
      pos++;
    }
  }

  private void skipComment() {
    while (pos < s.length() && s.charAt(pos) != '\n') {
      pos++;
    }
  }

  private boolean consume(char c) {
    if (pos < s.length() && s.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private String excerpt() {
    int end = s.indexOf('\n', pos);
    String rest = s.substring(pos, end < 0 ? s.length() : end);
    return rest.length() > 40 ? rest.substring(0, 40) + "..." : rest;
  }

  private InputException error(int at, String problem, String hint) {
    return new InputException(file, at, 0, null, problem, hint);
  }
}
