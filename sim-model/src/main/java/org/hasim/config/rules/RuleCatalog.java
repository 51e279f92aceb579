package org.hasim.config.rules;

import java.util.ArrayList;
import java.util.List;

/** Every validation rule, in the order of docs/validate-rules.md. Ids are stable: never reuse one. */
public final class RuleCatalog {
  private RuleCatalog() {}

  public static List<Rule> all() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(HeartbeatRules.all());
    rules.addAll(CorosyncRules.all());
    rules.addAll(QuorumFencingRules.all());
    rules.addAll(ResourceRules.all());
    rules.addAll(XenRules.all());
    rules.addAll(ClusterRules.all());
    return List.copyOf(rules);
  }
}
