package org.hasim.cluster;

/**
 * Receives what happens in one simulated cluster. Metrics collectors implement this; the model calls it
 * and knows nothing about statistics or reports. All methods have empty defaults.
 */
public interface ClusterObserver {

  /** Service {@code service} went down (or its cause changed while down) at {@code time}. */
  default void serviceDown(String service, OutageCause cause, double time) {}

  /** Service {@code service} came back at {@code time}. */
  default void serviceUp(String service, double time) {}

  /**
   * {@link #serviceDown(String, OutageCause, double)} with the service's position in the scenario's list, for
   * observers that keep services in an array. Override both or neither.
   */
  default void serviceDown(int index, String service, OutageCause cause, double time) {
    serviceDown(service, cause, time);
  }

  /** {@link #serviceUp(String, double)} with the service's position in the scenario's list. */
  default void serviceUp(int index, String service, double time) {
    serviceUp(service, time);
  }

  /** A counted incident (false failover, split brain, capacity shortage, ...). */
  default void incident(Incident kind, String subject, double time) {}

  /** A live migration ended (committed, aborted, fell back to restart or lost the VM). */
  default void migrationFinished(org.hasim.migration.MigrationRecord record) {}

  /**
   * One packet or request observed by a probe inside its window (a point of the probe's time series).
   * Only replication 0's series is kept by the metrics collector.
   */
  default void probeSample(org.hasim.probe.ProbeSample sample) {}

  /** Whether {@link #probeSample} keeps anything; probes skip building samples nobody keeps. */
  default boolean keepsProbeSamples() {
    return false;
  }

  /**
   * A summary figure of probe {@code probe} at the end of its window, reported as {@code
   * probes.<probe>.<metric>} (e.g. {@code probes.ping-x0.lost}).
   */
  default void probeSummary(String probe, String metric, double value) {}

  /** A traced event (node failed, declared dead, VM started, ...); for traces and tests. */
  default void onEvent(ClusterEvent event) {}

  /** End of the observed horizon. */
  default void finish(double time) {}

  /** Incidents counted by the cluster, reported under {@code incidents} in results. */
  enum Incident {
    FALSE_FAILOVER,
    SPLIT_BRAIN,
    CAPACITY_SHORTAGE,
    HEARTBEAT_WARNING,
    UNCOVERED_FAILURE,
    FENCING_FAILURE,
    QUORUM_LOSS,
    VM_LOST;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }
}
