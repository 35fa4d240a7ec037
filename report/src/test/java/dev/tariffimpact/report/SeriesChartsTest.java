package dev.tariffimpact.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tariffimpact.report.DataTable.Kind;
import dev.tariffimpact.report.Figure.ChartType;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.junit.jupiter.api.Test;

/** The charts for impact runs: a step series over dates with events, and uncertainty bands. */
class SeriesChartsTest {

  private static final double PX = 0.05;

  @Test
  void stepSeriesPlacesDatesByDayAndValuesLinearlyWithEventsMarked() {
    DataTable t =
        DataTable.builder("ETR of goods of India")
            .column("date", "date", Kind.TEXT)
            .column("etr", "effective rate (%)", Kind.PERCENT)
            .column("event", "legal change", Kind.TEXT)
            .row("2025-01-01", new BigDecimal("2.5"), "")
            .row("2025-08-07", new BigDecimal("27.5"), "IEEPA 25%")
            .row("2026-02-24", new BigDecimal("12.5"), "S122")
            .row("2026-09-30", new BigDecimal("17.5"), "")
            .build();
    Figure f =
        new Figure(
            "etr",
            "ETR",
            ChartType.STEP_SERIES,
            t,
            "date",
            List.of("etr"),
            "Effective rate (%)",
            "Date",
            "d",
            "event");
    Charts.Svg svg = Charts.svg(f);
    List<Rectangle2D> points = new ArrayList<>();
    for (Object o : svg.info().getEntityCollection().getEntities()) {
      if (o instanceof XYItemEntity e) {
        points.add(e.getArea().getBounds2D());
      }
    }
    // the step renderer reports the points it steps to: the 2nd, 3rd and 4th
    assertThat(points).hasSize(3);
    double x1 = points.get(0).getCenterX();
    double x2 = points.get(1).getCenterX();
    double x3 = points.get(2).getCenterX();
    // 2025-08-07 to 2026-02-24 is 201 days; to 2026-09-30 is 419 days
    assertThat((x2 - x1) / (x3 - x1)).isCloseTo(201.0 / 419.0, within(0.001));
    double y1 = points.get(0).getCenterY();
    double y2 = points.get(1).getCenterY();
    double y3 = points.get(2).getCenterY();
    // (27.5 - 12.5) / (17.5 - 12.5) = 3; y grows downwards
    assertThat((y2 - y1) / (y2 - y3)).isCloseTo(3.0, within(0.001));
    String flat = svg.markup().replaceAll("\\s*>", ">");
    assertThat(flat).contains(">IEEPA 25%<", ">S122<", ">2025-");
  }

  @Test
  void intervalBarsSpanLowToHighWithTheMiddleMarkedAndLabelled() {
    DataTable t =
        DataTable.builder("effects")
            .column("effect", "effect", Kind.TEXT)
            .column("p5", "P5 (%)", Kind.PERCENT)
            .column("p50", "P50 (%)", Kind.PERCENT)
            .column("p95", "P95 (%)", Kind.PERCENT)
            .row("imports", new BigDecimal("-30"), new BigDecimal("-20"), new BigDecimal("-12"))
            .row("revenue", new BigDecimal("10"), new BigDecimal("15"), new BigDecimal("30"))
            .build();
    Figure f =
        new Figure(
            "bands",
            "Effects",
            ChartType.INTERVAL,
            t,
            "effect",
            List.of("p5", "p50", "p95"),
            "Change (%)",
            "Effect",
            "d");
    Charts.Svg svg = Charts.svg(f);
    List<Rectangle2D> bars = new ArrayList<>();
    List<Rectangle2D> dots = new ArrayList<>();
    for (Object o : svg.info().getEntityCollection().getEntities()) {
      if (o instanceof CategoryItemEntity e) {
        (e.getRowKey().equals("P50 (%)") ? dots : bars).add(e.getArea().getBounds2D());
      }
    }
    assertThat(bars).hasSize(2);
    assertThat(dots).hasSize(2);
    // bands of 18 and 20 points: lengths 0.9 : 1
    assertThat(bars.get(0).getWidth() / bars.get(1).getWidth()).isCloseTo(0.9, within(0.001));
    // the P50 sits 10/18 of the way from P5 to P95, and 5/20 in the second band
    Rectangle2D a = bars.get(0);
    assertThat(dots.get(0).getCenterX())
        .isCloseTo(a.getMinX() + a.getWidth() * 10 / 18, within(PX));
    Rectangle2D b = bars.get(1);
    assertThat(dots.get(1).getCenterX()).isCloseTo(b.getMinX() + b.getWidth() * 5 / 20, within(PX));
    // the negative band lies left of the positive one, with no overlap
    assertThat(a.getMaxX()).isLessThan(b.getMinX());
    assertThat(svg.markup().replaceAll("\\s*>", ">"))
        .contains(">-20 (-30 to -12)<", ">15 (10 to 30)<");
  }

  @Test
  void anIntervalNeedsThreeColumnsAndAStepSeriesIsoDates() {
    DataTable t =
        DataTable.builder("x")
            .column("k", "k", Kind.TEXT)
            .column("v", "v", Kind.PERCENT)
            .row("not a date", BigDecimal.ONE)
            .build();
    assertThatThrownBy(
            () -> new Figure("i", "t", ChartType.INTERVAL, t, "k", List.of("v"), "v", "k", "d"))
        .hasMessageContaining("plots 3 columns");
    Figure step = new Figure("s", "t", ChartType.STEP_SERIES, t, "k", List.of("v"), "v", "k", "d");
    assertThatThrownBy(() -> Charts.svg(step))
        .hasMessageContaining("row 1: 'not a date' is not an ISO date");
  }
}
