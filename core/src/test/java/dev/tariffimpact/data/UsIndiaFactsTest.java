package dev.tariffimpact.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.impact.Impact;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * US duties on goods of India from the bundled data against FACTS.md section 2, with expectations
 * worked out by hand in the comments.
 */
class UsIndiaFactsTest {

  private static final BundledDataset DATA = BundledDataset.load();
  private static final ProductCode T_SHIRT = ProductCode.parse("6109.10.00");

  private static ShipmentLine cotton(String entryDate) {
    return ShipmentLine.builder("6109.10.00", "IN")
        .value("10000", "USD")
        .transportMode(TransportMode.OCEAN)
        .entryDate(LocalDate.parse(entryDate))
        .build();
  }

  private static BigDecimal amount(Assessment a, String id) {
    return a.component(id, 0).orElseThrow(() -> new AssertionError("no " + id)).amount();
  }

  /**
   * FACTS.md worked example: cotton knit garment, MFN 16.5%. 2025-09-15: 16.5 + 25 (India rate) +
   * 25 (Russian oil) = 66.5. 2026-02-10 as collected: 16.5 + 25 = 41.5 (Russian oil ended
   * 2026-02-06). 2026-03-01: 16.5 + 10 (Section 122) = 26.5. The framework overlay on 2026-02-10:
   * 16.5 + 18 (replacing the 25) = 34.5. Duty on USD 10,000 divided by 10,000.
   */
  @ParameterizedTest
  @CsvSource({
    "us-in-2025-08-peak,      false, 66.5",
    "us-in-2026-framework-18, false, 41.5",
    "us-in-2026-framework-18, true,  34.5",
    "us-in-2026-s122,         true,  26.5",
  })
  void cottonTShirtTotalAdValorem(String name, boolean withOverlays, String percent) {
    Scenario scenario = DATA.scenario(name);
    if (!withOverlays) {
      scenario = Scenario.of(name, "collected law only.", scenario.schedule(), scenario.asOf());
    }
    Assessment a =
        DATA.assessor("US")
            .assess(Entry.of("US", cotton(scenario.asOf().toString())), scenario.compile());
    assertThat(a.dutyTotal())
        .isEqualByComparingTo(new BigDecimal(percent).multiply(BigDecimal.valueOf(100)));
    assertThat(a.effectiveDutyRate().orElseThrow()).isEqualByComparingTo(percent);
  }

  @Test
  void theLayersOfTheTShirtOnEachScenarioDate() {
    assertThat(ids(DATA.scenario("us-in-2025-08-peak").compile(), T_SHIRT))
        .containsExactly("us-mfn-6109.10.00", "us-ieepa-india-25", "us-ieepa-russian-oil-25");
    assertThat(ids(DATA.scenario("us-in-2026-framework-18").compile(), T_SHIRT))
        .containsExactly("us-mfn-6109.10.00", "us-framework-18");
    assertThat(ids(DATA.scenario("us-in-2026-s122").compile(), T_SHIRT))
        .containsExactly("us-mfn-6109.10.00", "us-s122-10");
    assertThat(ids(DATA.scenario("us-in-2026-current").compile(), T_SHIRT))
        .containsExactly("us-mfn-6109.10.00", "us-s301-india-10");
    assertThat(ids(DATA.scenario("us-in-2026-s301-proposed").compile(), T_SHIRT))
        .containsExactly("us-mfn-6109.10.00", "us-s301-india-proposed");
    // Before the India country rate: the 10% baseline alone (2025-04-05..2025-08-06).
    CompiledSchedule may =
        CompiledSchedule.of(DATA.schedule("us-india.json"), LocalDate.parse("2025-05-01"));
    assertThat(ids(may, T_SHIRT)).containsExactly("us-mfn-6109.10.00", "us-ieepa-baseline-10");
  }

  private static List<String> ids(CompiledSchedule s, ProductCode code) {
    return s.applicable(code, "IN").stream().map(Measure::id).toList();
  }

