package org.hasim.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hasim.cluster.OutageCause;
import org.hasim.reports.charts.CategoryCharts;
import org.hasim.reports.charts.ChartTheme;
import org.hasim.reports.charts.IntervalData;
import org.hasim.reports.charts.MigrationTimeline;
import org.hasim.reports.charts.RttSeries;
import org.hasim.reports.charts.StackedData;
import org.hasim.reports.charts.SweepCurve;
import org.hasim.reports.charts.XyCharts;
import org.hasim.stats.ComparisonResult;
import org.hasim.stats.ExperimentResult;
import org.hasim.stats.OutageDurationBin;
import org.hasim.stats.ServiceMetrics;
import org.hasim.stats.Statistic;
import org.jfree.chart.JFreeChart;

/**
 * The report's charts, in reading order, each only when its data exists: availability per service (variants
 * side by side, CI error bars), the paired downtime difference (comparisons), downtime per year by cause
 * (stacked), the outage-duration distribution, each variant's example migration timeline, then the extras
 * (ping RTT, response times, sweep curves, calibration).
 */
public final class ReportCharts {
  /** At most this many services per chart: the least available ones (in scenario order) when there are more. */
  static final int MAX_SERVICES = 12;

  /** Outage-duration series (service × variant) beyond which the services are summed per variant. */
  static final int MAX_DURATION_SERIES = 6;

  private ReportCharts() {}

  /** Renders every chart {@code report} has data for. */
  public static List<ChartImage> render(Report report) {
    List<ChartImage> charts = new ArrayList<>();
    ReportResults results = report.results();
    String ci = percent(results.info().level()) + " % confidence interval";
    String over = " over " + results.replications() + " replications";
    List<String> services = chartedServices(results);
    int all = results.variants().values().iterator().next().services().size();
    String subset = services.size() < all
        ? " Shown: the " + services.size() + " least available of the " + all + " services." : "";
    IntervalData availability = availability(results, services);
    if (availability.hasValues()) {
      charts.add(image("availability.png", "Availability per service",
          "Dots are the mean availability" + over + ", bars the " + ci + "."
              + (results instanceof ReportResults.Comparison ? " Variants stand side by side." : "") + subset,
          CategoryCharts.dots(availability)));
    }
    if (results instanceof ReportResults.Comparison c) {
      IntervalData difference = downtimeDifference(c.result(), services);
      if (difference.hasValues()) {
        charts.add(image("downtime-difference.png", "Change in downtime against " + c.result().baseline(),
            "Paired difference variant − " + c.result().baseline() + " of the downtime per year, on common "
                + "random numbers (the same failures in every variant), with its " + ci + ". Below zero: less "
                + "downtime than " + c.result().baseline() + "." + subset,
            CategoryCharts.dots(difference)));
      }
    }
    StackedData byCause = downtimeByCause(results, services);
    if (byCause.hasValues()) {
      charts.add(image("downtime-by-cause.png", "Downtime per year by cause",
          "Mean minutes of downtime per year" + over + ", split by what caused them; the intervals are in the "
              + "table above and in results.csv." + subset,
          CategoryCharts.stacked(byCause)));
    }
    StackedData durations = outageDurations(results);
    if (durations.hasValues()) {
      charts.add(image("outage-durations.png", "How long outages last",
          "Mean number of outages per year whose length falls in each class" + over + ". \""
              + OutageDurationBin.ONGOING.label() + "\" counts outages still going on when the observation "
              + "window closed.",
          CategoryCharts.grouped(durations)));
    }
    int timelines = 0;
    for (var e : results.variants().entrySet()) {
      if (e.getValue().firstMigration().isPresent()) {
        MigrationTimeline t = MigrationTimeline.of(e.getValue().firstMigration().get());
        timelines++;
        charts.add(image("migration-timeline-" + timelines + ".png",
            "A live migration, phase by phase" + (e.getKey().isEmpty() ? "" : " (" + e.getKey() + ")"),
            "The first migration of the first replication: push rounds copy memory while the VM runs, "
                + "stop-and-copy pauses it (the service's outage), pull fetches the pages still missing after "
                + "it resumed on the target.",
            XyCharts.timeline(t)));
      }
    }
    extras(report.extras(), charts);
    return charts;
  }

