/**
 * The cluster during one replication: nodes and their state machine, racks and their switches, VM placement
 * and memory capacity (with an index of free memory per heartbeat side), services and how their up/down
 * state and outage cause follow from VMs, dependencies, storage systems and rack switches, the
 * observer interface through which metrics leave the model, and {@link
 * org.hasim.cluster.ClusterSimulation}, which assembles and runs one replication.
 */
package org.hasim.cluster;
