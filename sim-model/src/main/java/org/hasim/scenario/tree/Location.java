package org.hasim.scenario.tree;

import org.hasim.scenario.InputException;

/** A place in a source (1-based line and column). */
public record Location(Source source, int line, int column) {

  /** An input error at this place about {@code field}. */
  public InputException error(String field, String problem, String hint) {
    return source.hasLines()
        ? new InputException(source.label(), line, column, field, problem, hint)
        : new InputException(source.label(), 0, 0, field, problem, hint);
  }
}
