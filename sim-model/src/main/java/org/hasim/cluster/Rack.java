package org.hasim.cluster;

import java.util.Collections;
import java.util.List;
import org.hasim.scenario.RackSpec;

/**
 * A rack during one replication: its nodes and whether its top-of-rack switch is up. While the switch is
 * down the nodes are cut off from the rest of the cluster and from users.
 */
public final class Rack {
  private final RackSpec spec;
  private final int index;
  private final List<Node> nodes;
  private boolean switchUp = true;

  Rack(RackSpec spec, int index, List<Node> nodes) {
    this.spec = spec;
    this.index = index;
    this.nodes = Collections.unmodifiableList(nodes);
  }

  public String name() {
    return spec.name();
  }

  public RackSpec spec() {
    return spec;
  }

  /** Position in the scenario's rack list. */
  public int index() {
    return index;
  }

  /** The rack's nodes, in scenario order. */
  public List<Node> nodes() {
    return nodes;
  }

  public boolean switchUp() {
    return switchUp;
  }

  void setSwitchUp(boolean up) {
    this.switchUp = up;
  }

  @Override
  public String toString() {
    return name() + (switchUp ? "" : "[switch down]");
  }
}
