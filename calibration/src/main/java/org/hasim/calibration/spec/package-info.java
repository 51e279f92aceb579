/**
 * What a calibration is made of, read from YAML with located errors: {@link
 * org.hasim.calibration.spec.TargetSource} (one file per published source and its targets), {@link
 * org.hasim.calibration.spec.Target} (a criterion on one or more measures), {@link
 * org.hasim.calibration.spec.FitSpec} (free parameters, fixed assumptions, fitted and held-out targets).
 */
package org.hasim.calibration.spec;
