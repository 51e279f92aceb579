/**
 * The HA cluster manager (Heartbeat + Pacemaker): heartbeat failure detection computed from
 * keepalive/deadtime/warntime/initdead, membership and quorum with no-quorum-policy, fencing (STONITH),
 * coverage and manual recovery, placement of restarted VMs, split-brain when fencing is off, what a rack
 * switch failure does to the cluster (racks cut off on sides of their own, {@link org.hasim.ha.RackIsolation}),
 * and the evacuation strategies for controlled failures (restart or live migration).
 */
package org.hasim.ha;
