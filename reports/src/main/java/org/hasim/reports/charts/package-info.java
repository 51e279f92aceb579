/**
 * Charts for the HTML report, drawn with JFreeChart into 1200 × 700 PNGs (headless AWT). Each chart is built
 * from a small input record that says exactly what is drawn — {@link org.hasim.reports.charts.IntervalData}
 * (means with confidence intervals by category and series), {@link org.hasim.reports.charts.StackedData},
 * {@link org.hasim.reports.charts.MigrationTimeline}, {@link org.hasim.reports.charts.RttSeries}, {@link
 * org.hasim.reports.charts.SweepCurve}, {@link org.hasim.reports.charts.CalibrationTarget} — so the builders
 * can be tested with fixtures and fed by whichever part of hasim produces the data. {@link
 * org.hasim.reports.charts.ChartTheme} holds the look: fonts readable at full size (tick labels 16 px), axis
 * labels with units, legends, a colour-blind-safe palette.
 */
package org.hasim.reports.charts;
