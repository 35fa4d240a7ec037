package dev.tariffimpact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tariffimpact.report.DataTable.Kind;
import dev.tariffimpact.report.Figure.ChartType;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.junit.jupiter.api.Test;

/** The numbers-to-chart mapping: bar lengths and positions from hand-chosen numbers. */
class ChartsTest {

  private static final double PX = 0.01;

  @Test
  void barLengthsAreProportionalToValuesAndNegativeBarsGoLeftOfZero() {
    DataTable t =
        DataTable.builder("hand numbers")
            .column("category", "category", Kind.TEXT)
            .column("change", "change (USD)", Kind.MONEY)
            .row("apparel", new BigDecimal("100.00"))
            .row("footwear", new BigDecimal("-50.00"))
            .row("gems", new BigDecimal("25.00"))
            .build();
    Figure f =
        new Figure(
            "bars",
            "Change",
            ChartType.BAR,
            t,
            "category",
            List.of("change"),
            "USD",
            "Category",
            "d");
    Charts.Svg svg = Charts.svg(f);
    List<Rectangle2D> bars = bars(svg);
    assertThat(bars).hasSize(3);
    Rectangle2D apparel = bars.get(0);
    Rectangle2D footwear = bars.get(1);
    Rectangle2D gems = bars.get(2);
    // 100 : 50 : 25 -> lengths 4 : 2 : 1 (horizontal bars: length is the width)
    assertThat(apparel.getWidth()).isCloseTo(4 * gems.getWidth(), within(PX));
    assertThat(footwear.getWidth()).isCloseTo(2 * gems.getWidth(), within(PX));
    // positive bars start at the zero line, the negative one ends there
    double zero = apparel.getMinX();
    assertThat(gems.getMinX()).isCloseTo(zero, within(PX));
    assertThat(footwear.getMaxX()).isCloseTo(zero, within(PX));
    // one row per category, top to bottom in table order, equal thickness
    assertThat(apparel.getMaxY()).isLessThan(footwear.getMinY());
    assertThat(footwear.getMaxY()).isLessThan(gems.getMinY());
    assertThat(apparel.getHeight()).isCloseTo(gems.getHeight(), within(PX));
    // the scale is linear from the zero line: 100 units over the data area at the axis' range
    Rectangle2D area = svg.info().getPlotInfo().getDataArea();
    assertThat(area.contains(apparel) && area.contains(footwear)).isTrue();
    // every bar is in the SVG markup at the same place, labelled with the table's exact text
    for (Rectangle2D r : bars) {
      assertThat(svgHasRect(svg.markup(), r)).as("rect %s in the SVG", r).isTrue();
    }
    assertThat(svg.markup().replaceAll("\\s*>", ">")).contains(">100.00<", ">-50.00<", ">25.00<");
  }

  @Test
  void groupedBarsPutOneBarPerSeriesSideBySide() {
    DataTable t =
        DataTable.builder("rates")
            .column("origin", "origin", Kind.TEXT)
            .column("before", "peak (%)", Kind.PERCENT)
            .column("after", "s122 (%)", Kind.PERCENT)
            .row("IN", new BigDecimal("40.0000"), new BigDecimal("16.0000"))
            .row("CN", new BigDecimal("8.0000"), new BigDecimal("8.0000"))
            .build();
    Figure f =
        new Figure(
            "grouped",
            "Rates",
            ChartType.GROUPED_BAR,
            t,
            "origin",
            List.of("before", "after"),
            "%",
            "Origin",
            "d");
    Charts.Svg svg = Charts.svg(f);
    List<CategoryItemEntity> items = entities(svg);
    assertThat(items).hasSize(4);
    Rectangle2D inBefore = bar(items, "peak (%)", "IN");
    Rectangle2D inAfter = bar(items, "s122 (%)", "IN");
    Rectangle2D cnBefore = bar(items, "peak (%)", "CN");
    Rectangle2D cnAfter = bar(items, "s122 (%)", "CN");
    // 40 / 16 = 2.5; 40 / 8 = 5; equal rates give equal bars
    assertThat(inBefore.getWidth()).isCloseTo(2.5 * inAfter.getWidth(), within(PX));
    assertThat(inBefore.getWidth()).isCloseTo(5 * cnBefore.getWidth(), within(PX));
    assertThat(cnBefore.getWidth()).isCloseTo(cnAfter.getWidth(), within(PX));
    // within a group the first series is above the second, and the groups do not overlap
    assertThat(inBefore.getMaxY()).isLessThanOrEqualTo(inAfter.getMinY() + PX);
    assertThat(inAfter.getMaxY()).isLessThan(cnBefore.getMinY());
    assertThat(svg.markup().replaceAll("\\s*>", ">"))
        .contains(">40.0000<", ">16.0000<", "peak (%)", "s122 (%)");
  }

