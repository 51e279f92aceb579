/**
 * Rendering results for machines and people. One report model — {@link org.hasim.reports.Report}: the
 * {@link org.hasim.reports.ReportResults} (an experiment or a comparison), the {@link
 * org.hasim.reports.Provenance} (hasim version, the command that reproduces the run) and {@link
 * org.hasim.reports.ReportExtras} (chart data that results.json does not hold) — and its renderers: {@code
 * results.json} (the machine contract, DESIGN §4.8) by {@link org.hasim.reports.ResultsJson}, read back by
 * {@link org.hasim.reports.ResultsJsonReader}; the flat {@code results.csv} by {@link
 * org.hasim.reports.ResultsCsv}; the console table by {@link org.hasim.reports.ConsoleSummary}; the charts
 * by {@link org.hasim.reports.ReportCharts} (drawn by {@code org.hasim.reports.charts}); {@code index.html}
 * by {@link org.hasim.reports.HtmlReport}; the whole folder by {@link org.hasim.reports.ReportWriter}, with
 * crash-safe writes by {@link org.hasim.reports.AtomicFiles}. Output depends only on the inputs: fixed key
 * order, canonical numbers, no timestamps or host names.
 */
package org.hasim.reports;
