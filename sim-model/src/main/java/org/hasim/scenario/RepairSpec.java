package org.hasim.scenario;

/** Repair facility: number of crews ({@link #UNLIMITED} for as many as needed). */
public record RepairSpec(int crews) {
  public static final int UNLIMITED = Integer.MAX_VALUE;
}
