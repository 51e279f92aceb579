package org.hasim.scenario.bind;

import java.util.List;
import org.hasim.failure.Distribution;
import org.hasim.failure.FailureMode;
import org.hasim.scenario.tree.MapNode;
import org.hasim.scenario.tree.Node;
import org.hasim.scenario.tree.ScalarNode;

/**
 * Duration distributions: a bare duration ({@code 30s}, deterministic) or a one-key map naming the family
 * and its parameters, e.g. {@code {weibull: {shape: 0.7, scale: 1y}}}.
 */
final class Distributions {
  static final List<String> FAMILIES =
      List.of("exponential", "weibull", "lognormal", "gamma", "deterministic", "uniform", "empirical");
  private static final String EXAMPLE =
      "write a duration such as 30s, or e.g. {exponential: {mean: 1y}} or {weibull: {shape: 0.7, scale: 1y}}";

  private Distributions() {}

  static Distribution bind(Node n, String path) {
    if (n instanceof ScalarNode s) {
      if (FAMILIES.contains(s.text())) {
        throw n.location().error(path, "'" + s.text() + "' needs its parameters", EXAMPLE);
      }
      return new Distribution.Deterministic(Values.duration(n, path));
    }
    Fields f = Fields.of(n, path, FAMILIES);
    List<String> keys = ((MapNode) n).keys();
    if (keys.size() != 1) {
      throw n.location().error(path, keys.isEmpty() ? "the distribution is empty"
          : "give exactly one distribution, found " + String.join(" and ", keys), EXAMPLE);
    }
    String family = keys.get(0);
    Node params = f.req(family);
    String p = f.at(family);
    return switch (family) {
      case "exponential" -> exponential(params, p);
      case "weibull" -> {
        Fields w = Fields.of(params, p, List.of("shape", "scale"));
        yield new Distribution.Weibull(w.req("shape", Values::positiveNumber),
            w.req("scale", Values::positiveDuration));
      }
      case "lognormal" -> lognormal(params, p);
      case "gamma" -> {
        Fields g = Fields.of(params, p, List.of("shape", "scale"));
        yield new Distribution.Gamma(g.req("shape", Values::positiveNumber),
            g.req("scale", Values::positiveDuration));
      }
      case "deterministic" -> new Distribution.Deterministic(Values.duration(params, p));
      case "uniform" -> uniform(params, p);
      case "empirical" -> EmpiricalCsv.bind(params, p);
      default -> throw new IllegalStateException(family);
    };
  }

  /** A failure mode {@code {ttf: <dist>, <repairKey>: <dist>}}. */
  static FailureMode failureMode(Node n, String path, String repairKey, boolean needsCrew) {
    Fields f = Fields.of(n, path, List.of("ttf", repairKey));
    Distribution ttf = f.req("ttf", Distributions::bind);
    if (!(ttf.mean() > 0)) {
      throw f.error("ttf", "a time to failure must have a mean > 0",
          "a zero time to failure would fail again at once, forever");
    }
    return new FailureMode(ttf, f.req(repairKey, Distributions::bind), needsCrew);
  }

  private static Distribution exponential(Node n, String path) {
    Fields f = Fields.of(n, path, List.of("mean", "rate"));
    if (f.has("mean") == f.has("rate")) {
      throw n.location().error(path, f.has("mean") ? "give either mean or rate, not both"
          : "missing mean (or rate)", "write e.g. {exponential: {mean: 1y}} or {exponential: {rate: 2/y}}");
    }
    if (f.has("mean")) {
      return new Distribution.Exponential(f.req("mean", Values::positiveDuration));
    }
    return new Distribution.Exponential(1.0 / f.req("rate", Values::rate));
  }

  private static Distribution lognormal(Node n, String path) {
    Fields f = Fields.of(n, path, List.of("median", "sigma", "mean", "sd"));
    boolean byMedian = f.has("median") || f.has("sigma");
    boolean byMean = f.has("mean") || f.has("sd");
    String hint = "write {lognormal: {median: 64min, sigma: 1.4}} or {lognormal: {mean: 355min, sd: 600min}}";
    if (byMedian && byMean) {
      throw n.location().error(path, "give median and sigma, or mean and sd, not a mix", hint);
    }
    if (byMean) {
      return Distribution.Lognormal.ofMeanSd(f.req("mean", Values::positiveDuration),
          f.req("sd", Values::positiveDuration));
    }
    if (!byMedian) {
      throw n.location().error(path, "missing median and sigma (or mean and sd)", hint);
    }
    return Distribution.Lognormal.ofMedian(f.req("median", Values::positiveDuration),
        f.req("sigma", Values::positiveNumber));
  }

  private static Distribution uniform(Node n, String path) {
    Fields f = Fields.of(n, path, List.of("min", "max"));
    double min = f.req("min", Values::duration);
    double max = f.req("max", Values::duration);
    if (min > max) {
      throw f.error("max", "max is smaller than min", "write min <= max");
    }
    return new Distribution.Uniform(min, max);
  }
}
