package org.hasim.calibration.spec;

import java.nio.file.Path;
import java.util.List;

/** One targets file: a published source and the targets taken from it. */
public record TargetSource(String id, String title, String citation, String url, Path file,
    List<Target> targets) {
  public TargetSource {
    targets = List.copyOf(targets);
  }
}
