package org.hasim.report;

import java.util.ArrayList;
import java.util.List;

/** An RFC 4180 reader for the tests, written apart from the writer. */
final class Csv {
  private Csv() {}

  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',' || ch == '\n') {
        row.add(field.toString());
        field.setLength(0);
        if (ch == '\n') {
          rows.add(row);
          row = new ArrayList<>();
        }
      } else {
        field.append(ch);
      }
    }
    return rows;
  }
}
