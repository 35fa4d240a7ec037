package dev.tariffimpact.economics.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.TariffSchedule;
import dev.tariffimpact.schedule.TotalLimit;
import dev.tariffimpact.schedule.Validity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Top-ups and caps on a line's total (TotalLimit), by hand arithmetic in percent. */
class RateStackTest {

  private static final LocalDate DAY = LocalDate.parse("2026-05-01");

  private static Measure.Builder m(String id, MeasureKind kind, String scope, String rate) {
    return Measure.builder(id)
        .kind(kind)
        .scope(scope)
        .validity(Validity.parse("2025-01-01.."))
        .rate(rate)
        .provenance("test", Confidence.V);
  }

  /** MFN lines: 8207.20.00 at 5.3%, 6109.10.00 at 16.5%, 8401.40.00 Free, 8417.90.00 at 2%. */
  private static RateStack stack(String code, Measure... more) {
    List<Measure> measures = new ArrayList<>();
    measures.add(m("mfn-8207", MeasureKind.BASE_DUTY, "8207.20.00", "5.3%").build());
    measures.add(m("mfn-6109", MeasureKind.BASE_DUTY, "6109.10.00", "16.5%").build());
    measures.add(m("mfn-8401", MeasureKind.BASE_DUTY, "8401.40.00", "Free").build());
    measures.add(m("mfn-8417", MeasureKind.BASE_DUTY, "8417.90.00", "2%").build());
    measures.addAll(List.of(more));
    TariffSchedule schedule = TariffSchedule.of("US", Currency.getInstance("USD"), measures);
    return RateStack.of(
        CompiledSchedule.of(schedule, DAY).applicable(ProductCode.parse(code), "DE"));
  }

  private static final String ALL = "8207.20.00, 6109.10.00, 8401.40.00, 8417.90.00";

  @ParameterizedTest(name = "top-up to 15%: {0} totals {1}%")
  @CsvSource({
    "8207.20.00, 15.0, 9.7", // 5.3 + (15 - 5.3)
    "6109.10.00, 16.5, 0", // already above 15: the top-up charges nothing (9903.82.11)
    "8401.40.00, 15, 15", // Free + 15
    "8417.90.00, 15, 13" // 2 + 13
  })
  void aFreeTopUpBringsTheBaseDutyToItsTotal(String code, String total, String layer) {
    RateStack s =
        stack(
            code,
            m("top-up", MeasureKind.ADDITIONAL_DUTY, ALL, "Free")
                .total(TotalLimit.atLeast(new BigDecimal("15")))
                .build());
    assertThat(s.totalPercent()).get().isEqualTo(new BigDecimal(total).stripTrailingZeros());
    assertThat(s.layers().get(1).measureId()).isEqualTo("top-up");
    assertThat(s.layers().get(1).percent()).isEqualByComparingTo(layer);
  }

  @ParameterizedTest(name = "25% capped at a 15% total: {0} totals {1}%")
  @CsvSource({
    "8207.20.00, 15, 9.7", // min(25, 15 - 5.3)
    "6109.10.00, 16.5, 0", // min(25, max(0, 15 - 16.5))
    "8401.40.00, 15, 15", // min(25, 15 - 0)
    "8417.90.00, 15, 13" // min(25, 15 - 2)
  })
  void aCapKeepsTheTotalAtItsLimit(String code, String total, String layer) {
    RateStack s =
        stack(
            code,
            m("capped", MeasureKind.ADDITIONAL_DUTY, ALL, "25%")
                .total(TotalLimit.atMost(new BigDecimal("15")))
                .build());
    assertThat(s.totalPercent()).get().isEqualTo(new BigDecimal(total).stripTrailingZeros());
    assertThat(s.layers().get(1).percent()).isEqualByComparingTo(layer);
  }

  @Test
  void aCapBelowTheRateRoomChargesTheRate() {
    // 10% capped at a 15% total on a 2% line: min(10, 13) = 10, total 12.
    RateStack s =
        stack(
            "8417.90.00",
            m("capped", MeasureKind.ADDITIONAL_DUTY, ALL, "10%")
                .total(TotalLimit.atMost(new BigDecimal("15")))
                .build());
    assertThat(s.totalPercent()).get().isEqualTo(new BigDecimal("12"));
  }

  @Test
  void otherAdditionalDutiesAreNotPartOfTheBoundedTotal() {
    // The limit counts the base duty and its own measure only: 5.3 + 9.7 + an uncapped 10 = 25.
    RateStack s =
        stack(
            "8207.20.00",
            m("capped", MeasureKind.ADDITIONAL_DUTY, ALL, "25%")
                .total(TotalLimit.atMost(new BigDecimal("15")))
                .build(),
            m("other", MeasureKind.ADDITIONAL_DUTY, ALL, "10%").build());
    assertThat(s.totalPercent()).get().isEqualTo(new BigDecimal("25"));
    assertThat(s.layers())
        .extracting(RateLayer::percent)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactlyInAnyOrder(
            new BigDecimal("5.3"), new BigDecimal("9.7"), new BigDecimal("10"));
  }

  @Test
  void withoutALimitTheLayersAdd() {
    RateStack s = stack("8207.20.00", m("plain", MeasureKind.ADDITIONAL_DUTY, ALL, "25%").build());
    assertThat(s.totalPercent()).get().isEqualTo(new BigDecimal("30.3"));
  }
}
