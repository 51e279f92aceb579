package org.hasim.reports.charts;

import java.util.List;

/**
 * Bars made of layers (e.g. downtime split by cause) or, unstacked, groups of bars (e.g. outage counts by
 * duration class): each layer has one value per category.
 *
 * @param title chart title
 * @param categoryLabel what the categories are
 * @param valueLabel the value axis label with its unit
 * @param categories category names, in display order
 * @param layers the layers (legend entries), each with one value per category
 */
public record StackedData(String title, String categoryLabel, String valueLabel, List<String> categories,
    List<Layer> layers) {

  public StackedData {
    categories = List.copyOf(categories);
    layers = List.copyOf(layers);
    for (Layer l : layers) {
      if (l.values().size() != categories.size()) {
        throw new IllegalArgumentException("layer '" + l.name() + "' has " + l.values().size() + " values for "
            + categories.size() + " categories");
      }
    }
  }

  /** One layer: a legend name and a value per category. */
  public record Layer(String name, List<Double> values) {
    public Layer {
      values = List.copyOf(values);
    }
  }

  /** Whether any value is non-zero. */
  public boolean hasValues() {
    return layers.stream().flatMap(l -> l.values().stream()).anyMatch(v -> v != 0 && Double.isFinite(v));
  }
}
