package org.hasim.scenario;

import java.util.Optional;

/**
 * Bad input: a scenario, config or command-line value that cannot be used. Carries where (file, line,
 * column, field path) and what is allowed, so the CLI can print one clear paragraph and exit 2.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String field;
  private final String hint;

  /**
   * @param file the file (or "command line"), never null
   * @param line 1-based line, 0 when unknown
   * @param column 1-based column, 0 when unknown
   * @param field dotted field path such as {@code cluster.nodes[1].memory}, or null
   * @param problem what is wrong
   * @param hint what is allowed / did you mean, or null
   */
  public InputException(String file, int line, int column, String field, String problem, String hint) {
    super(problem);
    this.file = file;
    this.line = line;
    this.column = column;
    this.field = field;
    this.hint = hint;
  }

  public InputException(String file, String problem) {
    this(file, 0, 0, null, problem, null);
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  public Optional<String> hint() {
    return Optional.ofNullable(hint);
  }

  /** One paragraph: {@code file:line:col: field: problem. hint}. */
  public String paragraph() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (field != null && !field.isEmpty()) {
      sb.append("field '").append(field).append("': ");
    }
    sb.append(getMessage());
    if (hint != null && !hint.isEmpty()) {
      sb.append(getMessage().endsWith(".") ? " " : ". ").append(hint);
    }
    return sb.toString();
  }
}
