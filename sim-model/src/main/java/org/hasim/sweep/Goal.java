package org.hasim.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hasim.cluster.ClusterObserver.Incident;
import org.hasim.cluster.OutageCause;
import org.hasim.scenario.DidYouMean;
import org.hasim.scenario.InputException;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.ServiceMetrics;
import org.hasim.stats.Statistic;

/**
 * A goal on one statistic of a result, written as in results.json: {@code <block>.<key…>.<field> <op>
 * <number>}, e.g. {@code services.web.availability.ci_low>=0.9999}, {@code
 * services.web.downtime_by_cause.migration-pause.ci_high<1}, {@code migrations.mean_downtime_ms.ci_high<300},
 * {@code incidents.split-brain.mean<=0}. The field ({@code ci_low}, {@code ci_high} or {@code mean}) says
 * which number is compared, so a goal can be decided on the confidence interval rather than the mean. A
 * number may end in {@code %} ({@code 99.99%} = 0.9999). A statistic without a value (MTTR when nothing
 * failed, a migration metric when nothing migrated) never meets a goal.
 */
public record Goal(String text, String block, String key, String field, Op op, double threshold) {
  private static final Pattern FORM = Pattern.compile("\\s*(\\S+?)\\s*(>=|<=|>|<)\\s*(\\S+?)\\s*");
  private static final List<String> BLOCKS = List.of("services", "migrations", "incidents", "probes");
  private static final List<String> FIELDS = List.of("mean", "ci_low", "ci_high");
  private static final String HINT = "write e.g. 'services.web.availability.ci_low>=0.9999' "
      + "(a path as in results.json ending in mean, ci_low or ci_high; then >=, <=, > or <; then a number)";

  /** The comparison. */
  public enum Op {
    AT_LEAST(">="), AT_MOST("<="), ABOVE(">"), BELOW("<");

    final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    static Op of(String symbol) {
      return Arrays.stream(values()).filter(o -> o.symbol.equals(symbol)).findFirst().orElseThrow();
    }

    boolean test(double value, double threshold) {
      return switch (this) {
        case AT_LEAST -> value >= threshold;
        case AT_MOST -> value <= threshold;
        case ABOVE -> value > threshold;
        case BELOW -> value < threshold;
      };
    }

    public String symbol() {
      return symbol;
    }
  }

  /**
   * Reads a goal for a scenario whose services are {@code services} (service names may contain dots, so
   * the path is matched against them).
   *
   * @throws InputException for anything that does not name a statistic of such a result
   */
  public static Goal parse(String text, List<String> services) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw error("cannot read the goal '" + text + "'", HINT);
    }
    String path = m.group(1);
    Op op = Op.of(m.group(2));
    double threshold = threshold(m.group(3));
    int lastDot = path.lastIndexOf('.');
    int firstDot = path.indexOf('.');
    if (firstDot < 0 || lastDot == firstDot) {
      throw error("'" + path + "' is not a statistic's path", HINT);
    }
    String field = path.substring(lastDot + 1);
    if (!FIELDS.contains(field)) {
      throw error("'" + path + "' must end in mean, ci_low or ci_high, not '" + field + "'",
          DidYouMean.phrase(field, FIELDS) + "ci_low decides on the lower end of the confidence interval");
    }
    String block = path.substring(0, firstDot);
    String key = path.substring(firstDot + 1, lastDot);
    switch (block) {
      case "services" -> checkServiceKey(key, services);
      case "incidents" -> checkChoice(key, Arrays.stream(Incident.values()).map(Incident::key).toList(),
          "incident");
      case "migrations", "probes" -> { } // recorded by the model as it runs; checked on the first result
      default -> throw error("'" + block + "' is not a block of results.json",
          DidYouMean.phrase(block, BLOCKS) + "blocks: " + String.join(", ", BLOCKS));
    }
    return new Goal(text.trim(), block, key, field, op, threshold);
  }

  /** The statistic the goal is about; empty when the result does not have it. */
  public Optional<Statistic> statistic(ExperimentResult r) {
    return switch (block) {
      case "services" -> serviceStatistic(r);
      case "incidents" -> Optional.ofNullable(r.incidents().get(key));
      default -> Optional.ofNullable(r.extra().get(block + "." + key));
    };
  }

  /** The compared number of {@code s}: its mean or one end of its interval. */
  public double value(Statistic s) {
    return switch (field) {
      case "ci_low" -> s.ciLow();
      case "ci_high" -> s.ciHigh();
      default -> s.mean();
    };
  }

  /** Whether {@code r} meets the goal. */
  public boolean met(ExperimentResult r) {
    return statistic(r).filter(Statistic::defined).map(s -> op.test(value(s), threshold)).orElse(false);
  }

  /** The metric's path without the field, e.g. {@code services.web.availability}. */
  public String metric() {
    return block + "." + key;
  }

  private Optional<Statistic> serviceStatistic(ExperimentResult r) {
    for (var e : r.services().entrySet()) {
      String prefix = e.getKey() + ".";
      if (key.startsWith(prefix)) {
        String metric = key.substring(prefix.length());
        ServiceMetrics sm = e.getValue();
        if (metric.startsWith("downtime_by_cause.")) {
          return Optional.ofNullable(sm.downtimeByCause().get(metric.substring("downtime_by_cause.".length())));
        }
        return Optional.ofNullable(sm.scalars().get(metric));
      }
    }
    return Optional.empty();
  }

  private static void checkServiceKey(String key, List<String> services) {
    for (String s : services) {
      if (key.startsWith(s + ".")) {
        String metric = key.substring(s.length() + 1);
        List<String> metrics = new ArrayList<>(List.of(ServiceMetrics.AVAILABILITY,
            ServiceMetrics.DOWNTIME_MIN_PER_YEAR, ServiceMetrics.OUTAGES_PER_YEAR, ServiceMetrics.MTTR_S,
            ServiceMetrics.MTBF_H));
        if (metric.startsWith("downtime_by_cause.")) {
          checkChoice(metric.substring("downtime_by_cause.".length()),
              Arrays.stream(OutageCause.values()).map(OutageCause::key).toList(), "cause");
          return;
        }
        metrics.add("downtime_by_cause.<cause>");
        checkChoice(metric, metrics, "service metric");
        return;
      }
    }
    String given = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
    throw error("no service '" + given + "' in the scenario",
        DidYouMean.phrase(given, services) + "services: " + String.join(", ", services));
  }

  private static void checkChoice(String given, List<String> allowed, String what) {
    if (!allowed.contains(given)) {
      throw error("'" + given + "' is not a " + what, DidYouMean.phrase(given, allowed) + "allowed: "
          + String.join(", ", allowed));
    }
  }

  private static double threshold(String text) {
    boolean percent = text.endsWith("%");
    String number = percent ? text.substring(0, text.length() - 1) : text;
    try {
      double v = Double.parseDouble(number);
      if (!Double.isFinite(v) || !number.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
        throw new NumberFormatException();
      }
      return percent ? v / 100 : v;
    } catch (NumberFormatException e) {
      throw error("'" + text + "' is not a number", "write e.g. 0.9999 or 99.99%");
    }
  }

  private static InputException error(String problem, String hint) {
    return new InputException("command line", 0, 0, "--goal", problem, hint);
  }

  @Override
  public String toString() {
    return text;
  }
}
