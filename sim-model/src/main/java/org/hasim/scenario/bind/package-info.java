/**
 * Binding the raw located tree to the scenario records: for every map the keys it allows (an unknown key
 * is refused with "did you mean"), defaults, unit conversion, node/VM group expansion, scripted-event
 * parsing, empirical distributions from CSV files, and the cross-field checks made before simulating.
 * Every problem is an {@link org.hasim.scenario.InputException} at the offending value's line.
 */
package org.hasim.scenario.bind;
