package org.hasim.calibration.report;

import java.util.ArrayList;
import java.util.List;
import org.hasim.calibration.spec.FitSpec;
import org.hasim.calibration.spec.FixedAssumption;

/**
 * The calibrated parameter set as a scenario {@code include:} file: the fixed assumptions, then the fitted
 * values, one {@code path: value} line each with its reason or bounds in a comment. Nothing in it depends on
 * the time, the machine or the path the fit was given by, so the same fit and seed give the same bytes.
 */
public final class Fragment {
  private static final int WIDTH = 100;

  private Fragment() {}

  /** One free parameter's line(s): its written value and what the comment says about it. */
  public record Line(String name, List<String> paths, String valueText, String comment) {}

  public static String render(FitSpec fit, long seed, List<Line> parameters) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Calibrated parameter set of fit '").append(fit.name())
        .append("', written by `hasim calibrate` (seed ").append(seed).append(", ").append(fit.replications())
        .append(" replications per scenario run).\n");
    sb.append("# Do not edit by hand: change the fit file (calibration/fits/) or its targets and run hasim "
        + "calibrate again.\n");
    sb.append("# Scenarios load this file with include:; their variants and --set still apply on top.\n");
    if (!fit.fixed().isEmpty()) {
      sb.append("\n# Fixed assumptions (not fitted):\n");
      for (FixedAssumption f : fit.fixed()) {
        comment(sb, f.reason());
        sb.append(f.path()).append(": ").append(f.valueText()).append('\n');
      }
    }
    if (!parameters.isEmpty()) {
      sb.append("\n# Free parameters:\n");
      for (Line p : parameters) {
        comment(sb, p.name() + ": " + p.comment());
        if (p.paths().isEmpty()) {
          sb.append("# (no scenario path: ").append(p.name()).append(" = ").append(p.valueText())
              .append(" applies to migration-calculator cases only)\n");
        }
        for (String path : p.paths()) {
          sb.append(path).append(": ").append(p.valueText()).append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** Wraps {@code text} into '# ' comment lines of at most {@value #WIDTH} characters. */
  static void comment(StringBuilder sb, String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder("#");
    for (String word : text.trim().split("\\s+")) {
      if (line.length() + 1 + word.length() > WIDTH && line.length() > 1) {
        lines.add(line.toString());
        line = new StringBuilder("#");
      }
      line.append(' ').append(word);
    }
    lines.add(line.toString());
    lines.forEach(l -> sb.append(l).append('\n'));
  }
}
