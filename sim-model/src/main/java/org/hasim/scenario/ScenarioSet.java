package org.hasim.scenario;

import java.nio.file.Path;
import java.util.LinkedHashMap;

/**
 * A loaded scenario file: the base scenario and its named variants (in file order; empty when the file
 * has none), each fully resolved with the {@code --set} overrides applied.
 */
public record ScenarioSet(Path file, Scenario base, LinkedHashMap<String, Scenario> variants) {

  public ScenarioSet {
    variants = new LinkedHashMap<>(variants);
  }

  @Override
  public LinkedHashMap<String, Scenario> variants() {
    return new LinkedHashMap<>(variants);
  }
}
