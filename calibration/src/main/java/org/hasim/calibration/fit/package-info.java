/**
 * The fit itself: which free parameters some fitted target depends on, and the minimisation of the sum of
 * squared standardised errors over them (BOBYQA, or Brent for a single parameter) in normalised
 * coordinates, deterministic from a fixed starting point.
 */
package org.hasim.calibration.fit;
