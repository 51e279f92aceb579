/**
 * The people's view of a calibration: {@code calibration-report.html} and one PNG chart per fitted
 * parameter, drawn from {@code calibration-report.json} alone (the JSON the calibration module writes is
 * the contract, so this package depends on no calibration code: reports → sim-model only).
 */
package org.hasim.reports.calibration;
