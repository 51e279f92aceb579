/**
 * Running an experiment's replications: {@link org.hasim.experiment.ReplicationRunner} spreads independent
 * replications over a fixed pool of threads and returns their results in replication order, so the output
 * does not depend on the number of threads.
 */
package org.hasim.experiment;
