package org.hasim.calibration.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hasim.scenario.DirtyModel;
import org.hasim.scenario.MigrationSpec;
import org.hasim.scenario.tree.Location;

/** How to compute a model value; {@code metric} names the value taken from the result. */
public sealed interface Measure {

  String metric();

  /** Where its metric (or property) was written, for errors about the measure. */
  Location location();

  /** One line for reports. */
  String describe();

  /**
   * A metric of the {@link org.hasim.stats.ExperimentResult} of a scenario (its base, or a variant) run with
   * the fit's seed and replications, the fit's fixed and free values and then these {@code sets}.
   */
  /**
   * A metric of a scenario run. {@code withFit} false: the fit's fixed and free parameters are not applied
   * (the scenario does not have what they name), only its seed and replication count.
   */
  record ScenarioRun(Path scenario, Optional<String> variant, List<String> sets, String metric,
      Location location, boolean withFit) implements Measure {
    public ScenarioRun {
      sets = List.copyOf(sets);
    }

    public ScenarioRun(Path scenario, Optional<String> variant, List<String> sets, String metric,
        Location location) {
      this(scenario, variant, sets, metric, location, true);
    }

    @Override
    public String describe() {
      return "run " + scenario + variant.map(v -> " variant " + v).orElse("")
          + (sets.isEmpty() ? "" : " --set " + String.join(" --set ", sets)) + " → " + metric;
    }
  }

  /** A property of the resolved scenario (with the fit's values), e.g. the median of a distribution. */
  record ScenarioProperty(Path scenario, List<String> sets, String metric, Location location)
      implements Measure {
    public ScenarioProperty {
      sets = List.copyOf(sets);
    }

    @Override
    public String describe() {
      return "scenario " + scenario + (sets.isEmpty() ? "" : " --set " + String.join(" --set ", sets))
          + " → " + metric;
    }
  }

  /**
   * One migration alone on a dedicated link ({@link org.hasim.migration.MigrationCalculator}). A free
   * parameter with a {@code migration_field} replaces that field ({@link #FIELDS}) in every case.
   */
  record MigrationCase(long memory, DirtyModel dirty, double bandwidth, MigrationSpec spec, double resume,
      double arp, String metric, Location location) implements Measure {

    /** The numeric fields a free parameter may set, in SI units. */
    public static final List<String> FIELDS =
        List.of("memory", "bandwidth", "resume", "arp", "min_rate", "max_rate", "max_downtime");

    /** A copy with {@code field} (one of {@link #FIELDS}) set to {@code value} (SI). */
    public MigrationCase with(String field, double value) {
      MigrationSpec s = spec;
      return switch (field) {
        case "memory" -> new MigrationCase(Math.round(value), dirty, bandwidth, spec, resume, arp, metric,
            location);
        case "bandwidth" -> new MigrationCase(memory, dirty, value, spec, resume, arp, metric, location);
        case "resume" -> new MigrationCase(memory, dirty, bandwidth, spec, value, arp, metric, location);
        case "arp" -> new MigrationCase(memory, dirty, bandwidth, spec, resume, value, metric, location);
        case "min_rate" -> withSpec(new MigrationSpec(s.algorithm(), s.limit(), s.timeout(), s.pushRounds(),
            s.maxDowntime(), value, s.maxRate()));
        case "max_rate" -> withSpec(new MigrationSpec(s.algorithm(), s.limit(), s.timeout(), s.pushRounds(),
            s.maxDowntime(), s.minRate(), value));
        case "max_downtime" -> withSpec(new MigrationSpec(s.algorithm(), s.limit(), s.timeout(),
            s.pushRounds(), value, s.minRate(), s.maxRate()));
        default -> throw new IllegalArgumentException("not a migration field: " + field);
      };
    }

    private MigrationCase withSpec(MigrationSpec s) {
      return new MigrationCase(memory, dirty, bandwidth, s, resume, arp, metric, location);
    }

    @Override
    public String describe() {
      return "migrate " + org.hasim.scenario.Units.formatSize(memory) + " "
          + spec.algorithm().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " over "
          + Criterion.num(bandwidth / 1e6) + " Mbit/s → " + metric;
    }
  }
}
