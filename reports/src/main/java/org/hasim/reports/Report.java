package org.hasim.reports;

/**
 * Everything one report shows: the results, where they come from (version and command), and the extra chart
 * data that results.json does not hold.
 */
public record Report(ReportResults results, Provenance provenance, ReportExtras extras) {

  public static Report of(ReportResults results, Provenance provenance) {
    return new Report(results, provenance, ReportExtras.none());
  }
}
