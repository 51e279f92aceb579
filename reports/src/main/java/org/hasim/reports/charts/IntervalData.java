package org.hasim.reports.charts;

import java.util.List;
import org.hasim.stats.Statistic;

/**
 * Means with confidence intervals: for each series (e.g. a variant) one statistic per category (e.g. a
 * service), in category order. An undefined statistic is left out of the chart.
 *
 * @param title chart title
 * @param categoryLabel what the categories are, e.g. {@code service}
 * @param valueLabel the value axis label with its unit, e.g. {@code availability (%)}
 * @param categories category names, in display order
 * @param series the series, each with one statistic per category
 */
public record IntervalData(String title, String categoryLabel, String valueLabel, List<String> categories,
    List<Series> series) {

  public IntervalData {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().size()
            + " values for " + categories.size() + " categories");
      }
    }
  }

  /** One series: a name for the legend and a statistic per category. */
  public record Series(String name, List<Statistic> values) {
    public Series {
      values = List.copyOf(values);
    }
  }

  /** Whether at least one statistic has a value. */
  public boolean hasValues() {
    return series.stream().flatMap(s -> s.values().stream()).anyMatch(Statistic::defined);
  }
}
