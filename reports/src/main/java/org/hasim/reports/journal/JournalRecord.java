package org.hasim.reports.journal;

import java.util.List;
import org.hasim.stats.ReplicationResult;
import org.hasim.sweep.DesignPoint;

/** One finished task: replications {@code fromRep}..{@code toRep}−1 of {@code point}, in order. */
public record JournalRecord(DesignPoint point, int fromRep, int toRep, List<ReplicationResult> replications) {

  public JournalRecord {
    replications = List.copyOf(replications);
    if (replications.size() != toRep - fromRep) {
      throw new IllegalArgumentException("a record of replications " + fromRep + ".." + (toRep - 1) + " holds "
          + replications.size());
    }
    for (int i = 0; i < replications.size(); i++) {
      if (replications.get(i).replication() != fromRep + i) {
        throw new IllegalArgumentException("replication " + replications.get(i).replication()
            + " out of order in block " + fromRep + ".." + (toRep - 1));
      }
    }
  }
}
