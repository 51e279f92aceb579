/**
 * The sweep journal: the append-only file of finished (point, replication block) tasks that makes a sweep
 * resumable and is also a shard's partial result ({@link org.hasim.reports.journal.SweepJournal}); its
 * lossless encoding of per-replication results ({@link org.hasim.reports.journal.ReplicationCodec}); and the
 * merge of one or more journals into a sweep result, refusing incomplete or inconsistent sets ({@link
 * org.hasim.reports.journal.SweepMerge}). Because replications are stored exactly and aggregated the same
 * way, a merged result is bit-identical to a single-machine run.
 */
package org.hasim.reports.journal;
