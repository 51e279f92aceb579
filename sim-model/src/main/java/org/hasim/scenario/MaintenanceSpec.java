package org.hasim.scenario;

import java.util.List;

/**
 * Periodic maintenance of {@code nodes}: every {@code period} seconds each node is drained and kept down for
 * {@code duration}. The first window of node i (0-based, in the listed order) starts at {@code offset +
 * i·period/n} when {@code stagger} is on, at {@code offset} otherwise. A window is skipped while another
 * node of the cluster is not up ({@code skipWhenDegraded}).
 */
public record MaintenanceSpec(
    List<String> nodes, double period, double duration, double offset, boolean stagger,
    boolean skipWhenDegraded) {}
