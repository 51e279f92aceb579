/**
 * The outcome of a calibration: the {@link org.hasim.calibration.report.CalibrationReport} record, its JSON
 * form (the contract the HTML renderer in {@code reports} reads) and the calibrated parameter set as a
 * scenario include fragment.
 */
package org.hasim.calibration.report;
