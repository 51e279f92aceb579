/**
 * Statistics over replications: the {@link org.hasim.stats.Statistic} record (mean, Student-t confidence
 * interval, n), ratio estimators for MTTR/MTBF, paired and unpaired differences; the per-replication {@link
 * org.hasim.stats.MetricsCollector} (a {@link org.hasim.cluster.ClusterObserver} that measures one observation
 * window); and the aggregates {@link org.hasim.stats.ExperimentResult} (one variant) and {@link
 * org.hasim.stats.ComparisonResult} (several variants on common random numbers).
 *
 * <p>Nothing here writes files or prints: the {@code reports} module renders these records.
 */
package org.hasim.stats;
