package org.hasim.config.cib;

import java.util.Optional;

/**
 * An {@code rsc_location} preference: resource, node (direct or from a {@code #uname eq NODE} rule) and
 * score ({@code 100}, {@code INFINITY}, {@code -INFINITY}).
 */
public record Location(String id, String rsc, Optional<String> node, String score, int line) {
  /** Score as a number, ±infinity for {@code [+-]INFINITY}; NaN when it is not a number. */
  public double scoreValue() {
    return Cib.score(score);
  }
}
