package org.hasim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look of every chart: 1200 × 700 pixels, fonts sized to be read at that size (title 26 px, axis labels
 * 20 px, tick labels and legend 16 px), flat bars, light grid, the Okabe–Ito colour-blind-safe palette, legend
 * at the bottom. Rendering runs on headless AWT.
 */
public final class ChartTheme {
  static { // first: the fonts and colours below are AWT objects
    // before anything touches AWT: charts are drawn off-screen on servers without a display
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  public static final int WIDTH = 1200;
  public static final int HEIGHT = 700;

  /** Smallest font size used on a chart, in pixels (tick labels and legend). */
  public static final int TICK_FONT_SIZE = 16;

  static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 26);
  static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
  static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, TICK_FONT_SIZE);
  static final Font NOTE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);

  /** Okabe & Ito (2008), in an order whose first colours differ most; black last. */
  static final List<Color> PALETTE = List.of(
      new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xE69F00),
      new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000));

  static final Color GRID = new Color(0xD0D0D0);
  static final BasicStroke LINE = new BasicStroke(2.5f);
  static final BasicStroke ERROR_BAR = new BasicStroke(2.5f);

  private ChartTheme() {}

  /** Palette colour {@code i} (wrapping around). */
  static Color color(int i) {
    return PALETTE.get(Math.floorMod(i, PALETTE.size()));
  }

  /** Applies fonts, colours and painters to a freshly built chart; call before styling its renderers. */
  static JFreeChart apply(JFreeChart chart) {
    theme().apply(chart);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(8, 8, 8, 16));
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setItemFont(TICK_FONT);
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    return chart;
  }

  private static StandardChartTheme theme() {
    StandardChartTheme t = new StandardChartTheme("hasim");
    t.setExtraLargeFont(TITLE_FONT);
    t.setLargeFont(LABEL_FONT);
    t.setRegularFont(TICK_FONT);
    t.setSmallFont(TICK_FONT);
    t.setChartBackgroundPaint(Color.WHITE);
    t.setPlotBackgroundPaint(Color.WHITE);
    t.setPlotOutlinePaint(GRID);
    t.setDomainGridlinePaint(GRID);
    t.setRangeGridlinePaint(GRID);
    t.setLegendBackgroundPaint(Color.WHITE);
    t.setAxisLabelPaint(Color.BLACK);
    t.setTickLabelPaint(Color.BLACK);
    t.setTitlePaint(Color.BLACK);
    t.setShadowVisible(false);
    t.setBarPainter(new StandardBarPainter());
    t.setXYBarPainter(new StandardXYBarPainter());
    t.setErrorIndicatorPaint(Color.BLACK);
    t.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE.toArray(new Paint[0]),
        DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
        new java.awt.Stroke[] {LINE}, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
        DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
    return t;
  }

  /** The chart as a PNG of {@link #WIDTH} × {@link #HEIGHT} pixels. */
  public static byte[] png(JFreeChart chart) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toByteArray();
  }
}
