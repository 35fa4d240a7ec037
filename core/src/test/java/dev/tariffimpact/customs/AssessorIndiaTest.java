package dev.tariffimpact.customs;

import static dev.tariffimpact.customs.Fixtures.INR;
import static dev.tariffimpact.customs.Fixtures.date;
import static dev.tariffimpact.customs.Fixtures.dec;
import static dev.tariffimpact.customs.Fixtures.dutyOnDuty;
import static dev.tariffimpact.customs.Fixtures.measure;
import static dev.tariffimpact.customs.Fixtures.tax;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.customs.AssessmentException.Reason;
import dev.tariffimpact.rate.AdValorem;
import dev.tariffimpact.rate.Compound;
import dev.tariffimpact.rate.GreaterOf;
import dev.tariffimpact.rate.MissingInputException;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Specific;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.TariffSchedule;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * India: AV = CIF, BCD and AIDC on AV, SWS 10% of (BCD + AIDC), IGST on AV + duties. Rates of the
 * non-worked-example lines are illustrative except almonds (Rs 100/kg, FACTS.md section 3).
 */
class AssessorIndiaTest {

  private static final ExchangeRates RATES =
      ExchangeRates.builder()
          .add("USD", "INR", "84.00", "2025-09-01", "2025-09-09", "CBIC (illustrative)")
          .add("USD", "INR", "85.00", "2025-09-10", "2025-09-30", "CBIC (illustrative)")
          .build();

  private final Assessor india = Assessor.of(CustomsRegime.IN, RATES);

  private static CompiledSchedule schedule() {
    TariffSchedule s =
        TariffSchedule.of(
            "IN",
            INR,
            List.of(
                measure(
                    "in-bcd-6109",
                    MeasureKind.BASE_DUTY,
                    "6109",
                    "*",
                    "2025-01-01..",
                    AdValorem.of("10")),
                measure(
                    "in-bcd-0802.12",
                    MeasureKind.BASE_DUTY,
                    "0802.12",
                    "*",
                    "2025-01-01..",
                    Specific.of(new BigDecimal("100"), INR, Unit.KG)),
                measure(
                    "in-bcd-0813.40",
                    MeasureKind.BASE_DUTY,
                    "0813.40",
                    "*",
                    "2025-01-01..",
                    Compound.of(
                        AdValorem.of("10"), Specific.of(new BigDecimal("20"), INR, Unit.KG))),
                measure(
                    "in-bcd-0806.20",
                    MeasureKind.BASE_DUTY,
                    "0806.20",
                    "*",
                    "2025-01-01..",
                    GreaterOf.of(
                        AdValorem.of("10"), Specific.of(new BigDecimal("50"), INR, Unit.KG))),
                measure(
                    "in-bcd-2208.30",
                    MeasureKind.BASE_DUTY,
                    "2208.30",
                    "*",
                    "2025-01-01..",
                    AdValorem.of("50")),
                measure(
                    "in-aidc-2208.30",
                    MeasureKind.ADDITIONAL_DUTY,
                    "2208.30",
                    "*",
                    "2025-01-01..",
                    AdValorem.of("50")),
                measure(
                    "in-bcd-2207",
                    MeasureKind.BASE_DUTY,
                    "2207",
                    "*",
                    "2025-01-01..",
                    AdValorem.of("5")),
                dutyOnDuty("in-sws", "* except 2208", "10", "BASE_DUTY", "ADDITIONAL_DUTY"),
                tax("in-igst-18", "6109, 2207, 2208", "18"),
                tax("in-igst-5", "0802", "5")));
    return CompiledSchedule.of(s, date("2025-09-15"));
  }

  private static ShipmentLine.Builder line(String code, String origin) {
    return ShipmentLine.builder(code, origin)
        .transportMode(TransportMode.OCEAN)
        .exportDate(date("2025-09-01"))
        .entryDate(date("2025-09-15"));
  }

  private static BigDecimal amount(Assessment a, String id) {
    return a.component(id, 0).orElseThrow().amount();
  }

