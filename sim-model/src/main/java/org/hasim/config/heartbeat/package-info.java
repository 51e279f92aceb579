/**
 * Heartbeat's {@code /etc/ha.d/ha.cf}: the line-by-line directive parser ({@link
 * org.hasim.config.heartbeat.HaCfParser}) and the parsed file ({@link org.hasim.config.heartbeat.HaCf}) with
 * its timings, nodes, communication media, failback, CRM and STONITH settings, every item with its line.
 */
package org.hasim.config.heartbeat;
