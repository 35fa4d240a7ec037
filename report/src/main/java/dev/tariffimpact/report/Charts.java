package dev.tariffimpact.report;

import dev.tariffimpact.report.Figure.ChartType;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws a {@link Figure} with JFreeChart: as inline SVG for the HTML report (through Batik's SVG
 * generator) and as PNG for slides. Every value comes from the figure's table; the bar labels are
 * the table's own cell texts, so the chart reads without colour and matches the table exactly.
 */
public final class Charts {

  static {
    // Charts are drawn off screen, also on servers and in CI without a display.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  static final String SVG_NS = "http://www.w3.org/2000/svg";

  /** Width of every chart in CSS pixels (A4 portrait text width at 96 dpi is about 700). */
  static final int WIDTH = 760;

  /**
   * Series fills, light then dark: distinguishable in greyscale and by people with colour-vision
   * deficiency (a blue ramp), each bar also outlined and labelled with its value.
   */
  static final Color[] FILLS = {
    new Color(0x9ecae1), new Color(0x08519c), new Color(0x6baed6), new Color(0x08306b)
  };

  static final Color INK = new Color(0x222222);
  static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);

  private Charts() {}

  /**
   * A chart drawn as SVG, with the layout JFreeChart computed (bar rectangles, data area).
   *
   * @param markup the {@code <svg>} element, ready to inline in HTML
   * @param info the rendering info of that very drawing
   * @param width width in CSS pixels
   * @param height height in CSS pixels
   */
  record Svg(String markup, ChartRenderingInfo info, int width, int height) {}