  @Test
  void workedExampleOfFactsMd() {
    ShipmentLine l = line("6109.10", "US").value("10900", "USD").incoterm(Incoterm.CIF).build();

    Assessment a = india.assess(l, schedule());

    // bill of entry 2025-09-15 -> INR 85.00 (not the 84.00 of the export date 2025-09-01)
    // AV = 10,900 x 85.00 = 926,500.00
    assertThat(a.customsValue()).isEqualByComparingTo("926500.00");
    assertThat(a.exchangeRates())
        .singleElement()
        .extracting(ExchangeRate::rate)
        .isEqualTo(dec("85.00"));
    // BCD 10% = 92,650.00; SWS 10% x 92,650.00 = 9,265.00
    assertThat(amount(a, "in-bcd-6109")).isEqualTo(dec("92650.00"));
    assertThat(amount(a, "in-sws")).isEqualTo(dec("9265.00"));
    // IGST base 926,500 + 92,650 + 9,265 = 1,028,415.00; IGST 18% = 185,114.70
    AssessmentComponent igst = a.component("in-igst-18", 0).orElseThrow();
    assertThat(igst.base()).isEqualByComparingTo("1028415.00");
    assertThat(igst.amount()).isEqualTo(dec("185114.70"));
    // total 92,650 + 9,265 + 185,114.70 = 287,029.70 = 30.98% of AV
    assertThat(a.totalCharges()).isEqualByComparingTo("287029.70");
    assertThat(
            a.totalCharges()
                .multiply(BigDecimal.valueOf(100))
                .divide(a.customsValue(), 2, java.math.RoundingMode.HALF_UP))
        .isEqualTo(dec("30.98"));
    // s.154A: payable to the nearest rupee, 287,029.70 -> 287,030 (an assumption, listed)
    assertThat(a.payable()).isEqualTo(dec("287030"));
    assertThat(a.assumptions()).anyMatch(x -> x.source().contains("154A"));
    // CIF invoice: landed = 926,500 + 287,029.70
    assertThat(a.landedCost()).contains(dec("1213529.70"));
  }

  @Test
  void unknownFreightAndInsuranceAreTakenAs20And1_125PercentOfFobAndRoundedHalfUp() {
    ShipmentLine l = line("6109.10", "US").value("1000.00", "USD").build();

    Assessment a = india.assess(l, schedule());

    // CIF = 1,000 + 20% 200.00 + 1.125% 11.25 = 1,211.25 USD x 85.00 = 102,956.25
    assertThat(a.customsValue()).isEqualByComparingTo("102956.25");
    assertThat(a.lines().get(0).fobValue()).contains(dec("85000.00"));
    // BCD 10% = 10,295.625 -> 10,295.63 (HALF_EVEN would give 10,295.62)
    assertThat(amount(a, "in-bcd-6109")).isEqualTo(dec("10295.63"));
    // SWS 10% x 10,295.63 = 1,029.563 -> 1,029.56
    assertThat(amount(a, "in-sws")).isEqualTo(dec("1029.56"));
    // IGST 18% x (102,956.25 + 10,295.63 + 1,029.56 = 114,281.44) = 20,570.6592 -> 20,570.66
    assertThat(amount(a, "in-igst-18")).isEqualTo(dec("20570.66"));
    // 10,295.63 + 1,029.56 + 20,570.66 = 31,895.85 -> payable 31,896
    assertThat(a.totalCharges()).isEqualByComparingTo("31895.85");
    assertThat(a.payable()).isEqualTo(dec("31896"));
    assertThat(a.assumptions())
        .anyMatch(x -> x.text().contains("freight not given, taken as 20% of FOB"))
        .anyMatch(x -> x.text().contains("insurance not given, taken as 1.125% of FOB"));
  }

  @Test
  void shelledAlmondsPayRs100PerKg() {
    ShipmentLine l =
        line("0802.12", "US")
            .value("5000", "USD")
            .incoterm(Incoterm.CIF)
            .quantity(Quantity.of("1", Unit.T))
            .build();

    Assessment a = india.assess(l, schedule());

    // AV 5,000 x 85 = 425,000.00; BCD Rs 100 x 1,000 kg (1 t) = 100,000.00; SWS 10,000.00
    assertThat(amount(a, "in-bcd-0802.12")).isEqualByComparingTo("100000.00");
    assertThat(amount(a, "in-sws")).isEqualByComparingTo("10000.00");
    // IGST 5% x (425,000 + 100,000 + 10,000 = 535,000) = 26,750.00
    assertThat(amount(a, "in-igst-5")).isEqualByComparingTo("26750.00");
    assertThat(a.totalCharges()).isEqualByComparingTo("136750.00");
    // duty (BCD + SWS) 110,000 / 425,000 x 100 = 25.882352... -> 25.8824
    assertThat(a.effectiveDutyRate()).contains(dec("25.8824"));
    assertThat(a.dutyTotal()).isEqualByComparingTo("110000.00");
  }

