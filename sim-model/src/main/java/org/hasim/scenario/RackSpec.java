package org.hasim.scenario;

import java.util.List;
import java.util.Optional;
import org.hasim.failure.FailureMode;

/**
 * A rack: {@code nodes} behind one top-of-rack switch. The rack is a failure domain: while its switch is
 * down its nodes are cut off from the rest of the cluster (heartbeats and users alike). {@code
 * switchFailures} is the switch's failure process (empty: it never fails); {@code uplink} the capacity in
 * bits/s of the switch's link to the rest of the cluster, which traffic leaving or entering the rack shares
 * (0: not modelled).
 */
public record RackSpec(String name, List<String> nodes, Optional<FailureMode> switchFailures, double uplink) {

  public RackSpec {
    nodes = List.copyOf(nodes);
  }

  public boolean hasUplink() {
    return uplink > 0;
  }
}
