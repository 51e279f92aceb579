package org.hasim.cli;

import picocli.CommandLine.Command;

/** {@code hasim compare}: like {@code run}, but the scenario must have variants. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Run every variant of a scenario on common random numbers and report each variant "
        + "and the paired difference of every service metric (95 %% CI).")
public final class CompareCommand extends RunCommand {
  @Override
  boolean requireVariants() {
    return true;
  }
}
