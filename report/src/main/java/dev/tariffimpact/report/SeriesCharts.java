package dev.tariffimpact.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of time series and uncertainty bands (for impact runs): a step line over dates with
 * events marked, and P5-P95 bands with the P50. Values come from the figure's table, as in {@link
 * Charts}.
 */
final class SeriesCharts {

  private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

  private SeriesCharts() {}

  /** Milliseconds of a date's start in UTC: the x of a day on the date axis. */
  static long x(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  static JFreeChart step(Figure figure) {
    DataTable t = figure.table();
    XYSeriesCollection data = new XYSeriesCollection();
    for (String key : figure.seriesKeys()) {
      XYSeries series = new XYSeries(Charts.seriesName(figure, key), false, true);
      for (int r = 0; r < t.size(); r++) {
        BigDecimal v = t.number(r, key);
        if (v != null) {
          series.add(x(date(figure, r)), v.doubleValue());
        }
      }
      data.addSeries(series);
    }
    DateAxis dates = new DateAxis(figure.categoryAxisLabel(), UTC, java.util.Locale.ROOT);
    SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd", java.util.Locale.ROOT);
    iso.setTimeZone(UTC);
    dates.setDateFormatOverride(iso);
    NumberAxis values = new NumberAxis(figure.valueAxisLabel());
    values.setAutoRangeIncludesZero(true);
    values.setUpperMargin(0.15);
    Charts.axes(dates, values);
    XYStepRenderer line = new XYStepRenderer();
    for (int s = 0; s < figure.seriesKeys().size(); s++) {
      line.setSeriesPaint(s, Charts.FILLS[(s + 1) % Charts.FILLS.length]);
      // the second series is dashed: told apart without colour
      line.setSeriesStroke(
          s,
          s == 0
              ? new BasicStroke(2.5f)
              : new BasicStroke(
                  2.5f,
                  BasicStroke.CAP_BUTT,
                  BasicStroke.JOIN_MITER,
                  10f,
                  new float[] {6f, 4f},
                  0f));
    }
    XYPlot plot = new XYPlot(data, dates, values, line);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xcccccc));
    plot.setDomainGridlinesVisible(false);
    plot.setOutlineVisible(false);
    if (figure.markerKey() != null) {
      int marked = 0;
      for (int r = 0; r < t.size(); r++) {
        Object event = t.cell(r, figure.markerKey());
        if (event != null && !event.toString().isBlank()) {
          ValueMarker m = new ValueMarker(x(date(figure, r)));
          m.setPaint(Charts.INK);
          m.setStroke(
              new BasicStroke(
                  1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f));
          m.setLabel(event.toString());
          m.setLabelFont(Charts.TEXT.deriveFont(10f));
          m.setLabelPaint(Charts.INK);
          m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
          m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
          m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
          // labels of changes close in time are staggered, not drawn over each other
          m.setLabelOffset(new RectangleInsets(4 + 14 * (marked++ % 3), 3, 3, 3));
          plot.addDomainMarker(m);
        }
      }
    }
    return Charts.titled(figure, plot, figure.seriesKeys().size() > 1);
  }

  private static LocalDate date(Figure figure, int row) {
    Object cell = figure.table().cell(row, figure.categoryKey());
    try {
      return LocalDate.parse(String.valueOf(cell));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "figure '" + figure.id() + "' row " + (row + 1) + ": '" + cell + "' is not an ISO date",
          e);
    }
  }

  static JFreeChart interval(Figure figure) {
    DataTable t = figure.table();
    int n = t.size();
    Number[][] starts = new Number[1][n];
    Number[][] ends = new Number[1][n];
    String[] rows = new String[n];
    DefaultCategoryDataset middles = new DefaultCategoryDataset();
    String low = figure.seriesKeys().get(0);
    String mid = figure.seriesKeys().get(1);
    String high = figure.seriesKeys().get(2);
    String bandName = Charts.seriesName(figure, low) + " to " + Charts.seriesName(figure, high);
    for (int r = 0; r < n; r++) {
      rows[r] = String.valueOf(t.cell(r, figure.categoryKey()));
      starts[0][r] = value(t.number(r, low));
      ends[0][r] = value(t.number(r, high));
      middles.addValue(value(t.number(r, mid)), Charts.seriesName(figure, mid), rows[r]);
    }
    DefaultIntervalCategoryDataset bands =
        new DefaultIntervalCategoryDataset(new String[] {bandName}, rows, starts, ends);
    CategoryAxis categories = new CategoryAxis(figure.categoryAxisLabel());
    categories.setCategoryMargin(0.3);
    NumberAxis values = new NumberAxis(figure.valueAxisLabel());
    values.setAutoRangeIncludesZero(true);
    values.setUpperMargin(0.25);
    values.setLowerMargin(0.25);
    Charts.axes(categories, values);
    IntervalBarRenderer bars = new IntervalBarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(true);
    bars.setSeriesPaint(0, Charts.FILLS[0]);
    bars.setSeriesOutlinePaint(0, Charts.INK);
    bars.setMaximumBarWidth(0.12);
    CategoryPlot plot = new CategoryPlot(bands, categories, values, bars);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(new Color(0xcccccc));
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(Charts.INK);
    LineAndShapeRenderer points = new LineAndShapeRenderer(false, true);
    points.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
    points.setSeriesPaint(0, Charts.FILLS[3]);
    // the label says all three numbers, so the band reads without the axis or colour
    points.setDefaultItemLabelGenerator(
        new org.jfree.chart.labels.CategoryItemLabelGenerator() {
          @Override
          public String generateRowLabel(org.jfree.data.category.CategoryDataset d, int row) {
            return d.getRowKey(row).toString();
          }

          @Override
          public String generateColumnLabel(org.jfree.data.category.CategoryDataset d, int col) {
            return d.getColumnKey(col).toString();
          }

          @Override
          public String generateLabel(org.jfree.data.category.CategoryDataset d, int row, int col) {
            return t.display(col, t.column(mid))
                + " ("
                + t.display(col, t.column(low))
                + " to "
                + t.display(col, t.column(high))
                + ")";
          }
        });
    points.setDefaultItemLabelsVisible(true);
    points.setDefaultItemLabelFont(Charts.TEXT.deriveFont(11f));
    points.setDefaultItemLabelPaint(Charts.INK);
    points.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    points.setDefaultNegativeItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    points.setItemLabelAnchorOffset(14);
    plot.setDataset(1, middles);
    plot.setRenderer(1, points);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // points over the bands
    return Charts.titled(figure, plot, true);
  }

  private static Double value(BigDecimal v) {
    return v == null ? null : v.doubleValue();
  }
}
