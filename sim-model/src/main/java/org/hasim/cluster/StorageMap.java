package org.hasim.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hasim.scenario.RackSpec;
import org.hasim.scenario.Scenario;
import org.hasim.scenario.StorageSpec;
import org.hasim.scenario.VmSpec;

/** Which storage system holds each VM's image: the one serving the VM's home node. */
final class StorageMap {
  private StorageMap() {}

  /** For each VM (scenario order), the index of its storage system, or -1 when no storage serves its home. */
  static int[] storageOfVms(Scenario scenario) {
    List<StorageSpec> storages = scenario.cluster().storages();
    Map<String, Integer> storageOfRack = new HashMap<>();
    int servesAll = -1;
    for (int k = 0; k < storages.size(); k++) {
      if (storages.get(k).servesAll()) {
        servesAll = k;
      }
      for (String rack : storages.get(k).racks()) {
        storageOfRack.put(rack, k);
      }
    }
    Map<String, Integer> storageOfNode = new HashMap<>();
    for (RackSpec rack : scenario.cluster().racks()) {
      Integer k = storageOfRack.get(rack.name());
      if (k != null) {
        rack.nodes().forEach(node -> storageOfNode.put(node, k));
      }
    }
    List<VmSpec> vms = scenario.vms();
    int[] out = new int[vms.size()];
    for (int v = 0; v < vms.size(); v++) {
      out[v] = storageOfNode.getOrDefault(vms.get(v).home(), servesAll);
    }
    return out;
  }
}
