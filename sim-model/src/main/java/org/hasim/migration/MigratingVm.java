package org.hasim.migration;

import org.hasim.scenario.DirtyModel;
import org.hasim.scenario.VmSpec;

/**
 * What a migration needs to know about the VM it moves: memory in bytes, its dirty model, the resume cost
 * after stop-and-copy and the time until the network learns the new location (gratuitous ARP), seconds.
 */
public record MigratingVm(String name, long memory, DirtyModel dirty, double resumeTime, double arpTime) {

  public MigratingVm {
    if (memory <= 0) {
      throw new IllegalArgumentException("VM memory must be positive: " + memory);
    }
    if (!(resumeTime >= 0) || !(arpTime >= 0)) {
      throw new IllegalArgumentException("resume and ARP times must be >= 0");
    }
  }

  public static MigratingVm of(VmSpec vm) {
    return new MigratingVm(vm.name(), vm.memory(), vm.dirty(), vm.resumeTime(), vm.arpTime());
  }

  /** Memory in 4 KiB pages (a partial page counts as one). */
  public long pages() {
    return (memory + Migration.PAGE_SIZE - 1) / Migration.PAGE_SIZE;
  }
}
