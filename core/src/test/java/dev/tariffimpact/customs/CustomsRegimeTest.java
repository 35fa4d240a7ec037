package dev.tariffimpact.customs;

import static dev.tariffimpact.customs.Fixtures.EUR;
import static dev.tariffimpact.customs.Fixtures.date;
import static dev.tariffimpact.customs.Fixtures.dec;
import static dev.tariffimpact.customs.Fixtures.measure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.rate.AdValorem;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.TariffSchedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomsRegimeTest {

  @Test
  void builtInRegimesCarryTheirParameters() {
    assertThat(CustomsRegime.of("US")).isSameAs(CustomsRegime.US);
    assertThat(CustomsRegime.US.valuation()).isEqualTo(ValuationBasis.TRANSACTION_VALUE);
    assertThat(CustomsRegime.US.fxDate()).isEqualTo(FxDateRule.DATE_OF_EXPORTATION);
    assertThat(CustomsRegime.IN.valuation()).isEqualTo(ValuationBasis.CIF);
    assertThat(CustomsRegime.IN.fxDate()).isEqualTo(FxDateRule.ENTRY_DATE);
    assertThat(CustomsRegime.IN.rounding().payable())
        .isEqualTo(Rounding.of(0, RoundingMode.HALF_UP));
    assertThat(CustomsRegime.GB.defaultTax().percent()).isEqualByComparingTo("20");
    assertThat(CustomsRegime.eu(dec("21")).defaultTax().percent()).isEqualByComparingTo("21");
    assertThat(CustomsRegime.eu(dec("21")).fxDate()).isEqualTo(FxDateRule.FIRST_DAY_OF_ENTRY_MONTH);
    EntryFee mpf = CustomsRegime.US.fees().get(0);
    assertThat(mpf.band(date("2025-09-30")).orElseThrow().maximum()).isEqualTo(dec("634.62"));
    assertThat(mpf.band(date("2025-10-01")).orElseThrow().maximum()).isEqualTo(dec("651.50"));
    assertThat(CustomsRegime.US.fees().get(1).appliesTo(TransportMode.AIR)).isFalse();
  }

  @Test
  void unknownImporterIsRejected() {
    assertThatThrownBy(() -> CustomsRegime.of("FR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'FR'");
    assertThatThrownBy(() -> CustomsRegime.IN.withDefaultTaxPercent(dec("5")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aNewCountryIsDataOnly() {
    CustomsRegime xx =
        new CustomsRegime(
            "CH",
            java.util.Currency.getInstance("CHF"),
            ValuationBasis.CIF,
            FxDateRule.ENTRY_DATE,
            RoundingPolicy.uniform(Rounding.of(2, RoundingMode.HALF_UP)),
            null,
            List.of(),
            List.of(),
            new CustomsRegime.DefaultTax("CH-VAT", "VAT", dec("8.1"), "illustrative"),
            null,
            List.of(Assumption.of("CH: illustrative regime", "test")));
    ShipmentLine line =
        ShipmentLine.builder("6109.10.00", "IN")
            .value("1000.00", "CHF")
            .incoterm(Incoterm.CIF)
            .transportMode(TransportMode.ROAD)
            .entryDate(date("2026-03-02"))
            .build();
    CompiledSchedule s =
        CompiledSchedule.of(
            TariffSchedule.of(
                "CH",
                java.util.Currency.getInstance("CHF"),
                List.of(
                    measure(
                        "ch-6109",
                        MeasureKind.BASE_DUTY,
                        "6109",
                        "*",
                        "2025-01-01..",
                        AdValorem.FREE))),
            date("2026-03-02"));
    // duty Free; VAT 8.1% x 1,000.00 = 81.00
    Assessment a = Assessor.of(xx).assess(Entry.of("CH", line), s);
    assertThat(a.taxTotal()).isEqualTo(dec("81.00"));
    assertThat(a.assumptions()).containsExactly(Assumption.of("CH: illustrative regime", "test"));
  }

  @ParameterizedTest(name = "{0}: CIF {1}, FOB {2}")
  @CsvSource({
    // invoice 1,000.00, freight 100.00, insurance 10.00
    "FOB, 1110.00, 1000.00",
    "EXW, 1110.00, 1000.00",
    "CFR, 1010.00, 900.00",
    "CPT, 1010.00, 900.00",
    "CIF, 1000.00, 890.00",
    "DAP, 1000.00, 890.00",
    "DDP, 1000.00, 890.00"
  })
  void incotermDecidesWhatTheInvoiceIncludes(Incoterm term, String cif, String fob) {
    ShipmentLine line =
        ShipmentLine.builder("6109.10.00", "IN")
            .value("1000.00", "EUR")
            .incoterm(term)
            .freight(dec("100.00"))
            .insurance(dec("10.00"))
            .transportMode(TransportMode.OCEAN)
            .entryDate(date("2026-03-02"))
            .build();
    CompiledSchedule s =
        CompiledSchedule.of(
            TariffSchedule.of(
                "EU",
                EUR,
                List.of(
                    measure(
                        "eu-6109",
                        MeasureKind.BASE_DUTY,
                        "6109",
                        "*",
                        "2025-01-01..",
                        AdValorem.of("12")))),
            date("2026-03-02"));
    Assessment a = Assessor.of(CustomsRegime.eu(dec("19"))).assess(Entry.of("EU", line), s);
    assertThat(a.lines().get(0).cifValue()).contains(dec(cif));
    assertThat(a.lines().get(0).fobValue()).contains(dec(fob));
    assertThat(a.customsValue()).isEqualTo(dec(cif));
  }

  @Test
  void cfrInvoiceIntoIndiaGetsDefaultInsuranceOnItsFob() {
    // CFR 1,200.00 INR with freight 200.00: FOB 1,000.00; insurance 1.125% x 1,000 = 11.25;
    // CIF 1,211.25
    ShipmentLine line =
        ShipmentLine.builder("6109.10.00", "US")
            .value("1200.00", "INR")
            .incoterm(Incoterm.CFR)
            .freight(dec("200.00"))
            .transportMode(TransportMode.OCEAN)
            .entryDate(date("2026-03-02"))
            .build();
    CompiledSchedule s =
        CompiledSchedule.of(
            TariffSchedule.of(
                "IN",
                Fixtures.INR,
                List.of(
                    measure(
                        "in-6109",
                        MeasureKind.BASE_DUTY,
                        "6109",
                        "*",
                        "2025-01-01..",
                        AdValorem.of("10")))),
            date("2026-03-02"));
    Assessment a = Assessor.of(CustomsRegime.IN).assess(Entry.of("IN", line), s);
    assertThat(a.customsValue()).isEqualTo(dec("1211.25"));
    // BCD 10% x 1,211.25 = 121.125 -> 121.13 (HALF_UP)
    assertThat(a.dutyTotal()).isEqualTo(dec("121.13"));
  }

  @Test
  void feeAndRuleRecordsValidateTheirFigures() {
    assertThatThrownBy(
            () -> new FeeBand(date("2025-10-01"), date("2025-09-30"), null, null, null, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new FeeBand(date("2025-10-01"), date("2026-09-30"), dec("10"), dec("5"), null, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimum");
    assertThatThrownBy(() -> new EntryFee("F", "f", dec("-1"), Set.of(), List.of(), false, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new LowValueRule(
                    "L",
                    "l",
                    dec("150"),
                    null,
                    null,
                    LowValueRule.Effect.FLAT_DUTY_PER_SUBHEADING,
                    null,
                    6,
                    null,
                    "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rounding.of(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rounding.of(11, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "HALF_UP, 0.125, 0.13",
    "HALF_EVEN, 0.125, 0.12",
    "HALF_UP, -0.125, -0.13",
    "DOWN, 0.129, 0.12"
  })
  void roundingAppliesScaleAndMode(RoundingMode mode, String amount, String expected) {
    assertThat(Rounding.of(2, mode).apply(new BigDecimal(amount))).isEqualTo(dec(expected));
  }

  @Test
  void valueTypesPrintAndCompare() {
    Assumption a = Assumption.of("text", "source");
    assertThat(a)
        .isEqualTo(Assumption.of("text", "source"))
        .hasSameHashCodeAs(Assumption.of("text", "source"));
    assertThat(a).hasToString("text [source: source]");
    AssessmentComponent c =
        AssessmentComponent.of(
            "US-MPF", "MPF", MeasureKind.FEE, dec("10000.00"), "0.3464%", dec("34.64"), -1);
    assertThat(c.isEntryLevel()).isTrue();
    assertThat(c.category()).isEqualTo(AssessmentComponent.Category.FEE);
    assertThat(c)
        .isEqualTo(
            AssessmentComponent.of(
                "US-MPF", "MPF", MeasureKind.FEE, dec("10000.00"), "0.3464%", dec("34.64"), -1));
    assertThat(c.toString()).contains("US-MPF").contains("34.64");
    assertThat(c.hashCode())
        .isEqualTo(
            AssessmentComponent.of(
                    "US-MPF", "MPF", MeasureKind.FEE, dec("10000.00"), "0.3464%", dec("34.64"), -1)
                .hashCode());
    // amounts compare with their scale, as BigDecimal.equals does
    assertThat(c)
        .isNotEqualTo(
            AssessmentComponent.of(
                "US-MPF", "MPF", MeasureKind.FEE, dec("10000.00"), "0.3464%", dec("34.640"), -1));
    assertThatThrownBy(
            () ->
                AssessmentComponent.of(
                    "US-MPF", "MPF", MeasureKind.FEE, dec("1"), "0.3464%", dec("1"), -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-2");
    ExchangeRate r =
        ExchangeRate.of(Fixtures.USD, Fixtures.INR, dec("85.00"), date("2025-09-10"), null, "CBIC");
    assertThat(r).hasToString("USD/INR 85.00 2025-09-10.. (CBIC)");
    assertThatThrownBy(() -> Assumption.of(" ", "s")).isInstanceOf(IllegalArgumentException.class);
  }
}
