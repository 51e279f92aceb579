/**
 * Turns real cluster configs into a runnable hasim scenario ({@link
 * org.hasim.config.importer.ScenarioImporter}): what the files say is carried over, what they do not say
 * (failure and repair times, boot times, dirty rates) is filled from documented defaults and marked as an
 * assumption in a YAML comment.
 */
package org.hasim.config.importer;
