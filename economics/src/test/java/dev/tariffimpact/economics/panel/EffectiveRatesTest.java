package dev.tariffimpact.economics.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.TariffSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectiveRatesTest {

  static Measure mfn(String code, String rate) {
    return Measure.builder("mfn-" + code)
        .kind(MeasureKind.BASE_DUTY)
        .scope(code)
        .validity("2025-01-01..")
        .rate(rate)
        .provenance("toy", Confidence.V)
        .build();
  }

  /** Three lines at 0%, 10% and 40%; a 10% layer on chapter 61 from India from 2025-03-01. */
  static TariffSchedule toy() {
    return TariffSchedule.of(
        "US",
        Currency.getInstance("USD"),
        List.of(
            mfn("0101.21.00", "Free"),
            mfn("4202.11.00", "10%"),
            mfn("6109.10.00", "40%"),
            mfn("0802.12.00", "24¢/kg"),
            Measure.builder("extra-61")
                .kind(MeasureKind.ADDITIONAL_DUTY)
                .scope("61")
                .origins("IN")
                .validity("2025-03-01..")
                .rate("10%")
                .provenance("toy", Confidence.V)
                .build()));
  }

  static final List<ImportWeight> WEIGHTS =
      List.of(
          ImportWeight.of("0101.21.00", "IN", new BigDecimal("100")),
          ImportWeight.of("4202.11.00", "IN", new BigDecimal("200")),
          ImportWeight.of("6109.10", "IN", new BigDecimal("700")),
          ImportWeight.of("0802.12.00", "IN", new BigDecimal("30")),
          ImportWeight.of("9999.99", "IN", new BigDecimal("50")));

  static EffectiveRates etr(EtrGrouping grouping) {
    TariffSchedule s = toy();
    RatePanel panel =
        RatePanel.build(
            s,
            RatePanel.lines(s),
            List.of("IN"),
            LocalDate.parse("2025-01-01"),
            LocalDate.parse("2025-12-31"),
            Runnable::run);
    return EffectiveRates.of(WeightRates.of(panel, WEIGHTS), grouping);
  }

  @Test
  void threeLineToyByHand() {
    EffectiveRates e = etr(EtrGrouping.total());
    assertThat(e.rows()).hasSize(2);
    EffectiveRates.Row before = e.on(LocalDate.parse("2025-02-28"), "total").orElseThrow();
    // (100 x 0% + 200 x 10% + 700 x 40%) / 1000 = (0 + 20 + 280) / 1000 = 30%
    assertThat(before.duty()).isEqualByComparingTo("300.00");
    assertThat(before.ratedValue()).isEqualByComparingTo("1000");
    assertThat(before.etrPercent().orElseThrow()).isEqualByComparingTo("30.0000");
    assertThat(before.from()).isEqualTo(LocalDate.parse("2025-01-01"));
    assertThat(before.to()).isEqualTo(LocalDate.parse("2025-02-28"));
    // The specific-rate almonds and the uncovered code are reported, not rated at zero.
    assertThat(before.notComputableValue()).isEqualByComparingTo("30");
    assertThat(before.uncoveredValue()).isEqualByComparingTo("50");
    assertThat(before.importValue()).isEqualByComparingTo("1080");
    assertThat(before.valueByBand())
        .containsEntry(RateBand.FREE, new BigDecimal("100"))
        .containsEntry(RateBand.UP_TO_10, new BigDecimal("200"))
        .containsEntry(RateBand.FROM_25_TO_50, new BigDecimal("700"))
        .containsEntry(RateBand.FIFTY_OR_MORE, BigDecimal.ZERO);

    EffectiveRates.Row after = e.on(LocalDate.parse("2025-03-01"), "total").orElseThrow();
    // (0 + 20 + 700 x 50%) / 1000 = 370 / 1000 = 37%
    assertThat(after.duty()).isEqualByComparingTo("370.00");
    assertThat(after.etrPercent().orElseThrow()).isEqualByComparingTo("37.0000");
    assertThat(after.valueByBand()).containsEntry(RateBand.FIFTY_OR_MORE, new BigDecimal("700"));
    assertThat(after.to()).isEqualTo(LocalDate.parse("2025-12-31"));
  }

  @Test
  void claimableLayersAtAStatedShare() {
    TariffSchedule s = toy();
    RatePanel panel =
        RatePanel.build(
            s,
            RatePanel.lines(s),
            List.of("IN"),
            LocalDate.parse("2025-01-01"),
            LocalDate.parse("2025-12-31"),
            Runnable::run);
    EffectiveRates e =
        EffectiveRates.of(
            WeightRates.of(panel, WEIGHTS),
            EtrGrouping.total(),
            EffectiveRates.Claims.of(java.util.Set.of("extra-61"), new BigDecimal("0.4")));
    EffectiveRates.Row after = e.on(LocalDate.parse("2025-03-01"), "total").orElseThrow();
    // The 10% layer on the 700 of chapter 61 is 70 of duty; 40% of it is claimed: 370 - 28 = 342.
    assertThat(after.duty()).isEqualByComparingTo("370.00");
    assertThat(after.claimableDuty()).isEqualByComparingTo("70");
    assertThat(after.dutyAfterClaims()).isEqualByComparingTo("342.00");
    assertThat(after.etrAfterClaimsPercent().orElseThrow()).isEqualByComparingTo("34.2000");
    // Before the layer exists nothing is claimable: statutory and claimable ETR agree.
    EffectiveRates.Row before = e.on(LocalDate.parse("2025-01-15"), "total").orElseThrow();
    assertThat(before.etrAfterClaimsPercent()).isEqualTo(before.etrPercent());
  }

  @Test
  void byChapter() {
    EffectiveRates e = etr(EtrGrouping.chapter());
    EffectiveRates.Row ch61 = e.on(LocalDate.parse("2025-06-01"), "61").orElseThrow();
    assertThat(ch61.etrPercent().orElseThrow()).isEqualByComparingTo("50.0000");
    EffectiveRates.Row ch01 = e.on(LocalDate.parse("2025-06-01"), "01").orElseThrow();
    assertThat(ch01.etrPercent().orElseThrow()).isEqualByComparingTo("0.0000");
    EffectiveRates.Row ch99 = e.on(LocalDate.parse("2025-06-01"), "99").orElseThrow();
    assertThat(ch99.etrPercent()).isEmpty();
  }

  @Test
  void bandEdges() {
    assertThat(RateBand.of(BigDecimal.ZERO)).isEqualTo(RateBand.FREE);
    assertThat(RateBand.of(new BigDecimal("10"))).isEqualTo(RateBand.UP_TO_10);
    assertThat(RateBand.of(new BigDecimal("10.01"))).isEqualTo(RateBand.FROM_10_TO_25);
    assertThat(RateBand.of(new BigDecimal("25"))).isEqualTo(RateBand.FROM_10_TO_25);
    assertThat(RateBand.of(new BigDecimal("49.99"))).isEqualTo(RateBand.FROM_25_TO_50);
    assertThat(RateBand.of(new BigDecimal("50"))).isEqualTo(RateBand.FIFTY_OR_MORE);
  }
}
