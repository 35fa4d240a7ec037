package dev.tariffimpact.customs;

import static dev.tariffimpact.customs.Fixtures.EUR;
import static dev.tariffimpact.customs.Fixtures.GBP;
import static dev.tariffimpact.customs.Fixtures.date;
import static dev.tariffimpact.customs.Fixtures.dec;
import static dev.tariffimpact.customs.Fixtures.measure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.customs.AssessmentException.Reason;
import dev.tariffimpact.rate.AdValorem;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.TariffSchedule;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** EU (at Germany's 19% VAT) and UK examples worked by hand; duty rates are illustrative. */
class AssessorEuGbTest {

  private static final ExchangeRates EU_RATES =
      ExchangeRates.builder()
          .add("USD", "EUR", "0.9500", "2026-02-01", "2026-02-28", "ECB monthly (illustrative)")
          .add("USD", "EUR", "0.9000", "2026-03-01", "2026-03-31", "ECB monthly (illustrative)")
          .build();

  private static CompiledSchedule eu(String date) {
    return CompiledSchedule.of(
        TariffSchedule.of(
            "EU",
            EUR,
            List.of(
                measure(
                    "eu-cet-6109",
                    MeasureKind.BASE_DUTY,
                    "6109",
                    "*",
                    "2025-01-01..",
                    AdValorem.of("12")),
                measure(
                    "eu-cet-6110",
                    MeasureKind.BASE_DUTY,
                    "6110",
                    "*",
                    "2025-01-01..",
                    AdValorem.of("12")))),
        date(date));
  }

  private static CompiledSchedule gb(String date) {
    return CompiledSchedule.of(
        TariffSchedule.of(
            "GB",
            GBP,
            List.of(
                measure(
                    "gb-ukgt-6109",
                    MeasureKind.BASE_DUTY,
                    "6109",
                    "*",
                    "2025-01-01..",
                    AdValorem.of("12")),
                measure(
                    "gb-ukgt-2208",
                    MeasureKind.BASE_DUTY,
                    "2208",
                    "*",
                    "2025-01-01..",
                    AdValorem.of("10")))),
        date(date));
  }

  private static ShipmentLine.Builder line(
      String code, String value, String currency, String entry) {
    return ShipmentLine.builder(code, "IN")
        .value(value, currency)
        .transportMode(TransportMode.POSTAL)
        .entryDate(date(entry));
  }

  @Test
  void euCifValueAtTheMonthlyRateDutyAndVatOnValuePlusDuty() {
    ShipmentLine l =
        ShipmentLine.builder("6109.10.00", "IN")
            .value("2000.00", "USD")
            .freight(dec("150.00"))
            .insurance(dec("10.00"))
            .transportMode(TransportMode.OCEAN)
            .exportDate(date("2026-02-20"))
            .entryDate(date("2026-03-17"))
            .build();

    Assessment a = Assessor.of(CustomsRegime.eu(dec("19")), EU_RATES).assess(l, eu("2026-03-17"));

    // CIF 2,000 + 150 + 10 = 2,160 USD x 0.9000 (rate of March, looked up on 2026-03-01) = 1,944.00
    assertThat(a.customsValue()).isEqualByComparingTo("1944.00");
    // duty 12% x 1,944.00 = 233.28
    assertThat(a.component("eu-cet-6109", 0).orElseThrow().amount()).isEqualTo(dec("233.28"));
    // VAT 19% x (1,944.00 + 233.28 = 2,177.28) = 413.6832 -> 413.68
    AssessmentComponent vat = a.component("EU-VAT", 0).orElseThrow();
    assertThat(vat.base()).isEqualByComparingTo("2177.28");
    assertThat(vat.amount()).isEqualTo(dec("413.68"));
    // total 233.28 + 413.68 = 646.96; landed 1,944.00 + 646.96 = 2,590.96
    assertThat(a.totalCharges()).isEqualByComparingTo("646.96");
    assertThat(a.landedCost()).contains(dec("2590.96"));
  }

  @Test
  void euCifBasisWithoutFreightIsAnErrorNamingFreight() {
    ShipmentLine l = line("6109.10.00", "2000.00", "EUR", "2026-03-17").build();
    assertThatThrownBy(() -> Assessor.of(CustomsRegime.eu(dec("19"))).assess(l, eu("2026-03-17")))
        .isInstanceOf(AssessmentException.class)
        .hasMessageContaining("line 1 (6109.10.00 from IN)")
        .hasMessageContaining("freight")
        .extracting(e -> ((AssessmentException) e).reason())
        .isEqualTo(Reason.MISSING_INPUT);
  }

  private static Entry parcel(String entryDate) {
    return Entry.of(
        "EU",
        List.of(
            line("6109.10.00", "60.00", "EUR", entryDate)
                .freight(dec("5.00"))
                .insurance(BigDecimal.ZERO)
                .build(),
            line("6110.20.20", "40.00", "EUR", entryDate)
                .freight(dec("5.00"))
                .insurance(BigDecimal.ZERO)
                .build(),
            line("6109.10.00.12", "30.00", "EUR", entryDate)
                .freight(dec("5.00"))
                .insurance(BigDecimal.ZERO)
                .build()));
  }

  @Test
  void euLowValueParcelPaysNoDutyUntil2026_06_30() {
    // goods 60 + 40 + 30 = 130.00 <= 150: no duty; VAT 19% x 65 = 12.35, x 45 = 8.55, x 35 = 6.65
    Assessment a =
        Assessor.of(CustomsRegime.eu(dec("19"))).assess(parcel("2026-06-30"), eu("2026-06-30"));
    assertThat(a.dutyTotal()).isEqualByComparingTo("0");
    assertThat(a.taxTotal()).isEqualByComparingTo("27.55");
  }

  @Test
  void euLowValueParcelPaysAFlatEur3PerSubheadingFrom2026_07_01() {
    // sub-headings 6109.10 (twice) and 6110.20: 2 x 3.00 = 6.00; VAT unchanged 27.55
    Assessment a =
        Assessor.of(CustomsRegime.eu(dec("19"))).assess(parcel("2026-07-01"), eu("2026-07-01"));
    AssessmentComponent flat = a.component("EU-LV-FLAT", -1).orElseThrow();
    assertThat(flat.amount()).isEqualTo(dec("6.00"));
    assertThat(a.dutyTotal()).isEqualByComparingTo("6.00");
    assertThat(a.totalCharges()).isEqualByComparingTo("33.55");
    assertThat(a.assumptions()).anyMatch(x -> x.text().startsWith("EU-LV-FLAT"));
  }

  @Test
  void ukDutyAndVat20PercentOnCifPlusDuty() {
    ShipmentLine l =
        line("6109.10.00", "1000.00", "GBP", "2026-03-17").incoterm(Incoterm.CIF).build();

    Assessment a = Assessor.of(CustomsRegime.GB).assess(l, gb("2026-03-17"));

    // duty 12% x 1,000.00 = 120.00; VAT 20% x 1,120.00 = 224.00; total 344.00
    assertThat(a.component("gb-ukgt-6109", 0).orElseThrow().amount()).isEqualTo(dec("120.00"));
    assertThat(a.component("GB-VAT", 0).orElseThrow().amount()).isEqualTo(dec("224.00"));
    assertThat(a.totalCharges()).isEqualByComparingTo("344.00");
    // CIF invoice with unknown split: landed = 1,000.00 + 344.00, FOB unknown
    assertThat(a.landedCost()).contains(dec("1344.00"));

    // the VAT rate is configurable: 5% x 1,120.00 = 56.00
    Assessment reduced =
        Assessor.of(CustomsRegime.GB.withDefaultTaxPercent(dec("5"))).assess(l, gb("2026-03-17"));
    assertThat(reduced.component("GB-VAT", 0).orElseThrow().amount()).isEqualTo(dec("56.00"));
  }

  @ParameterizedTest(name = "goods {0} GBP -> duty {1}")
  @CsvSource({
    // FOB 135.00 <= 135: no duty; VAT 20% x 145.00 = 29.00
    "135.00, 0, 29.00",
    // FOB 135.01 > 135: duty 12% x 145.01 = 17.4012 -> 17.40; VAT 20% x 162.41 = 32.482 -> 32.48
    "135.01, 17.40, 32.48"
  })
  void ukLowValueReliefIsInclusiveOf135(String fob, String duty, String vat) {
    ShipmentLine l =
        line("6109.10.00", fob, "GBP", "2026-03-17")
            .freight(dec("10.00"))
            .insurance(BigDecimal.ZERO)
            .build();
    Assessment a = Assessor.of(CustomsRegime.GB).assess(l, gb("2026-03-17"));
    assertThat(a.dutyTotal()).isEqualByComparingTo(duty);
    assertThat(a.taxTotal()).isEqualByComparingTo(vat);
  }

  @Test
  void ukLowValueReliefDoesNotCoverExciseGoods() {
    // whisky: FOB 90 + freight 10 = CIF 100.00, goods 90 <= 135 but excise goods keep duty:
    // duty 10% x 100.00 = 10.00; VAT 20% x 110.00 = 22.00
    ShipmentLine l =
        line("2208.30", "90.00", "GBP", "2026-03-17")
            .freight(dec("10.00"))
            .insurance(BigDecimal.ZERO)
            .build();
    Assessment a = Assessor.of(CustomsRegime.GB).assess(l, gb("2026-03-17"));
    assertThat(a.dutyTotal()).isEqualByComparingTo("10.00");
    assertThat(a.taxTotal()).isEqualByComparingTo("22.00");
    assertThat(a.assumptions()).anyMatch(x -> x.text().contains("point of sale"));
  }
}
