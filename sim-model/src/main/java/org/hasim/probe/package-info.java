/**
 * Probes: traffic that measures what users feel, simulated packet by packet or request by request only
 * inside an observation window (DESIGN §4.7). {@link org.hasim.probe.Probes} builds them from the
 * scenario's {@link org.hasim.scenario.ProbeSpec}s; the cluster simulation opens each window at its start
 * time and nothing of a probe exists in the event list before or after it.
 *
 * <ul>
 *   <li>{@link org.hasim.probe.PacketProbe} — ping (round trip) and udp (one way): per packet the path delay
 *       of the network model plus jitter, or lost while the target VM does not serve;
 *   <li>{@link org.hasim.probe.TcpTransferProbe} — a bulk transfer as a flow of the network model, stalled
 *       by a pause with retransmission timeouts and exponential backoff, interrupted by a restart;
 *   <li>{@link org.hasim.probe.WebLoadProbe} — a Siege-like closed loop against a web tier backed by a
 *       database tier, each a multi-server queue on its VM's vCPUs sharing the host's CPUs ({@link
 *       org.hasim.probe.HostCpu}).
 * </ul>
 *
 * Probes read the VMs' states and the network; they never change either (their own packets are not added
 * to link loads, except the tcp transfer's flow), and they draw random numbers only from their own named
 * streams ({@code probe.<name>.*}), so adding a probe never shifts another source's numbers.
 */
package org.hasim.probe;
