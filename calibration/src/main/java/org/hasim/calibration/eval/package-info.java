/**
 * Computing a target's model value for a point of the free parameters: a scenario run (a metric of the
 * {@link org.hasim.stats.ExperimentResult}, fixed seed and replications), a property of the resolved scenario
 * (e.g. the median of a repair distribution) or one migration on the migration calculator.
 */
package org.hasim.calibration.eval;
