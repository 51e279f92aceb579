package org.hasim.reports.charts;

import java.util.List;

/**
 * A ping probe's round-trip times over time (the look of the paper's Fig. 8): one sample per echo request,
 * its RTT in milliseconds or NaN when the packet was lost, and optional shaded spans (e.g. the migration, the
 * pause).
 *
 * @param title chart title, e.g. {@code ping x0 during a live migration}
 * @param samples the echo requests in time order
 * @param spans shaded time spans, possibly none
 */
public record RttSeries(String title, List<Sample> samples, List<Span> spans) {

  public RttSeries {
    samples = List.copyOf(samples);
    spans = List.copyOf(spans);
  }

  /** An echo request sent at {@code timeS} seconds; {@code rttMs} is NaN if it was lost. */
  public record Sample(double timeS, double rttMs) {
    public boolean lost() {
      return Double.isNaN(rttMs);
    }
  }

  /** A labelled time span [fromS, toS] in seconds. */
  public record Span(String label, double fromS, double toS) {}

  public long lostCount() {
    return samples.stream().filter(Sample::lost).count();
  }
}
