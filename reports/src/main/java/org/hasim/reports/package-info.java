/**
 * Rendering results for machines and people: {@code results.json} (the machine contract, DESIGN §4.8) by
 * {@link org.hasim.reports.ResultsJson}, the flat {@code results.csv} by {@link org.hasim.reports.ResultsCsv},
 * the probes' time series {@code probes.csv} by {@link org.hasim.reports.ProbesCsv}, the text table for the
 * terminal by {@link org.hasim.reports.ConsoleSummary}, and crash-safe file writing by
 * {@link org.hasim.reports.AtomicFiles}. Output bytes depend only on the result: fixed key order, canonical
 * numbers, no timestamps or host names.
 */
package org.hasim.reports;