  private static void extras(ReportExtras extras, List<ChartImage> charts) {
    int i = 0;
    for (RttSeries rtt : extras.rtt()) {
      charts.add(image("ping-rtt-" + ++i + ".png", rtt.title(),
          "Round-trip time of each echo request against the time it was sent; crosses on the time axis are "
              + "lost packets (" + rtt.lostCount() + " of " + rtt.samples().size() + ").",
          XyCharts.rtt(rtt)));
    }
    i = 0;
    for (IntervalData response : extras.responseTimes()) {
      charts.add(image("response-time-" + ++i + ".png", response.title(),
          "Mean response time with its confidence interval for each placement of the tiers.",
          CategoryCharts.bars(response)));
    }
    i = 0;
    for (SweepCurve sweep : extras.sweeps()) {
      charts.add(image("sweep-" + ++i + ".png", sweep.title(),
          "The metric at each value of the swept parameter: the line joins the means, the band is the "
              + "confidence interval.",
          XyCharts.sweep(sweep)));
    }
    if (!extras.calibration().isEmpty()) {
      charts.add(image("calibration.png", "Calibration targets against the model",
          "Each target's model value in units of its tolerance: 0 is the measured value, the shaded band is "
              + "the accepted range. The table lists the values in their own units.",
          CategoryCharts.calibration("Calibration: model against measured targets", extras.calibration())));
    }
  }

  private static ChartImage image(String file, String heading, String caption, JFreeChart chart) {
    return new ChartImage(file, heading, caption, heading + " (chart)", ChartTheme.png(chart));
  }

  static IntervalData availability(ReportResults results, List<String> services) {
    List<IntervalData.Series> series = new ArrayList<>();
    results.variants().forEach((variant, r) -> {
      List<Statistic> values = new ArrayList<>();
      for (String s : services) {
        Statistic a = r.services().get(s).availability();
        values.add(a.defined() ? a.scaled(100) : a);
      }
      series.add(new IntervalData.Series(variant.isEmpty() ? "mean with 95 % CI" : variant, values));
    });
    return new IntervalData("Availability per service", "service", "availability (%)", services, series);
  }

  static IntervalData downtimeDifference(ComparisonResult c, List<String> services) {
    List<IntervalData.Series> series = new ArrayList<>();
    c.differences().forEach((variant, d) -> {
      List<Statistic> values = new ArrayList<>();
      for (String s : services) {
        values.add(d.services().get(s).downtimeMinPerYear().paired());
      }
      series.add(new IntervalData.Series(variant + " − " + d.baseline(), values));
    });
    return new IntervalData("Downtime change against " + c.baseline() + " (paired)", "service",
        "downtime difference (min/yr)", services, series);
  }

  /** Categories "service" or "service · variant" (service by service); layers the causes with any downtime. */
  static StackedData downtimeByCause(ReportResults results, List<String> services) {
    List<String> categories = new ArrayList<>();
    List<ServiceMetrics> metrics = new ArrayList<>();
    for (String service : services) { // a service's variants side by side
      results.variants().forEach((variant, r) -> {
        categories.add(variant.isEmpty() ? service : service + " · " + variant);
        metrics.add(r.services().get(service));
      });
    }
    List<StackedData.Layer> layers = new ArrayList<>();
    for (OutageCause cause : OutageCause.values()) {
      List<Double> values = new ArrayList<>();
      boolean any = false;
      for (ServiceMetrics m : metrics) {
        Statistic s = m.downtimeByCause().get(cause.key());
        double v = s != null && s.defined() ? s.mean() : 0;
        any |= v != 0;
        values.add(v);
      }
      if (any) {
        layers.add(new StackedData.Layer(cause.key().replace('-', ' '), values));
      }
    }
    return new StackedData("Downtime per year by cause", "service", "downtime (min/yr)", categories, layers);
  }

