/**
 * Live migration of one VM (DESIGN §4.5) as an explicit state machine ({@link
 * org.hasim.migration.MigrationState}) driven by the {@link org.hasim.engine.SimClock} and the flow-level
 * {@link org.hasim.network.Network}: pre-copy push rounds (one flow per round, never page by page), the
 * stop-and-copy pause, the post-copy pull, the algorithms' stop rules ({@link
 * org.hasim.migration.PrecopyPolicy}), fault semantics, and the {@link
 * org.hasim.migration.MigrationRecord} each migration leaves.
 *
 * <p>The cluster manager owns migrations: it creates a {@link org.hasim.migration.Migration}, starts it,
 * reports node and link failures to it, and hears back through {@link
 * org.hasim.migration.MigrationOwner}. Memory reservation, placement and restarts are the manager's job.
 * {@link org.hasim.migration.MigrationCalculator} runs one migration on a dedicated link, for {@code
 * hasim migrate}.
 */
package org.hasim.migration;
