/**
 * Calibration (DESIGN §6): published numbers as data files with their source and tolerance ({@code
 * calibration/targets/}), fits that declare free parameters, fixed assumptions and which targets they fit
 * or hold out ({@code calibration/fits/}), and {@link org.hasim.calibration.Calibration}, which fits the free
 * parameters with a Commons Math optimiser on common random numbers, checks every target and returns the
 * calibrated parameter set (a scenario {@code include:} fragment) with a report. Writes no files: the
 * command line writes what this returns.
 */
package org.hasim.calibration;
