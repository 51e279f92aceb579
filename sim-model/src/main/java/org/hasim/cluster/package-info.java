/**
 * The cluster during one replication: nodes and their state machine, VM placement and memory capacity,
 * services and how their up/down state and outage cause follow from VMs, dependencies and storage, the
 * observer interface through which metrics leave the model, and {@link
 * org.hasim.cluster.ClusterSimulation}, which assembles and runs one replication.
 */
package org.hasim.cluster;
