/**
 * The analytic layer: closed-form availability ({@link org.hasim.analytic.AvailabilityFormulas}), a
 * general continuous-time Markov chain solver ({@link org.hasim.analytic.Ctmc}), the reference models of
 * DESIGN §7 built as chains (single component, k-of-n, active/standby, active/active), Trivedi's
 * confidence interval for availability from observed up and down times ({@link
 * org.hasim.analytic.AvailabilityInterval}), and {@link org.hasim.analytic.ScenarioAnalytic}, which decides
 * whether a resolved scenario has such a model and solves it. Everything here assumes exponential times
 * unless a class says otherwise; time is in seconds and rates in 1/s.
 */
package org.hasim.analytic;