  /**
   * Builds the JFreeChart of a figure.
   *
   * @param figure the figure
   * @return a new chart
   */
  public static JFreeChart chart(Figure figure) {
    if (figure.type() == ChartType.STEP_SERIES) {
      return SeriesCharts.step(figure);
    }
    if (figure.type() == ChartType.INTERVAL) {
      return SeriesCharts.interval(figure);
    }
    DataTable table = figure.table();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int r = 0; r < table.size(); r++) {
      String category = String.valueOf(table.cell(r, figure.categoryKey()));
      for (String key : figure.seriesKeys()) {
        BigDecimal v = table.number(r, key);
        // double only to place the bar; the label and the table print the exact decimal
        data.addValue(v == null ? null : v.doubleValue(), seriesName(figure, key), category);
      }
    }
    boolean horizontal = figure.type() != ChartType.HISTOGRAM;
    CategoryAxis categoryAxis = new CategoryAxis(figure.categoryAxisLabel());
    NumberAxis valueAxis = new NumberAxis(figure.valueAxisLabel());
    BarRenderer renderer = new BarRenderer();
    CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, renderer);
    plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
    style(plot, categoryAxis, valueAxis, renderer, figure, horizontal);
    return titled(figure, plot, figure.seriesKeys().size() > 1);
  }

  /** The chart around a plot: title, white background, legend on top when there are series. */
  static JFreeChart titled(Figure figure, org.jfree.chart.plot.Plot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(figure.title(), TITLE, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    // room on the right for the last tick label of a horizontal value axis
    chart.setPadding(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 28));
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    TextTitle title = chart.getTitle();
    title.setPaint(INK);
    if (legend) {
      LegendTitle l = chart.getLegend();
      l.setItemFont(TEXT);
      l.setItemPaint(INK);
      l.setPosition(RectangleEdge.TOP);
      l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    return chart;
  }

  /** Axis fonts and colours shared by every chart. */
  static void axes(org.jfree.chart.axis.Axis... axes) {
    for (var axis : axes) {
      axis.setLabelFont(TEXT.deriveFont(Font.BOLD));
      axis.setLabelPaint(INK);
      axis.setTickLabelFont(TEXT);
      axis.setTickLabelPaint(INK);
    }
  }

  private static void style(
      CategoryPlot plot,
      CategoryAxis categoryAxis,
      NumberAxis valueAxis,
      BarRenderer renderer,
      Figure figure,
      boolean horizontal) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(new Color(0xcccccc));
    plot.setRangeGridlineStroke(new BasicStroke(0.8f));
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(INK);
    plot.setRangeZeroBaselineStroke(new BasicStroke(1.2f));
    axes(categoryAxis, valueAxis);
    // room for the value labels beyond the longest bars, on both sides when bars go negative
    valueAxis.setUpperMargin(0.18);
    // all-zero data would otherwise get an axis of +-5E-9
    valueAxis.setAutoRangeMinimumSize(1.0);
    valueAxis.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.##"));
    valueAxis.setLowerMargin(hasNegative(figure) ? 0.18 : 0.0);
    if (figure.type() == ChartType.HISTOGRAM) {
      valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
      categoryAxis.setCategoryMargin(0.04);
      categoryAxis.setLowerMargin(0.01);
      categoryAxis.setUpperMargin(0.01);
      if (figure.table().size() > 6) {
        categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
      }
    } else {
      categoryAxis.setCategoryMargin(0.25);
      categoryAxis.setMaximumCategoryLabelWidthRatio(0.35f);
    }
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    renderer.setItemMargin(0.05);
    if (figure.type() != ChartType.HISTOGRAM) {
      renderer.setMaximumBarWidth(0.12);
    }
    for (int s = 0; s < figure.seriesKeys().size(); s++) {
      renderer.setSeriesPaint(s, FILLS[s % FILLS.length]);
      renderer.setSeriesOutlinePaint(s, INK);
      renderer.setSeriesOutlineStroke(s, new BasicStroke(0.8f));
    }
    renderer.setDefaultItemLabelGenerator(new TableLabels(figure));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(TEXT.deriveFont(11f));
    renderer.setDefaultItemLabelPaint(INK);
    if (horizontal) {
      renderer.setDefaultPositiveItemLabelPosition(
          new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
      renderer.setDefaultNegativeItemLabelPosition(
          new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
    } else {
      renderer.setDefaultPositiveItemLabelPosition(
          new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    }
  }

  private static boolean hasNegative(Figure figure) {
    for (int r = 0; r < figure.table().size(); r++) {
      for (String key : figure.seriesKeys()) {
        BigDecimal v = figure.table().number(r, key);
        if (v != null && v.signum() < 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** A series is named by its column header. */
  static String seriesName(Figure figure, String key) {
    return figure.table().columns().get(figure.table().column(key)).header();
  }

  /**
   * The height of a figure's chart: horizontal bars get a fixed band per category, so long lists
   * stay readable.
   *
   * @param figure the figure
   * @return height in CSS pixels
   */
  public static int height(Figure figure) {
    if (figure.type() == ChartType.HISTOGRAM || figure.type() == ChartType.STEP_SERIES) {
      return 380;
    }
    int series = figure.seriesKeys().size();
    int band = series == 1 ? 28 : 16 + 18 * series;
    return 120 + (series > 1 ? 30 : 0) + band * Math.max(1, figure.table().size());
  }

  /**
   * Draws a figure as an SVG element for inlining: ids are prefixed with the figure id (several
   * charts share one HTML document), text stays text (searchable, selectable, printable), and the
   * element carries {@code role="img"} with a title and a description.
   *
   * @param figure the figure
   * @return the markup and the layout
   */
  static Svg svg(Figure figure) {
    int width = WIDTH;
    int height = height(figure);
    Document doc;
    try {
      doc =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .getDOMImplementation()
              .createDocument(SVG_NS, "svg", null);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML DOM in this JVM", e);
    }
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(doc);
    context.setIDGenerator(new PrefixedIds(figure.id() + "-"));
    context.setComment(null);
    context.setEmbeddedFontsOn(false);
    SVGGraphics2D g = new SVGGraphics2D(context, false);
    g.setSVGCanvasSize(new java.awt.Dimension(width, height));
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart(figure).draw(g, new Rectangle2D.Double(0, 0, width, height), info);
    Element root = g.getRoot();
    root.setAttribute("viewBox", "0 0 " + width + " " + height);
    root.setAttribute("role", "img");
    root.setAttribute("aria-labelledby", figure.id() + "-title " + figure.id() + "-desc");
    root.setAttribute("class", "chart");
    root.setAttribute("id", figure.id() + "-svg");
    Element title = doc.createElementNS(SVG_NS, "title");
    title.setAttribute("id", figure.id() + "-title");
    title.setTextContent(figure.title());
    Element desc = doc.createElementNS(SVG_NS, "desc");
    desc.setAttribute("id", figure.id() + "-desc");
    desc.setTextContent(figure.description());
    root.insertBefore(desc, root.getFirstChild());
    root.insertBefore(title, desc);
    StringWriter out = new StringWriter();
    try {
      g.stream(root, out, true, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String markup = out.toString();
    int start = markup.indexOf("<svg");
    markup =
        markup.substring(start).replace("id=\"genericDefs\"", "id=\"" + figure.id() + "-defs\"");
    return new Svg(markup, info, width, height);
  }

  /**
   * Draws a figure as SVG text for slides.
   *
   * @param figure the figure
   * @return a standalone SVG document
   */
  public static String svgDocument(Figure figure) {
    String svg = svg(figure).markup();
    if (!svg.contains("xmlns=")) {
      svg = svg.replaceFirst("<svg", "<svg xmlns=\"" + SVG_NS + "\"");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n";
  }

  /**
   * Draws a figure as PNG for slides.
   *
   * @param figure the figure
   * @param scale pixels per CSS pixel, 2 for sharp slides
   * @return the PNG bytes
   */
  public static byte[] png(Figure figure, int scale) {
    int width = WIDTH;
    int height = height(figure);
    BufferedImage image =
        new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.scale(scale, scale);
      chart(figure).draw(g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Bar labels are the table's own cell texts: exact, and identical to the table below. */
  private record TableLabels(Figure figure) implements CategoryItemLabelGenerator {
    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
      return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
      return dataset.getColumnKey(column).toString();
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      DataTable t = figure.table();
      return t.display(column, t.column(figure.seriesKeys().get(row)));
    }
  }

  /** Batik's ids, made unique per chart so several inline SVGs share one HTML document. */
  private static final class PrefixedIds extends SVGIDGenerator {
    private final String prefix;

    PrefixedIds(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public String generateID(String kind) {
      return super.generateID(prefix + kind);
    }
  }
}