  @Test
  void specificRateWithoutItsQuantityIsAnErrorNamingLineAndInput() {
    ShipmentLine l = line("0802.12", "US").value("5000", "USD").incoterm(Incoterm.CIF).build();

    assertThatThrownBy(() -> india.assess(l, schedule()))
        .isInstanceOf(AssessmentException.class)
        .hasMessageContaining("line 1 (0802.12 from US)")
        .hasMessageContaining("in-bcd-0802.12")
        .hasMessageContaining("mass")
        .hasCauseInstanceOf(MissingInputException.class)
        .extracting(e -> ((AssessmentException) e).reason())
        .isEqualTo(Reason.MISSING_INPUT);
  }

  @Test
  void compoundLineAddsAdValoremAndSpecificParts() {
    ShipmentLine l =
        line("0813.40", "US")
            .value("100000.00", "INR")
            .incoterm(Incoterm.CIF)
            .quantity(Quantity.of("500", Unit.KG))
            .build();

    Assessment a = india.assess(l, schedule());

    // 10% x 100,000 = 10,000 + Rs 20 x 500 kg = 10,000 -> 20,000.00; SWS 2,000.00; no IGST measure
    assertThat(amount(a, "in-bcd-0813.40")).isEqualByComparingTo("20000.00");
    assertThat(amount(a, "in-sws")).isEqualByComparingTo("2000.00");
    assertThat(a.totalCharges()).isEqualByComparingTo("22000.00");
    assertThat(a.exchangeRates()).isEmpty();
  }

  @ParameterizedTest(name = "{0} kg -> BCD {1}")
  @CsvSource({
    // 10% x 100,000 = 10,000 vs Rs 50 x 100 = 5,000 -> 10,000
    "100, 10000.00, 11000.00",
    // 10% x 100,000 = 10,000 vs Rs 50 x 1,000 = 50,000 -> 50,000
    "1000, 50000.00, 55000.00"
  })
  void greaterOfLineTakesTheHigherPart(String kg, String bcd, String total) {
    ShipmentLine l =
        line("0806.20", "US")
            .value("100000.00", "INR")
            .incoterm(Incoterm.CIF)
            .quantity(Quantity.of(kg, Unit.KG))
            .build();

    Assessment a = india.assess(l, schedule());

    assertThat(amount(a, "in-bcd-0806.20")).isEqualByComparingTo(bcd);
    assertThat(a.totalCharges()).isEqualByComparingTo(total);
  }

  @Test
  void alcoholicLiquorPaysNoIgstAndTheScopeIsAnAssumption() {
    ShipmentLine l = line("2208.30", "US").value("200000.00", "INR").incoterm(Incoterm.CIF).build();

    Assessment a = india.assess(l, schedule());

    // BCD 50% = 100,000; AIDC 50% = 100,000; SWS exempted on 2208 (scope); no IGST on liquor
    assertThat(amount(a, "in-bcd-2208.30")).isEqualByComparingTo("100000.00");
    assertThat(amount(a, "in-aidc-2208.30")).isEqualByComparingTo("100000.00");
    assertThat(a.component("in-sws", 0)).isEmpty();
    assertThat(a.component("in-igst-18", 0)).isEmpty();
    assertThat(a.taxTotal()).isEqualByComparingTo("0");
    assertThat(a.totalCharges()).isEqualByComparingTo("200000.00");
    assertThat(a.assumptions()).anyMatch(x -> x.text().contains("2203-2206 and 2208"));
    assertThat(a.notes()).singleElement().asString().contains("no import tax");
  }

  @Test
  void ethylAlcoholOfHeading2207StillPaysIgst() {
    ShipmentLine l = line("2207.10", "US").value("100000.00", "INR").incoterm(Incoterm.CIF).build();

    Assessment a = india.assess(l, schedule());

    // BCD 5% = 5,000; SWS 500; IGST 18% x 105,500 = 18,990
    assertThat(amount(a, "in-igst-18")).isEqualByComparingTo("18990.00");
    assertThat(a.totalCharges()).isEqualByComparingTo("24490.00");
    assertThat(a.assumptions()).noneMatch(x -> x.text().contains("2203-2206 and 2208"));
  }

  @Test
  void missingRateForTheBillOfEntryDateIsAnError() {
    ShipmentLine l =
        ShipmentLine.builder("6109.10", "US")
            .value("10900", "USD")
            .incoterm(Incoterm.CIF)
            .transportMode(TransportMode.AIR)
            .entryDate(date("2025-10-02"))
            .build();
    assertThatThrownBy(() -> india.assess(l, schedule()))
        .isInstanceOf(AssessmentException.class)
        .hasMessageContaining("USD->INR")
        .hasMessageContaining("2025-10-02")
        .extracting(e -> ((AssessmentException) e).reason())
        .isEqualTo(Reason.MISSING_EXCHANGE_RATE);
  }
}
