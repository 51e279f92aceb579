package org.hasim.scenario;

import java.util.List;
import java.util.Optional;
import org.hasim.failure.FailureMode;

/**
 * A shared storage system holding VM images. It serves the nodes of {@code racks}, or every node when
 * {@code racks} is empty (the single-storage form). A VM's image lives on the storage serving its home
 * node; while that storage is down the VM's services are down.
 */
public record StorageSpec(String name, Optional<FailureMode> failures, List<String> racks) {

  public StorageSpec {
    racks = List.copyOf(racks);
  }

  /** A storage system serving every node. */
  public StorageSpec(String name, Optional<FailureMode> failures) {
    this(name, failures, List.of());
  }

  /** Whether it serves every node rather than a list of racks. */
  public boolean servesAll() {
    return racks.isEmpty();
  }
}
