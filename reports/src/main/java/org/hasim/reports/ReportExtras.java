package org.hasim.reports;

import java.util.List;
import org.hasim.reports.charts.CalibrationTarget;
import org.hasim.reports.charts.IntervalData;
import org.hasim.reports.charts.RttSeries;
import org.hasim.reports.charts.SweepCurve;

/**
 * Data for the report's charts that {@code results.json} does not hold: ping RTT series (probe time series),
 * web response times by placement, sweep curves, calibration targets. Each list may be empty; the report has
 * a section only for what is there.
 */
public record ReportExtras(
    List<RttSeries> rtt,
    List<IntervalData> responseTimes,
    List<SweepCurve> sweeps,
    List<CalibrationTarget> calibration) {

  public ReportExtras {
    rtt = List.copyOf(rtt);
    responseTimes = List.copyOf(responseTimes);
    sweeps = List.copyOf(sweeps);
    calibration = List.copyOf(calibration);
  }

  public static ReportExtras none() {
    return new ReportExtras(List.of(), List.of(), List.of(), List.of());
  }
}
