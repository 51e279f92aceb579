package org.hasim.cluster;

import java.util.function.Function;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.hasim.engine.RandomStreams;
import org.hasim.scenario.Scenario;

/** Runs a scenario's replications sequentially and gives a 95 % Student-t interval of a per-run metric. */
final class Replications {
  record Interval(double mean, double low, double high) {
    boolean contains(double x) {
      return low <= x && x <= high;
    }
  }

  static Recorder one(Scenario s, int replication) {
    Recorder r = new Recorder();
    new ClusterSimulation(s, new RandomStreams(s.experiment().seed()), replication, r).run();
    return r;
  }

  static Interval interval(Scenario s, Function<Recorder, Double> metric) {
    RandomStreams streams = new RandomStreams(s.experiment().seed());
    SummaryStatistics stats = new SummaryStatistics();
    for (int rep = 0; rep < s.experiment().replications(); rep++) {
      Recorder r = new Recorder();
      new ClusterSimulation(s, streams, rep, r).run();
      stats.addValue(metric.apply(r));
    }
    long n = stats.getN();
    double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
    double half = t * stats.getStandardDeviation() / Math.sqrt(n);
    return new Interval(stats.getMean(), stats.getMean() - half, stats.getMean() + half);
  }
}
