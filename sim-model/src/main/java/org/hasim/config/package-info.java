/**
 * Real cluster configuration files — Heartbeat {@code ha.cf}, {@code corosync.conf}, Pacemaker CIB XML and
 * Xen {@code xl.cfg}/xm domain files: reading them safely ({@link org.hasim.config.ConfigReader}), telling
 * their formats apart, and the shared vocabulary of findings ({@link org.hasim.config.Finding}) and config
 * quantities ({@link org.hasim.config.ConfigQuantities}). Each format has its own sub-package; the rules
 * that check a set of files together live in {@code org.hasim.config.rules}, the scenario importer in
 * {@code org.hasim.config.importer}.
 */
package org.hasim.config;
