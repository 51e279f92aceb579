/**
 * Failure and repair processes: the duration distributions (exponential, Weibull, lognormal, gamma,
 * deterministic, uniform, empirical), failure modes (time to failure + time to repair) and the repair
 * facility with its crews.
 */
package org.hasim.failure;
