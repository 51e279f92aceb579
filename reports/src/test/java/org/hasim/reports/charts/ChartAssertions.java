package org.hasim.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

/** Checks every chart must pass: size, readable fonts, labelled axes with units, a legend. */
final class ChartAssertions {
  private ChartAssertions() {}

  /** The PNG decodes to 1200 × 700 and is not blank. */
  static BufferedImage assertPng(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(700);
    assertThat(countPixels(image, Color.WHITE)).isLessThan(1200 * 700);
    return image;
  }

  /** Pixels within a small distance of {@code colour}. */
  static int countPixels(BufferedImage image, Color colour) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (near(new Color(image.getRGB(x, y)), colour)) {
          count++;
        }
      }
    }
    return count;
  }

  static boolean near(Color a, Color b) {
    return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
        + Math.abs(a.getBlue() - b.getBlue()) <= 24;
  }

  /**
   * Fonts readable at full size (tick labels and legend at least 14 px, title at least 20 px), every value
   * axis labelled with a unit in parentheses, and a legend with {@code legendItems} entries.
   */
  static void assertReadable(JFreeChart chart, int legendItems) {
    assertThat(chart.getTitle().getFont().getSize()).isGreaterThanOrEqualTo(20);
    assertThat(chart.getLegend()).isNotNull();
    assertThat(chart.getLegend().getItemFont().getSize()).isGreaterThanOrEqualTo(14);
    assertThat(chart.getPlot().getLegendItems().getItemCount()).isEqualTo(legendItems);
    for (Axis axis : axes(chart.getPlot())) {
      assertThat(axis.getTickLabelFont().getSize()).as("tick labels of %s", axis.getLabel())
          .isGreaterThanOrEqualTo(14);
      Font label = axis.getLabelFont();
      assertThat(label.getSize()).isGreaterThanOrEqualTo(16);
    }
    for (ValueAxis axis : valueAxes(chart.getPlot())) {
      assertThat(axis.getLabel()).as("value axis label").matches(".*\\(.+\\).*");
    }
  }

  static List<Axis> axes(Plot plot) {
    List<Axis> out = new ArrayList<>();
    if (plot instanceof XYPlot xy) {
      out.add(xy.getDomainAxis());
      out.add(xy.getRangeAxis());
    } else if (plot instanceof CategoryPlot c) {
      out.add(c.getDomainAxis());
      out.add(c.getRangeAxis());
    }
    return out;
  }

  /** The quantitative axes (a symbol axis names categories and needs no unit). */
  static List<ValueAxis> valueAxes(Plot plot) {
    List<ValueAxis> out = new ArrayList<>();
    for (Axis a : axes(plot)) {
      if (a instanceof ValueAxis v && !(a instanceof org.jfree.chart.axis.SymbolAxis)) {
        out.add(v);
      }
    }
    return out;
  }
}
