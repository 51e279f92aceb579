/**
 * The scenario: the resolved, validated description of one cluster experiment ({@link
 * org.hasim.scenario.Scenario} and its parts, all records in SI units), and the loader that reads it from
 * YAML or JSON with strict validation, units, variants and {@code --set} overrides.
 */
package org.hasim.scenario;
