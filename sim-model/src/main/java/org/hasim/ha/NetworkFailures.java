package org.hasim.ha;

import java.util.List;
import org.hasim.cluster.Cluster;
import org.hasim.cluster.ServiceTracker;
import org.hasim.engine.SimClock;
import org.hasim.network.ClusterNetworks;
import org.hasim.scenario.NetworkSpec;
import org.hasim.scenario.NetworkSpec.Traffic;
import org.hasim.scenario.Scenario;

/**
 * What a failed network does (each network is one shared link, DESIGN §4.6):
 *
 * <ul>
 *   <li>its flows stall: a live migration over it aborts (and falls back to restart when the VM must
 *       leave), a tcp probe's transfer stalls;
 *   <li>while every network that carries {@code service} traffic is down, clients reach no service: all
 *       services are down, attributed to {@code network-failure};
 *   <li>while every network that carries {@code heartbeat} traffic is down, the nodes no longer hear each
 *       other. In a two-node cluster that is a partition of node 1 from node 2, with the usual detection,
 *       quorum and fencing (a false failover, or split brain without fencing). Larger clusters are refused
 *       by the scenario loader when their heartbeat media can all fail, since an n-way split is not
 *       modelled.
 * </ul>
 */
public final class NetworkFailures {
  private final SimClock clock;
  private final ClusterManager manager;
  private final ServiceTracker services;
  private final ClusterNetworks networks;
  private final List<NetworkSpec> specs;
  private final boolean[] down;
  private final Cluster cluster;
  private boolean heartbeatCut;

  /** @param networks the flow network when the scenario builds one (live migration, probes), else null */
  public NetworkFailures(SimClock clock, Scenario scenario, ClusterManager manager, ServiceTracker services,
      ClusterNetworks networks) {
    this.clock = clock;
    this.manager = manager;
    this.services = services;
    this.networks = networks;
    this.specs = scenario.cluster().networks();
    this.down = new boolean[specs.size()];
    this.cluster = manager.cluster();
  }

  /** Network {@code index} (in the scenario's order) failed or was repaired. */
  public void changed(int index, boolean up) {
    down[index] = !up;
    if (networks != null) {
      networks.network().setUp(networks.link(specs.get(index).name()), up);
    }
    services.setServiceNetworkUp(anyUp(Traffic.SERVICE), clock.now());
    boolean cut = !anyUp(Traffic.HEARTBEAT);
    if (cut != heartbeatCut && cluster.nodes().size() == 2) {
      heartbeatCut = cut;
      if (cut) {
        manager.startPartition(List.of(cluster.node(1)));
      } else {
        manager.healPartition();
      }
    }
  }

  /** Whether some network carrying {@code traffic} is up (true when none carries it at all). */
  private boolean anyUp(Traffic traffic) {
    boolean carried = false;
    for (int i = 0; i < specs.size(); i++) {
      if (specs.get(i).carries().contains(traffic)) {
        carried = true;
        if (!down[i]) {
          return true;
        }
      }
    }
    return !carried;
  }
}
