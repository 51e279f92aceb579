package org.hasim.config.rules;

import java.util.List;
import org.hasim.config.Finding;
import org.hasim.config.Severity;

/**
 * A validation rule: a stable id ({@code HB001}), a fixed severity, a one-line title (the table in
 * docs/validate-rules.md), and the check.
 */
public record Rule(String id, Severity severity, String title, Check check) {
  /** The body of a rule: looks at the cluster and reports through the emitter. */
  @FunctionalInterface
  public interface Check {
    void run(ClusterView cluster, Emitter out);
  }

  /** Collects this rule's findings, stamping its id and severity on each. */
  public final class Emitter {
    private final List<Finding> sink;

    Emitter(List<Finding> sink) {
      this.sink = sink;
    }

    public void report(String file, int line, String message, String fix) {
      sink.add(new Finding(id, severity, file, line, message, fix));
    }
  }

  /** Runs the rule and appends its findings to {@code sink}. */
  public void run(ClusterView cluster, List<Finding> sink) {
    check.run(cluster, new Emitter(sink));
  }
}
