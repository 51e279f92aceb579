package org.hasim.config.xen;

import java.util.List;
import java.util.Optional;

/** A value in a Xen domain file: string, number, boolean, None (xm) or list. */
public sealed interface XenValue {
  /** A quoted string. */
  record Str(String value) implements XenValue {}

  /** A number (decimal, {@code 0}-prefixed octal or {@code 0x} hex). */
  record Num(double value) implements XenValue {}

  /** Python's {@code True}/{@code False} in xm files. */
  record Bool(boolean value) implements XenValue {}

  /** Python's {@code None} in xm files. */
  record None() implements XenValue {}

  /** {@code [ VALUE, VALUE, ... ]}, possibly nested. */
  record ListOf(List<XenValue> items) implements XenValue {
    public ListOf {
      items = List.copyOf(items);
    }
  }

  /** The value as a number: numbers as they are, strings holding a number (xm's {@code memory = '512'}). */
  default Optional<Double> asNumber() {
    if (this instanceof Num n) {
      return Optional.of(n.value());
    }
    if (this instanceof Str s && s.value().strip().matches("[0-9]+(\\.[0-9]+)?")) {
      return Optional.of(Double.parseDouble(s.value().strip()));
    }
    return Optional.empty();
  }

  /** The value as text: strings as they are, numbers without a trailing {@code .0}. */
  default Optional<String> asText() {
    if (this instanceof Str s) {
      return Optional.of(s.value());
    }
    if (this instanceof Num n) {
      double v = n.value();
      return Optional.of(v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
    }
    return Optional.empty();
  }
}
