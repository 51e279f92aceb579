package org.hasim.config.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hasim.config.ConfigSet;
import org.hasim.config.Finding;
import org.hasim.config.Severity;

/** Runs every rule over a set of config files; findings come back sorted by file, line and rule. */
public final class Validator {
  private Validator() {}

  public static List<Finding> validate(ConfigSet files, ValidationOptions options) {
    ClusterView view = new ClusterView(files, options);
    List<Finding> findings = new ArrayList<>();
    for (Rule r : RuleCatalog.all()) {
      r.run(view, findings);
    }
    findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
        .thenComparing(Finding::rule));
    return List.copyOf(findings);
  }

  /** Counts per severity. */
  public record Summary(int files, int errors, int warnings, int infos) {
    public static Summary of(int files, List<Finding> findings) {
      return new Summary(files, count(findings, Severity.ERROR), count(findings, Severity.WARNING),
          count(findings, Severity.INFO));
    }

    private static int count(List<Finding> findings, Severity s) {
      return (int) findings.stream().filter(f -> f.severity() == s).count();
    }
  }
}