  /**
   * Medicaments of 3004.90.92 are on Annex II (IEEPA) and the Section 122 list 9903.03.03, but from
   * 2025-08-18 the 8-digit line is also on the Section 232 derivative lists (metal content): with
   * no metal declared (content 0) the 232 duty is 0.00 and the line pays MFN (Free) only.
   */
  @Test
  void pharmaceuticalLinePaysMfnOnly() {
    ProductCode medicament = ProductCode.parse("3004.90.92");
    CompiledSchedule may =
        CompiledSchedule.of(DATA.schedule("us-india.json"), LocalDate.parse("2025-05-01"));
    assertThat(ids(may, medicament)).containsExactly("us-mfn-3004.90.92");
    assertThat(may.explain(medicament, "IN").of("us-ieepa-baseline-10").orElseThrow().describe())
        .startsWith("EXCLUDED_BY us-ieepa-annex2"); // a window of the dated Annex II list
    Assessment a =
        DATA.assessor("US")
            .assess(
                Entry.of(
                    "US",
                    ShipmentLine.builder("3004.90.92", "IN")
                        .value("10000", "USD")
                        .componentValue("steel content", BigDecimal.ZERO)
                        .componentValue("aluminum content", BigDecimal.ZERO)
                        .transportMode(TransportMode.OCEAN)
                        .entryDate(LocalDate.parse("2025-09-15"))
                        .build()),
                DATA.scenario("us-in-2025-08-peak").compile());
    assertThat(a.dutyTotal()).isEqualByComparingTo("0");
    // 2026-03-01: MFN Free; Section 122 excluded (Annex II-like list 9903.03.03 and Section 232)
    assertThat(
            CompiledSchedule.of(DATA.schedule("us-india.json"), LocalDate.parse("2026-03-01"))
                .explain(medicament, "IN")
                .of("us-s122-10")
                .orElseThrow()
                .applies())
        .isFalse();
  }