  /**
   * Outages per year by duration class: the mean count per replication of each {@code outages.<service>.<bin>}
   * extra scaled to a year of the observed horizon. Series "service" or "service · variant"; summed over the
   * services of each variant when that would be more than {@link #MAX_DURATION_SERIES} series (or when the
   * model recorded only the sums). The "still down" class only when it has any.
   */
  static StackedData outageDurations(ReportResults results) {
    double perYear = 8760 / results.info().horizonHours();
    Map<String, Map<String, double[]>> byVariant = new LinkedHashMap<>();
    results.variants().forEach((variant, r) -> byVariant.put(variant, counts(r, perYear)));
    long seriesCount = byVariant.values().stream().mapToLong(Map::size).sum();
    Map<String, double[]> bySeries = new LinkedHashMap<>();
    byVariant.forEach((variant, byService) -> {
      if (seriesCount > MAX_DURATION_SERIES || byService.containsKey(OutageDurationBin.ALL_SERVICES)) {
        double[] sum = new double[OutageDurationBin.values().length];
        byService.values().forEach(c -> {
          for (int b = 0; b < sum.length; b++) {
            sum[b] += c[b];
          }
        });
        bySeries.put(variant.isEmpty() ? "all services" : "all services · " + variant, sum);
      } else {
        byService.forEach((service, c) -> bySeries.put(variant.isEmpty() ? service : service + " · " + variant, c));
      }
    });
    List<OutageDurationBin> bins = new ArrayList<>(List.of(OutageDurationBin.values()));
    if (bySeries.values().stream().allMatch(c -> c[OutageDurationBin.ONGOING.ordinal()] == 0)) {
      bins.remove(OutageDurationBin.ONGOING);
    }
    List<String> categories = bins.stream().map(OutageDurationBin::label).toList();
    List<StackedData.Layer> layers = new ArrayList<>();
    bySeries.forEach((name, counts) -> {
      List<Double> values = bins.stream().map(b -> counts[b.ordinal()]).toList();
      layers.add(new StackedData.Layer(name, values));
    });
    return new StackedData("How long outages last", "outage duration", "outages per year", categories, layers);
  }

  /** Service (in the result's order, then the sums) → outages per year by bin. */
  private static Map<String, double[]> counts(ExperimentResult r, double perYear) {
    Map<String, double[]> byService = new LinkedHashMap<>();
    for (String service : r.services().keySet()) {
      byService.put(service, null);
    }
    r.extra().forEach((key, s) -> OutageDurationBin.parse(key).filter(k -> s.defined()).ifPresent(k -> {
      double[] counts = byService.get(k.service());
      if (counts == null) {
        counts = new double[OutageDurationBin.values().length];
        byService.put(k.service(), counts);
      }
      counts[k.bin().ordinal()] = s.mean() * perYear;
    }));
    byService.values().removeIf(java.util.Objects::isNull);
    return byService;
  }

  /**
   * The services the charts show: all of them, or the {@link #MAX_SERVICES} with the lowest availability in
   * the first variant (in scenario order).
   */
  static List<String> chartedServices(ReportResults results) {
    Map<String, ServiceMetrics> first = results.variants().values().iterator().next().services();
    List<String> all = new ArrayList<>(first.keySet());
    if (all.size() <= MAX_SERVICES) {
      return all;
    }
    List<String> worst = new ArrayList<>(all);
    worst.sort(java.util.Comparator.comparingDouble(s -> {
      Statistic a = first.get(s).availability();
      return a.defined() ? a.mean() : 1;
    }));
    java.util.Set<String> keep = new java.util.HashSet<>(worst.subList(0, MAX_SERVICES));
    return all.stream().filter(keep::contains).toList();
  }


  private static String percent(double level) {
    return CanonicalNumber.format(Math.round(level * 1e8) / 1e6);
  }
}
