package org.hasim.calibration.spec;

import java.util.List;
import java.util.Optional;
import org.hasim.scenario.tree.Location;

/**
 * A published number (or qualitative statement) and how the model reproduces it.
 *
 * @param id {@code source.local-id}, e.g. {@code clark2005.specweb-downtime}
 * @param source the source's id
 * @param title what was measured, in a few words
 * @param where where in the source the number is (section, figure, table)
 * @param note how the number was read or derived; may be empty
 * @param unit the unit of the criterion's numbers and of the metric
 * @param criterion what the model value must satisfy
 * @param items the measures: one, or several for an ordering
 * @param knownGap empty for a target; for a published number the model is known not to reproduce, why
 *     (reported beside the targets, never a failure)
 * @param location where the target was written
 */
public record Target(String id, String source, String title, String where, String note, String unit,
    Criterion criterion, List<Item> items, Optional<String> knownGap, Location location) {

  public Target {
    items = List.copyOf(items);
  }

  /**
   * One measure of a target, labelled when the target has several; {@code field} is the path of its
   * metric (or property) in the targets file, for errors about it.
   */
  public record Item(String label, Measure measure, String field) {}
}