  /**
   * Section 232 pharmaceuticals from 2026-07-31 (FACTS.md s.2, Proclamation 11020), a patented
   * medicament 3004.90.92.10 (MFN Free), USD 10,000 on 2026-11-29, declared patented: India pays
   * the full 100% = 10,000.00; the EU (DE), Japan, Korea and Switzerland are capped at 15% in total
   * = 1,500.00 - 0.00 MFN = 1,500.00; the UK pays 10% = 1,000.00. Not declared patented (a
   * generic): no pharmaceutical duty for anyone.
   */
  @ParameterizedTest
  @CsvSource({
    "IN, us-s232-pharma-100,            10000.00",
    "DE, us-s232-pharma-partner-cap-15, 1500.00",
    "JP, us-s232-pharma-partner-cap-15, 1500.00",
    "KR, us-s232-pharma-partner-cap-15, 1500.00",
    "CH, us-s232-pharma-partner-cap-15, 1500.00",
    "GB, us-s232-pharma-gb-10,          1000.00",
  })
  void patentedPharmaceuticalsPayThePartnerDealOfTheirOriginOnly(
      String origin, String measure, String amount) {
    CompiledSchedule current = DATA.scenario("us-in-2026-current").compile();
    ShipmentLine.Builder b =
        ShipmentLine.builder("3004.90.92.10", origin)
            .value("10000", "USD")
            .transportMode(TransportMode.OCEAN)
            .entryDate(LocalDate.parse("2026-11-29"));
    Assessment generic = DATA.assessor("US").assess(Entry.of("US", b.build()), current);
    assertThat(generic.components(0)).noneMatch(c -> c.measureId().startsWith("us-s232-pharma"));
    Assessment patented =
        DATA.assessor("US")
            .assess(Entry.of("US", b.claim("patented-pharmaceutical").build()), current);
    assertThat(patented.components(0))
        .filteredOn(c -> c.measureId().startsWith("us-s232-pharma"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.measureId()).isEqualTo(measure);
              assertThat(c.amount()).isEqualByComparingTo(amount);
            });
  }

  /** Smartphones are exempt from both IEEPA layers; the framework 18% skips them too. */
  @Test
  void smartphonesAndSteelSkipTheIeepaLayers() {
    ProductCode phone = ProductCode.parse("8517.13.00");
    assertThat(ids(DATA.scenario("us-in-2025-08-peak").compile(), phone))
        .containsExactly("us-mfn-8517.13.00");
    // Steel plate on 2025-09-15: MFN Free + Section 232 50% on the steel content, no IEEPA layer.
    ProductCode plate = ProductCode.parse("7208.51.00");
    assertThat(ids(DATA.scenario("us-in-2025-08-peak").compile(), plate))
        .containsExactly("us-mfn-7208.51.00", "us-s232-steel-50");
    // USD 10,000 of plate (an article of steel, heading 7208): 50% on the full value = 5,000.00.
    Assessment a =
        DATA.assess(
            Entry.of(
                "US",
                ShipmentLine.builder("7208.51.00", "IN")
                    .value("10000", "USD")
                    .transportMode(TransportMode.OCEAN)
                    .entryDate(LocalDate.parse("2025-09-15"))
                    .build()),
            "us-in-2025-08-peak");
    assertThat(amount(a, "us-s232-steel-50")).isEqualByComparingTo("5000.00");
  }

  /**
   * FACTS.md US landed-cost example: USD 10,000 entered value, ocean, 6109.10.00. 2025-09-15: MFN
   * 1,650.00 + reciprocal 2,500.00 + Russian oil 2,500.00 + MPF 34.64 (0.3464%, inside the FY2025
   * clamp 32.71..634.62) + HMF 12.50 (0.125%) = 6,697.14. 2026-03-01: MFN 1,650.00 + Section 122
   * 1,000.00 + MPF 34.64 (inside FY2026 33.58..651.50) + HMF 12.50 = 2,697.14. Delta -4,000.00.
   */
  @Test
  void factsMdLandedCostExampleThroughTheBundledData() {
    Assessment before = DATA.assess(Entry.of("US", cotton("2025-09-15")), "us-in-2025-08-peak");
    assertThat(amount(before, "us-mfn-6109.10.00")).isEqualByComparingTo("1650.00");
    assertThat(amount(before, "us-ieepa-india-25")).isEqualByComparingTo("2500.00");
    assertThat(amount(before, "us-ieepa-russian-oil-25")).isEqualByComparingTo("2500.00");
    assertThat(before.component("US-MPF", -1).orElseThrow().amount()).isEqualByComparingTo("34.64");
    assertThat(before.component("US-HMF", -1).orElseThrow().amount()).isEqualByComparingTo("12.50");
    assertThat(before.totalCharges()).isEqualByComparingTo("6697.14");

    Assessment after = DATA.assess(Entry.of("US", cotton("2026-03-01")), "us-in-2026-s122");
    assertThat(amount(after, "us-s122-10")).isEqualByComparingTo("1000.00");
    assertThat(after.totalCharges()).isEqualByComparingTo("2697.14");

    assertThat(Impact.of(before, after).totalCharges().delta()).isEqualByComparingTo("-4000.00");
    // Invoice in USD: no exchange rate, so no exchange-rate assumption.
    assertThat(before.exchangeRates()).isEmpty();
    assertThat(before.assumptions()).noneMatch(x -> x.text().startsWith("Exchange rate"));
  }

  /**
   * 2026-11-30 (us-in-2026-current): MFN 16.5% 1,650.00 + Section 301 10% 1,000.00 = 2,650.00
   * (26.5%); the Annex II Part A list is unknown, so the 301 duty is listed as an assumption (U).
   */
  @Test
  void currentScenarioShowsTheSection301AnnexAssumption() {
    assertThat(DATA.scenario("us-in-2026-current").asOf()).isEqualTo(LocalDate.parse("2026-11-30"));
    Assessment a = DATA.assess(Entry.of("US", cotton("2026-11-30")), "us-in-2026-current");
    assertThat(a.dutyTotal()).isEqualByComparingTo("2650.00");
    assertThat(a.assumptions())
        .anyMatch(x -> x.text().contains("us-s301-india-10") && x.text().contains("Annex II"))
        .anyMatch(x -> x.text().startsWith("ASSUMPTION (U): fee band 2026-10-01..2027-09-30"));
  }

  /**
   * The rows of issue 13 (USD 10,000.00, ocean, origin IN), against the law:
   *
   * <ul>
   *   <li>3926.90.99 on 2025-09-15: its carve-out (note 2(v)(xxii)) covers civil-aircraft goods of
   *       the EU, not goods of India: MFN 5.3% 530.00 + India 25% 2,500.00 + Russian oil 25%
   *       2,500.00 = 5,530.00 = 55.3%.
   *   <li>4016.99.60.10 on 2025-09-15: Section 232 auto parts 25% from 2025-05-03 (9903.94.05), and
   *       232 goods leave the IEEPA layers: MFN 2.5% 250.00 + 2,500.00 = 2,750.00 = 27.5%.
   *   <li>6109.10.00 on 2026-07-24: Section 122 ended with 2026-07-23, Section 301 starts: MFN
   *       16.5% 1,650.00 + 10% 1,000.00 = 2,650.00 = 26.5%.
   * </ul>
   */
  @ParameterizedTest
  @CsvSource({
    "3926.90.99,    2025-09-15, 5530.00",
    "4016.99.60.10, 2025-09-15, 2750.00",
    "6109.10.00,    2026-07-24, 2650.00",
  })
  void issue13RowsFollowTheLaw(String code, String date, String duty) {
    ShipmentLine line =
        ShipmentLine.builder(code, "IN")
            .value("10000.00", "USD")
            .transportMode(TransportMode.OCEAN)
            .entryDate(LocalDate.parse(date))
            .build();
    Assessment a =
        DATA.assessor("US")
            .assess(
                Entry.of("US", line),
                CompiledSchedule.of(DATA.schedule("us-india.json"), LocalDate.parse(date)));
    assertThat(a.dutyTotal()).isEqualByComparingTo(duty);
  }
}
