package org.hasim.config;

import java.util.List;
import org.hasim.config.cib.Cib;
import org.hasim.config.corosync.CorosyncConf;
import org.hasim.config.heartbeat.HaCf;
import org.hasim.config.xen.XenDomain;

/** The config files given together, parsed and sorted by format; validated and imported as one cluster. */
public record ConfigSet(List<HaCf> haCfs, List<CorosyncConf> corosyncs, List<Cib> cibs,
    List<XenDomain> domains) {
  public ConfigSet {
    haCfs = List.copyOf(haCfs);
    corosyncs = List.copyOf(corosyncs);
    cibs = List.copyOf(cibs);
    domains = List.copyOf(domains);
  }

  /** Number of files. */
  public int size() {
    return haCfs.size() + corosyncs.size() + cibs.size() + domains.size();
  }
}
