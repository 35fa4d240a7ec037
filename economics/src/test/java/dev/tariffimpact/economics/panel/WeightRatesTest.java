package dev.tariffimpact.economics.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.schedule.TariffSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WeightRatesTest {

  static final TariffSchedule TWO_LINES =
      TariffSchedule.of(
          "US",
          Currency.getInstance("USD"),
          List.of(
              EffectiveRatesTest.mfn("6109.10.00", "10%"),
              EffectiveRatesTest.mfn("6109.90.10", "20%"),
              EffectiveRatesTest.mfn("6109.90.80", "8¢/kg")));

  static RatePanel panel() {
    return RatePanel.build(
        TWO_LINES,
        RatePanel.lines(TWO_LINES),
        List.of("IN"),
        LocalDate.parse("2025-01-01"),
        LocalDate.parse("2025-01-31"),
        Runnable::run);
  }

  @Test
  void coarseWeightTakesTheMeanOfTheComputableLinesBelowIt() {
    WeightRates r =
        WeightRates.of(
            panel(),
            List.of(
                ImportWeight.of("6109", "IN", BigDecimal.TEN),
                ImportWeight.of("6109.90", "IN", BigDecimal.TEN),
                ImportWeight.of("6109.10.00.12", "IN", BigDecimal.TEN),
                ImportWeight.of("6110", "IN", BigDecimal.TEN),
                ImportWeight.of("6109.90.80", "IN", BigDecimal.TEN)));
    // 6109: lines at 10%, 20% and a specific rate: (10 + 20) / 2 = 15; 6109.90: 20 alone.
    assertThat(r.lineCount(0)).isEqualTo(3);
    assertThat(r.rate(0, 0).orElseThrow()).isEqualByComparingTo("15");
    assertThat(r.rate(1, 0).orElseThrow()).isEqualByComparingTo("20");
    // Finer than a line: that line's rate.
    assertThat(r.rate(2, 0).orElseThrow()).isEqualByComparingTo("10");
    assertThat(r.status(3, 0)).isEqualTo(WeightRates.Status.UNCOVERED);
    assertThat(r.status(4, 0)).isEqualTo(WeightRates.Status.NOT_COMPUTABLE);
    assertThat(r.rate(4, 0)).isEmpty();
    assertThat(r.layerPercent(0, 0, Set.of("mfn-6109.90.10")).orElseThrow())
        .isEqualByComparingTo("10"); // (0 + 20) / 2
  }

  @Test
  void aWeightFromAnOriginOutsideThePanelIsRefused() {
    assertThatThrownBy(
            () -> WeightRates.of(panel(), List.of(ImportWeight.of("6109", "CN", BigDecimal.ONE))))
        .hasMessageContaining("CN");
  }

  @Test
  void changePointsAreTheStartsAndTheDaysAfterTheEndsInsideTheRange() {
    TariffSchedule s =
        TariffSchedule.of(
            "US",
            Currency.getInstance("USD"),
            List.of(
                EffectiveRatesTest.mfn("6109.10.00", "10%"),
                dev.tariffimpact.schedule.Measure.builder("layer")
                    .kind(dev.tariffimpact.schedule.MeasureKind.ADDITIONAL_DUTY)
                    .scope("*")
                    .validity("2025-03-01..2025-05-31")
                    .rate("5%")
                    .provenance("toy", dev.tariffimpact.schedule.Confidence.V)
                    .build()));
    assertThat(ChangePoints.of(s, LocalDate.parse("2025-02-01"), LocalDate.parse("2025-12-31")))
        .containsExactly(
            LocalDate.parse("2025-02-01"),
            LocalDate.parse("2025-03-01"),
            LocalDate.parse("2025-06-01"));
    assertThat(ChangePoints.of(s, LocalDate.parse("2025-04-01"), LocalDate.parse("2025-05-31")))
        .containsExactly(LocalDate.parse("2025-04-01"));
    assertThatThrownBy(
            () -> ChangePoints.of(s, LocalDate.parse("2025-04-01"), LocalDate.parse("2025-03-31")))
        .hasMessageContaining("2025-04-01");
  }
}
