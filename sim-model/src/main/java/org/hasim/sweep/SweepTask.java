package org.hasim.sweep;

/**
 * One unit of work: replications {@code fromRep} (inclusive) to {@code toRep} (exclusive) of design point
 * {@code point}; {@code index} is its place in the plan's fixed order.
 */
public record SweepTask(int index, int point, int fromRep, int toRep) {

  public int replications() {
    return toRep - fromRep;
  }

  @Override
  public String toString() {
    return "task " + index + " (point " + point + ", replications " + fromRep + "-" + (toRep - 1) + ")";
  }
}
