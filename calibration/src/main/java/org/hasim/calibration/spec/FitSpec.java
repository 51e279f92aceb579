package org.hasim.calibration.spec;

import java.nio.file.Path;
import java.util.List;

/**
 * A fit file: the targets files it reads, which targets it fits and which it holds out (every other target
 * of those files is a check), its free parameters and fixed assumptions, the seed and replications of
 * every scenario run (common random numbers across evaluations) and where the calibrated fragment goes.
 */
public record FitSpec(String name, String description, Path file, long seed, int replications, Path output,
    List<TargetSource> sources, List<String> fit, List<String> holdOut, List<FreeParameter> free,
    List<FixedAssumption> fixed) {

  public FitSpec {
    sources = List.copyOf(sources);
    fit = List.copyOf(fit);
    holdOut = List.copyOf(holdOut);
    free = List.copyOf(free);
    fixed = List.copyOf(fixed);
  }

  /** Every target of every source, in file order. */
  public List<Target> targets() {
    return sources.stream().flatMap(s -> s.targets().stream()).toList();
  }

  /** A copy with another seed. */
  public FitSpec withSeed(long newSeed) {
    return new FitSpec(name, description, file, newSeed, replications, output, sources, fit, holdOut, free,
        fixed);
  }

  /** The role of a target in this fit. */
  public Role role(Target t) {
    if (t.knownGap().isPresent()) {
      return Role.KNOWN_GAP;
    }
    if (fit.contains(t.id())) {
      return Role.FIT;
    }
    return holdOut.contains(t.id()) ? Role.HOLD_OUT : Role.CHECK;
  }

  /** What a target is for in a fit. */
  public enum Role {
    /** Its error is minimised. */
    FIT,
    /** Predicted with the fitted values, never fitted; the report shows the prediction error. */
    HOLD_OUT,
    /** Checked only. */
    CHECK,
    /** A published number the model is known not to reproduce; reported, never a failure. */
    KNOWN_GAP;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }
}
