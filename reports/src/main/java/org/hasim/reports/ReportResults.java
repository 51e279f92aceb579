package org.hasim.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hasim.stats.ComparisonResult;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.RunInfo;

/**
 * What a report is about: the results of one experiment or of a comparison of variants. Both a run in memory
 * and a {@code results.json} read back ({@link ResultsJsonReader}) give one of these, so every renderer has a
 * single input.
 */
public sealed interface ReportResults {

  /** One scenario without variants. */
  record Single(ExperimentResult result) implements ReportResults {
    @Override
    public RunInfo info() {
      return result.info();
    }

    @Override
    public int replications() {
      return result.replications();
    }

    @Override
    public Map<String, ExperimentResult> variants() {
      Map<String, ExperimentResult> one = new LinkedHashMap<>();
      one.put("", result);
      return one;
    }

    @Override
    public byte[] json() {
      return ResultsJson.toBytes(result);
    }

    @Override
    public byte[] csv() {
      return ResultsCsv.toBytes(result);
    }

    @Override
    public String console() {
      return ConsoleSummary.render(result);
    }
  }

  /** Variants on common random numbers with paired differences against the first. */
  record Comparison(ComparisonResult result) implements ReportResults {
    @Override
    public RunInfo info() {
      return result.info();
    }

    @Override
    public int replications() {
      return result.replications();
    }

    @Override
    public Map<String, ExperimentResult> variants() {
      return result.variants();
    }

    @Override
    public byte[] json() {
      return ResultsJson.toBytes(result);
    }

    @Override
    public byte[] csv() {
      return ResultsCsv.toBytes(result);
    }

    @Override
    public String console() {
      return ConsoleSummary.render(result);
    }
  }

  static ReportResults of(ExperimentResult result) {
    return new Single(result);
  }

  static ReportResults of(ComparisonResult result) {
    return new Comparison(result);
  }

  RunInfo info();

  int replications();

  /** Variant name → its result, baseline first; a single experiment is one entry named {@code ""}. */
  Map<String, ExperimentResult> variants();

  /** {@code results.json} bytes. */
  byte[] json();

  /** {@code results.csv} bytes. */
  byte[] csv();

  /** The console summary table. */
  String console();
}
