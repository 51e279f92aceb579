package org.hasim.stats;

/** Time units of the reported metrics. A year is 365 days (DESIGN §4.1). */
final class Units {
  static final double MINUTE = 60;
  static final double HOUR = 3600;
  static final double YEAR = 365 * 86400;

  private Units() {}
}
