/**
 * What-if sweeps and goal seeking, as pure logic: the parameters of a sweep and their values as written
 * ({@link org.hasim.sweep.SweepParameter}, ranges in {@link org.hasim.sweep.ValueRange}), the grid of design
 * points ({@link org.hasim.sweep.SweepGrid}), the fixed order of (point, block of replications) tasks and
 * their deterministic split into shards ({@link org.hasim.sweep.TaskPlan}, {@link org.hasim.sweep.Shard}),
 * goals on a result's confidence interval ({@link org.hasim.sweep.Goal}) and the search for the least value
 * meeting one ({@link org.hasim.sweep.GoalSearch}), and the result of a sweep ({@link
 * org.hasim.sweep.SweepResult}). A design point is a list of {@code --set} overrides, so every point is loaded
 * and checked by the scenario loader like a file. Files, journals and scheduling live in the callers.
 */
package org.hasim.sweep;
