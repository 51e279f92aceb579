/**
 * Pacemaker's CIB XML ({@code cib.xml}, {@code cibadmin -Q} output): the hardened StAX reader ({@link
 * org.hasim.config.cib.CibParser}) and the parts the rules use ({@link org.hasim.config.cib.Cib}): cluster
 * options, nodes with attributes and utilization, primitives with their parameters, meta attributes and
 * operations, location constraints and resource/operation defaults, each with its line.
 */
package org.hasim.config.cib;