  @Test
  void histogramBarsAreVerticalWithHeightsProportionalToCounts() {
    DataTable t =
        DataTable.builder("bins")
            .column("bin", "bin", Kind.TEXT)
            .column("lines", "lines", Kind.COUNT)
            .row("-10 to -5", 30L)
            .row("-5 to 0", 0L)
            .row("no change", 120L)
            .row("0 to 5", 60L)
            .build();
    Figure f =
        new Figure(
            "hist",
            "Histogram",
            ChartType.HISTOGRAM,
            t,
            "bin",
            List.of("lines"),
            "Lines (count)",
            "Change (pp)",
            "d");
    List<Rectangle2D> bars = bars(Charts.svg(f));
    assertThat(bars).hasSize(4);
    Rectangle2D a = bars.get(0);
    Rectangle2D zero = bars.get(1);
    Rectangle2D c = bars.get(2);
    Rectangle2D d = bars.get(3);
    // 120 : 60 : 30 -> heights 4 : 2 : 1, all standing on the same baseline
    assertThat(c.getHeight()).isCloseTo(4 * a.getHeight(), within(PX));
    assertThat(d.getHeight()).isCloseTo(2 * a.getHeight(), within(PX));
    assertThat(zero.getHeight()).isCloseTo(0, within(PX));
    assertThat(a.getMaxY()).isCloseTo(c.getMaxY(), within(PX));
    // left to right in bin order, equal widths, nearly touching (a histogram, not a bar chart)
    assertThat(a.getMaxX()).isLessThan(zero.getMinX());
    assertThat(c.getMaxX()).isLessThan(d.getMinX());
    assertThat(a.getWidth()).isCloseTo(d.getWidth(), within(PX));
    assertThat(d.getMinX() - c.getMaxX()).isLessThan(0.1 * a.getWidth());
  }

  @Test
  void svgIsAccessibleAndItsIdsArePrefixedPerFigure() {
    DataTable t = oneBar("a & <b>");
    Figure f =
        new Figure("fig-one", "Title", ChartType.BAR, t, "k", List.of("v"), "USD", "K", "What.");
    String svg = Charts.svg(f).markup();
    assertThat(svg).startsWith("<svg").contains("role=\"img\"");
    // Batik breaks lines inside tags: compare without that whitespace
    String flat = svg.replaceAll("\\s*>", ">");
    assertThat(flat).contains("<title id=\"fig-one-title\">Title</title>");
    assertThat(flat).contains("<desc id=\"fig-one-desc\">What.</desc>");
    assertThat(svg).contains("a &amp; &lt;b").doesNotContain("<b>");
    Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(svg);
    while (ids.find()) {
      assertThat(ids.group(1)).startsWith("fig-one-");
    }
    assertThat(svg).doesNotContain("<script", "http://www.w3.org/1999/xlink\" xlink:href=\"http");
  }

  @Test
  void pngExportIsAnImageTwiceTheCssSize() throws Exception {
    DataTable t = oneBar("a");
    Figure f = new Figure("png", "T", ChartType.BAR, t, "k", List.of("v"), "USD", "K", "d");
    byte[] png = Charts.png(f, 2);
    var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(2 * Charts.WIDTH);
    assertThat(image.getHeight()).isEqualTo(2 * Charts.height(f));
  }

  private static DataTable oneBar(String category) {
    return DataTable.builder("one")
        .column("k", "k", Kind.TEXT)
        .column("v", "v (USD)", Kind.MONEY)
        .row(category, new BigDecimal("1.00"))
        .build();
  }

  static List<CategoryItemEntity> entities(Charts.Svg svg) {
    List<CategoryItemEntity> out = new ArrayList<>();
    for (Object o : svg.info().getEntityCollection().getEntities()) {
      if (o instanceof CategoryItemEntity e) {
        out.add(e);
      }
    }
    return out;
  }

  /** Bars in dataset order (for one series: table row order). */
  static List<Rectangle2D> bars(Charts.Svg svg) {
    return entities(svg).stream().map(ChartEntity::getArea).map(s -> s.getBounds2D()).toList();
  }

  private static Rectangle2D bar(List<CategoryItemEntity> items, String series, String category) {
    return items.stream()
        .filter(e -> e.getRowKey().equals(series) && e.getColumnKey().equals(category))
        .findFirst()
        .orElseThrow()
        .getArea()
        .getBounds2D();
  }

  private static boolean svgHasRect(String svg, Rectangle2D r) {
    Matcher m = Pattern.compile("<rect[^>]*>").matcher(svg);
    while (m.find()) {
      String rect = m.group();
      if (near(attribute(rect, "x"), r.getX())
          && near(attribute(rect, "y"), r.getY())
          && near(attribute(rect, "width"), r.getWidth())
          && near(attribute(rect, "height"), r.getHeight())) {
        return true;
      }
    }
    return false;
  }

  private static double attribute(String element, String name) {
    Matcher m = Pattern.compile(" " + name + "=\"([-0-9.]+)\"").matcher(element);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  private static boolean near(double svg, double expected) {
    return Math.abs(svg - expected) < 0.01;
  }
}
