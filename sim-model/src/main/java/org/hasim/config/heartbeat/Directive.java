package org.hasim.config.heartbeat;

import java.util.List;

/** One {@code ha.cf} line: the directive name (lower case) and its whitespace-separated arguments. */
public record Directive(String name, List<String> args, int line) {
  public Directive {
    args = List.copyOf(args);
  }

  /** The arguments joined by single spaces. */
  public String value() {
    return String.join(" ", args);
  }
}
