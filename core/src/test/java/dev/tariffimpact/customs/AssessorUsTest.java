package dev.tariffimpact.customs;

import static dev.tariffimpact.customs.Fixtures.cotton;
import static dev.tariffimpact.customs.Fixtures.date;
import static dev.tariffimpact.customs.Fixtures.dec;
import static dev.tariffimpact.customs.Fixtures.other;
import static dev.tariffimpact.customs.Fixtures.usIndia;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.customs.AssessmentException.Reason;
import dev.tariffimpact.impact.Impact;
import dev.tariffimpact.impact.ImpactComponent;
import dev.tariffimpact.impact.PresentIn;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessorUsTest {

  private final Assessor us = Assessor.of(CustomsRegime.US);

  private static CompiledSchedule on(String date) {
    return CompiledSchedule.of(usIndia(), date(date));
  }

  private static BigDecimal amount(Assessment a, String id, int line) {
    return a.component(id, line).orElseThrow().amount();
  }

  @Test
  void cottonGarmentsEnteredDuringTheIeepaLayersPay6697_14() {
    ShipmentLine line = cotton("10000.00", TransportMode.OCEAN, "2025-09-15").build();

    Assessment a = us.assess(line, on("2025-09-15"));

    // MFN 16.5% x 10,000.00 = 1,650.00; IEEPA India 25% = 2,500.00; Russian oil 25% = 2,500.00
    assertThat(amount(a, "us-mfn-6109.10.00", 0)).isEqualByComparingTo("1650.00");
    assertThat(amount(a, "us-ieepa-india", 0)).isEqualByComparingTo("2500.00");
    assertThat(amount(a, "us-ieepa-russian-oil", 0)).isEqualByComparingTo("2500.00");
    assertThat(a.component("us-ieepa-baseline", 0)).isEmpty();
    // MPF 0.3464% x 10,000.00 = 34.64, inside the FY2025 clamp 32.71..634.62
    assertThat(amount(a, "US-MPF", AssessmentComponent.ENTRY_LEVEL)).isEqualTo(dec("34.64"));
    // HMF 0.125% x 10,000.00 = 12.50 (ocean)
    assertThat(amount(a, "US-HMF", AssessmentComponent.ENTRY_LEVEL)).isEqualTo(dec("12.50"));
    // 1,650.00 + 2,500.00 + 2,500.00 = 6,650.00 duty; 34.64 + 12.50 = 47.14 fees
    assertThat(a.dutyTotal()).isEqualByComparingTo("6650.00");
    assertThat(a.feeTotal()).isEqualByComparingTo("47.14");
    assertThat(a.taxTotal()).isEqualByComparingTo("0");
    assertThat(a.totalCharges()).isEqualByComparingTo("6697.14");
    // 6,650 / 10,000 = 66.5%
    assertThat(a.effectiveDutyRate()).contains(dec("66.5000"));
    assertThat(a.exchangeRates()).isEmpty();
    assertThat(a.assumptions()).anyMatch(x -> x.text().contains("HALF_UP"));
  }

  @Test
  void cottonGarmentsEnteredUnderSection122Pay2697_14AndTheImpactIsMinus4000() {
    ShipmentLine sep = cotton("10000.00", TransportMode.OCEAN, "2025-09-15").build();
    ShipmentLine mar = cotton("10000.00", TransportMode.OCEAN, "2026-03-01").build();
    Assessment before =
        us.assess(
            Entry.of("US", sep),
            Scenario.of("sep", "In force 2025-09-15.", usIndia(), date("2025-09-15")));
    Assessment after =
        us.assess(
            Entry.of("US", mar),
            Scenario.of("mar", "In force 2026-03-01.", usIndia(), date("2026-03-01")));

    // MFN 1,650.00 + Section 122 10% 1,000.00 + MPF 34.64 (FY2026 clamp 33.58..651.50) + HMF 12.50
    assertThat(amount(after, "us-s122", 0)).isEqualByComparingTo("1000.00");
    assertThat(after.totalCharges()).isEqualByComparingTo("2697.14");
    assertThat(after.effectiveDutyRate()).contains(dec("26.5000"));

    Impact impact = Impact.of(before, after);
    // 2,697.14 - 6,697.14 = -4,000.00
    assertThat(impact.totalCharges().delta()).isEqualByComparingTo("-4000.00");
    assertThat(impact.duty().delta()).isEqualByComparingTo("-4000.00");
    assertThat(impact.fees().delta()).isEqualByComparingTo("0");
    // 26.5 - 66.5 = -40 percentage points
    assertThat(impact.effectiveRateChange()).contains(dec("-40.0000"));
    assertThat(impact.components())
        .extracting(ImpactComponent::measureId, ImpactComponent::presentIn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("us-mfn-6109.10.00", PresentIn.BOTH),
            org.assertj.core.groups.Tuple.tuple("us-ieepa-india", PresentIn.BEFORE_ONLY),
            org.assertj.core.groups.Tuple.tuple("us-ieepa-russian-oil", PresentIn.BEFORE_ONLY),
            org.assertj.core.groups.Tuple.tuple("US-MPF", PresentIn.BOTH),
            org.assertj.core.groups.Tuple.tuple("US-HMF", PresentIn.BOTH),
            org.assertj.core.groups.Tuple.tuple("us-s122", PresentIn.AFTER_ONLY));
    ImpactComponent oil = impact.components().get(2);
    assertThat(oil.change().before()).isEqualByComparingTo("2500.00");
    assertThat(oil.change().after()).isEqualByComparingTo("0");
    assertThat(oil.change().delta()).isEqualByComparingTo("-2500.00");
    // landed cost unknown without freight and insurance: reported as absent, never as zero freight
    assertThat(impact.landedCost()).isEmpty();
  }

  @Test
  void landedCostAddsFreightAndInsuranceAndItsPercentChangeIsExact() {
    ShipmentLine sep =
        cotton("10000.00", TransportMode.OCEAN, "2025-09-15")
            .freight(dec("450.00"))
            .insurance(dec("25.00"))
            .build();
    ShipmentLine mar =
        cotton("10000.00", TransportMode.OCEAN, "2026-03-01")
            .freight(dec("450.00"))
            .insurance(dec("25.00"))
            .build();
    Assessment before = us.assess(sep, on("2025-09-15"));
    Assessment after = us.assess(mar, on("2026-03-01"));

    // freight and insurance do not enter the US customs value: duty unchanged at 6,650.00
    assertThat(before.customsValue()).isEqualByComparingTo("10000.00");
    assertThat(before.totalCharges()).isEqualByComparingTo("6697.14");
    // 10,000 + 450 + 25 + 6,697.14 = 17,172.14; 10,475 + 2,697.14 = 13,172.14
    assertThat(before.landedCost()).contains(dec("17172.14"));
    assertThat(after.landedCost()).contains(dec("13172.14"));
    // -4,000 / 17,172.14 x 100 = -23.29350... -> -23.2935 (scale 4, HALF_EVEN)
    assertThat(Impact.of(before, after).landedCostPercentChange()).contains(dec("-23.2935"));
  }

  @Test
  void mpfIsClampedPerEntryAtTheMinimumNotPerLine() {
    // FY2026: three lines of 1,000.00: 0.3464% x 3,000.00 = 10.392 < 33.58 -> 33.58 once
    // (per line it would be 3 x 33.58 = 100.74)
    Entry entry =
        Entry.of(
            "US",
            List.of(
                other("1000.00", TransportMode.OCEAN, "2025-10-01"),
                other("1000.00", TransportMode.AIR, "2025-10-01"),
                other("1000.00", TransportMode.ROAD, "2025-10-01")));
    Assessment a = us.assess(entry, on("2025-10-01"));

    AssessmentComponent mpf = a.component("US-MPF", -1).orElseThrow();
    assertThat(mpf.base()).isEqualByComparingTo("3000.00");
    assertThat(mpf.amount()).isEqualTo(dec("33.58"));
    assertThat(a.components()).filteredOn(c -> c.measureId().equals("US-MPF")).hasSize(1);
  }

  @Test
  void mpfIsClampedPerEntryAtTheMaximumNotPerLine() {
    // FY2026: 150,000.00 + 100,000.00 = 250,000.00 x 0.3464% = 866.00 > 651.50 -> 651.50
    // (per line: 519.60 + 346.40 = 866.00, each under the maximum)
    Entry entry =
        Entry.of(
            "US",
            List.of(
                other("150000.00", TransportMode.AIR, "2026-03-01"),
                other("100000.00", TransportMode.AIR, "2026-03-01")));
    Assessment a = us.assess(entry, on("2026-03-01"));

    assertThat(amount(a, "US-MPF", -1)).isEqualTo(dec("651.50"));
  }

  @Test
  void mpfClampChangesAtTheFiscalYearBoundary() {
    // 200,000.00 x 0.3464% = 692.80: FY2025 max 634.62 on 2025-09-30, FY2026 max 651.50 on 10-01
    Assessment sep30 =
        us.assess(other("200000.00", TransportMode.AIR, "2025-09-30"), on("2025-09-30"));
    Assessment oct01 =
        us.assess(other("200000.00", TransportMode.AIR, "2025-10-01"), on("2025-10-01"));
    assertThat(amount(sep30, "US-MPF", -1)).isEqualTo(dec("634.62"));
    assertThat(amount(oct01, "US-MPF", -1)).isEqualTo(dec("651.50"));

    // 5,000.00 x 0.3464% = 17.32: FY2025 min 32.71, FY2026 min 33.58
    Assessment lowSep =
        us.assess(other("5000.00", TransportMode.AIR, "2025-09-30"), on("2025-09-30"));
    Assessment lowOct =
        us.assess(other("5000.00", TransportMode.AIR, "2025-10-01"), on("2025-10-01"));
    assertThat(amount(lowSep, "US-MPF", -1)).isEqualTo(dec("32.71"));
    assertThat(amount(lowOct, "US-MPF", -1)).isEqualTo(dec("33.58"));
  }

  @Test
  void mpfOfFy2027CarriesFy2026ForwardAsAVisibleAssumption() {
    // 5,000.00 x 0.3464% = 17.32 < FY2026 min 33.58; FY2027 (entries from 2026-10-01) is not
    // published in the reference data, so FY2026's 33.58..651.50 is used and said so.
    Assessment sep30 =
        us.assess(other("5000.00", TransportMode.AIR, "2026-09-30"), on("2026-09-30"));
    Assessment oct01 =
        us.assess(other("5000.00", TransportMode.AIR, "2026-10-01"), on("2026-10-01"));
    assertThat(amount(sep30, "US-MPF", -1)).isEqualTo(dec("33.58"));
    assertThat(amount(oct01, "US-MPF", -1)).isEqualTo(dec("33.58"));
    assertThat(sep30.assumptions()).noneMatch(x -> x.text().contains("carried forward"));
    assertThat(oct01.assumptions())
        .anyMatch(x -> x.text().startsWith("ASSUMPTION (U): fee band 2026-10-01..2027-09-30"));
    // 200,000.00 x 0.3464% = 692.80 > 651.50 (FY2026 maximum, carried forward)
    Assessment big =
        us.assess(other("200000.00", TransportMode.AIR, "2027-09-30"), on("2027-09-30"));
    assertThat(amount(big, "US-MPF", -1)).isEqualTo(dec("651.50"));
  }

  @Test
  void mpfForAnEntryDateOutsideEveryKnownFiscalYearIsAnError() {
    assertThatThrownBy(
            () -> us.assess(other("5000.00", TransportMode.AIR, "2027-10-01"), on("2027-10-01")))
        .isInstanceOf(AssessmentException.class)
        .hasMessageContaining("US-MPF")
        .hasMessageContaining("2027-10-01")
        .extracting(e -> ((AssessmentException) e).reason())
        .isEqualTo(Reason.FEE_UNKNOWN);
  }

  @Test
  void informalEntryPaysTheFlatMpfOfFy2026() {
    Entry entry =
        Entry.of(
            "US", EntryType.INFORMAL, List.of(other("1500.00", TransportMode.AIR, "2025-11-03")));
    Assessment a = us.assess(entry, on("2025-11-03"));
    assertThat(amount(a, "US-MPF", -1)).isEqualTo(dec("2.69"));
  }

  @Test
  void hmfIsChargedOnOceanLinesOnly() {
    // ocean 10,000.00 x 0.125% = 12.50; the air line's 5,000.00 is not in the HMF base
    Entry mixed =
        Entry.of(
            "US",
            List.of(
                other("10000.00", TransportMode.OCEAN, "2026-03-01"),
                other("5000.00", TransportMode.AIR, "2026-03-01")));
    Assessment a = us.assess(mixed, on("2026-03-01"));
    AssessmentComponent hmf = a.component("US-HMF", -1).orElseThrow();
    assertThat(hmf.base()).isEqualByComparingTo("10000.00");
    assertThat(hmf.amount()).isEqualTo(dec("12.50"));

    Assessment air =
        us.assess(other("10000.00", TransportMode.AIR, "2026-03-01"), on("2026-03-01"));
    assertThat(air.component("US-HMF", -1)).isEmpty();
    assertThat(air.component("US-MPF", -1)).isPresent();
  }

  @Test
  void eachUsAmountIsRoundedToTheCentHalfUp() {
    // MFN 16.5% x 1,001.00 = 165.165 -> 165.17 (HALF_EVEN or DOWN would give 165.16)
    // HMF 0.125% x 1,012.00 = 1.265 -> 1.27 (HALF_EVEN would give 1.26)
    Entry entry =
        Entry.of(
            "US",
            List.of(
                ShipmentLine.builder("6109.10.00", "VN")
                    .value("1001.00", "USD")
                    .transportMode(TransportMode.AIR)
                    .entryDate(date("2026-03-02"))
                    .build(),
                other("1012.00", TransportMode.OCEAN, "2026-03-02")));
    TariffSchedule mfnOnly = usIndia().without(List.of("us-s122"));
    Assessment a = us.assess(entry, CompiledSchedule.of(mfnOnly, date("2026-03-02")));
    assertThat(amount(a, "us-mfn-6109.10.00", 0)).isEqualTo(dec("165.17"));
    assertThat(amount(a, "US-HMF", -1)).isEqualTo(dec("1.27"));
  }

  @Test
  void deMinimisFreesLowValueEntriesUntil2025_08_28Only() {
    // 2025-08-28: 700.00 <= 800 -> no duty and no fees
    Assessment before =
        us.assess(cotton("700.00", TransportMode.POSTAL, "2025-08-28").build(), on("2025-08-28"));
    assertThat(before.components()).isEmpty();
    assertThat(before.notes())
        .singleElement()
        .asString()
        .startsWith("US-DE-MINIMIS applied: goods value 700.00 <= 800 USD");
    // the same note with its kind, about the whole entry
    assertThat(before.assessmentNotes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(NoteKind.DE_MINIMIS);
              assertThat(n.lineIndex()).isEqualTo(AssessmentNote.ENTRY);
              assertThat(n.text()).isEqualTo(before.notes().get(0));
            });
    assertThat(before.totalCharges()).isEqualByComparingTo("0");
    // 2025-08-29, suspended: MFN 16.5% x 700 = 115.50, India 25% = 175.00, oil 25% = 175.00,
    // MPF 0.3464% x 700 = 2.4248 -> FY2025 minimum 32.71; postal: no HMF
    Assessment after =
        us.assess(cotton("700.00", TransportMode.POSTAL, "2025-08-29").build(), on("2025-08-29"));
    assertThat(after.totalCharges()).isEqualByComparingTo("498.21");
  }

  @Test
  void invoiceInAnotherCurrencyUsesTheRateOfTheDateOfExportation() {
    ExchangeRates rates =
        ExchangeRates.builder()
            .add("EUR", "USD", "1.1000", "2025-09-01", "2025-09-05", "FRBNY (illustrative)")
            .add("EUR", "USD", "1.2000", "2025-09-06", "2025-09-30", "FRBNY (illustrative)")
            .build();
    ShipmentLine line =
        ShipmentLine.builder("9403.60.80", "IN")
            .value("10000.00", "EUR")
            .transportMode(TransportMode.AIR)
            .exportDate(date("2025-09-02"))
            .entryDate(date("2025-09-15"))
            .build();
    Assessment a = Assessor.of(CustomsRegime.US, rates).assess(line, on("2025-09-15"));
    // exported 2025-09-02: 10,000.00 EUR x 1.1000 = 11,000.00 USD (not 12,000 of the entry date)
    assertThat(a.customsValue()).isEqualByComparingTo("11000.00");
    assertThat(a.exchangeRates())
        .singleElement()
        .extracting(ExchangeRate::rate)
        .isEqualTo(dec("1.1000"));
    // MPF 0.3464% x 11,000 = 38.104 -> 38.10
    assertThat(amount(a, "US-MPF", -1)).isEqualTo(dec("38.10"));
  }

  @Test
  void componentRateIsAppliedToTheNamedComponentValueConvertedToDollars() {
    ExchangeRates rates =
        ExchangeRates.of(
            ExchangeRate.of(
                Fixtures.EUR,
                Fixtures.USD,
                dec("1.1000"),
                date("2026-01-01"),
                null,
                "FRBNY (illustrative)"));
    TariffSchedule watches =
        TariffSchedule.of(
            "US",
            Fixtures.USD,
            List.of(
                Fixtures.measure(
                    "us-mfn-9102",
                    dev.tariffimpact.schedule.MeasureKind.BASE_DUTY,
                    "9102",
                    "*",
                    "2025-01-01..",
                    new dev.tariffimpact.rate.ComponentRate(
                        dev.tariffimpact.rate.AdValorem.of("5"), "case"))));
    ShipmentLine watch =
        ShipmentLine.builder("9102.11", "CH")
            .value("1000.00", "EUR")
            .componentValue("case", dec("200.00"))
            .transportMode(TransportMode.AIR)
            .entryDate(date("2026-03-02"))
            .build();
    Assessment a =
        Assessor.of(CustomsRegime.US, rates)
            .assess(watch, CompiledSchedule.of(watches, date("2026-03-02")));
    // case 200.00 EUR x 1.1000 = 220.00 USD; 5% x 220.00 = 11.00
    assertThat(amount(a, "us-mfn-9102", 0)).isEqualTo(dec("11.00"));
    assertThat(a.customsValue()).isEqualByComparingTo("1100.00");

    ShipmentLine noCase =
        ShipmentLine.builder("9102.11", "CH")
            .value("1000.00", "EUR")
            .transportMode(TransportMode.AIR)
            .entryDate(date("2026-03-02"))
            .build();
    assertThatThrownBy(
            () ->
                Assessor.of(CustomsRegime.US, rates)
                    .assess(noCase, CompiledSchedule.of(watches, date("2026-03-02"))))
        .isInstanceOf(AssessmentException.class)
        .hasMessageContaining("line 1 (9102.11 from CH)")
        .hasMessageContaining("case");
  }

  @Test
  void missingExchangeRateNamesPairDateAndLine() {
    ShipmentLine line =
        ShipmentLine.builder("9403.60.80", "IN")
            .value("10000.00", "INR")
            .transportMode(TransportMode.AIR)
            .entryDate(date("2025-09-15"))
            .build();
    assertThatThrownBy(() -> us.assess(line, on("2025-09-15")))
        .isInstanceOf(AssessmentException.class)
        .hasMessageContaining("line 1 (9403.60.80 from IN)")
        .hasMessageContaining("INR->USD")
        .hasMessageContaining("2025-09-15")
        .hasCauseInstanceOf(MissingExchangeRateException.class);
  }

  @Test
  void originWithoutBaseDutyIsAnErrorNamingTheOrigin() {
    ShipmentLine line =
        ShipmentLine.builder("6109.10.00", "KP")
            .value("100.00", "USD")
            .transportMode(TransportMode.AIR)
            .entryDate(date("2026-03-01"))
            .build();
    assertThatThrownBy(() -> us.assess(line, on("2026-03-01")))
        .isInstanceOf(AssessmentException.class)
        .hasMessageContaining("origin KP")
        .extracting(e -> ((AssessmentException) e).reason())
        .isEqualTo(Reason.ORIGIN_NOT_COVERED);
  }

  @Test
  void dateOutsideEveryBaseDutyValidityIsAnError() {
    ShipmentLine line = cotton("100.00", TransportMode.AIR, "2024-12-31").build();
    assertThatThrownBy(() -> us.assess(line, on("2024-12-31")))
        .isInstanceOf(AssessmentException.class)
        .hasMessageContaining("2024-12-31")
        .hasMessageContaining("2025-01-01..")
        .extracting(e -> ((AssessmentException) e).reason())
        .isEqualTo(Reason.OUTSIDE_VALIDITY);
  }

  @Test
  void codeWithoutBaseDutyIsAnError() {
    TariffSchedule onlyCotton = usIndia().without(List.of("us-mfn-other"));
    ShipmentLine line = other("100.00", TransportMode.AIR, "2026-03-01");
    assertThatThrownBy(() -> us.assess(line, CompiledSchedule.of(onlyCotton, date("2026-03-01"))))
        .isInstanceOf(AssessmentException.class)
        .hasMessageContaining("no base duty for code 9403.60.80")
        .extracting(e -> ((AssessmentException) e).reason())
        .isEqualTo(Reason.NO_BASE_DUTY);
  }

  @Test
  void scheduleDateOtherThanTheEntryDateIsListedAsAnAssumption() {
    Assessment a = us.assess(other("100.00", TransportMode.AIR, "2026-03-01"), on("2026-03-02"));
    assertThat(a.assumptions())
        .anyMatch(
            x -> x.text().contains("in force on 2026-03-02, not on the entry date 2026-03-01"));
    Assessment same = us.assess(other("100.00", TransportMode.AIR, "2026-03-01"), on("2026-03-01"));
    assertThat(same.assumptions()).noneMatch(x -> x.text().contains("what-if"));
  }

  @Test
  void entryOfAnotherImporterIsRejected() {
    Entry entry = Entry.of("IN", other("100.00", TransportMode.AIR, "2026-03-01"));
    assertThatThrownBy(() -> us.assess(entry, on("2026-03-01")))
        .isInstanceOf(AssessmentException.class)
        .hasMessageContaining("importer IN");
  }
}
