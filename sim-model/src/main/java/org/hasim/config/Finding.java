package org.hasim.config;

import java.util.Objects;

/**
 * One result of a validation rule: the rule's stable id, its severity, where (file and 1-based line; line 0
 * when the finding is about something missing from the file as a whole), what is wrong and how to fix it.
 */
public record Finding(String rule, Severity severity, String file, int line, String message, String fix) {
  public Finding {
    Objects.requireNonNull(rule);
    Objects.requireNonNull(severity);
    Objects.requireNonNull(file);
    Objects.requireNonNull(message);
    Objects.requireNonNull(fix);
  }

  /** {@code file:line} or just {@code file} when the line is unknown. */
  public String where() {
    return line > 0 ? file + ":" + line : file;
  }
}
