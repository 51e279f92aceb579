package org.hasim.config;

import java.util.Locale;

/** How bad a finding is: an error makes {@code hasim validate} exit 1, the others are advice. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** Lower-case name used in human and JSON output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
