package org.hasim.scenario.tree;

/** A scalar as written ({@code text}), with the kind the parser saw (a quoted "30" is a STRING). */
public record ScalarNode(String text, Kind kind, Location location) implements Node {

  /** What the parser made of the scalar. */
  public enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  @Override
  public String kindName() {
    return "a single value";
  }

  @Override
  public boolean isNull() {
    return kind == Kind.NULL;
  }
}
