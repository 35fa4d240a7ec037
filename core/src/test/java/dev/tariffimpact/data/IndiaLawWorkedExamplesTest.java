package dev.tariffimpact.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.AssessmentComponent;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.customs.Incoterm;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.io.schedule.ScheduleJson;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.TariffSchedule;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Worked examples of India's dated layers (issue 16), each with its arithmetic written out. The
 * schedule is what the generator makes from the committed {@code data/in-layers.csv} and {@code
 * data/india/} for the lines named here; where a line's First Schedule rate is needed it is a TEST
 * INPUT stated in the test, not a fact. Every figure below is CIF USD 10,000 at a flat INR 85.00
 * (test input) = assessable value INR 850,000.00.
 */
class IndiaLawWorkedExamplesTest {

  private static final Path DATA = Path.of("..", "data");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final ExchangeRates RATES =
      ExchangeRates.builder()
          .add("USD", "INR", "85.00", "2025-01-01", "2026-12-31", "test input")
          .build();
  private static final Assessor INDIA = Assessor.of(CustomsRegime.IN, RATES);

  private static TariffSchedule schedule;

  private static TariffSchedule schedule() {
    if (schedule == null) {
      IndiaUsLayers layers = new IndiaUsLayers(DATA);
      List<IndiaUsLayers.Line> lines =
          List.of(
              line("08081000", "", "fruit"),
              line("15071000", "", "soybean-oil"),
              // TEST INPUT: standard BCD 10% (the First Schedule rate is not asserted here).
              line("90189099", "10%", "industrial-goods"),
              line("24022090", "", "test-only"),
              // TEST INPUT: standard BCD 2.5% (the First Schedule rate is not asserted here).
              line("88024000", "2.5%", "industrial-goods"));
      ObjectNode root = JSON.createObjectNode();
      root.put("format", "tariff-impact/schedule");
      root.put("version", 1);
      root.put("importer", "IN");
      root.put("currency", "INR");
      root.put("description", "worked examples");
      layers.measures(lines, root.putArray("measures"), JSON);
      schedule = ScheduleJson.parse(JSON.writeValueAsString(root), "worked-examples", DATA);
    }
    return schedule;
  }

  private static IndiaUsLayers.Line line(String item, String bcd, String category) {
    return new IndiaUsLayers.Line(item, "line " + item, category, bcd, "test input", "R", "");
  }

  private static Assessment assess(String item, String date, String... claims) {
    LocalDate d = LocalDate.parse(date);
    ShipmentLine.Builder b =
        ShipmentLine.builder(item, "US")
            .value("10000", "USD")
            .incoterm(Incoterm.CIF)
            .transportMode(TransportMode.OCEAN)
            .exportDate(d.minusDays(20))
            .entryDate(d);
    for (String c : claims) {
      b.claim(c);
    }
    return INDIA.assess(b.build(), CompiledSchedule.of(schedule(), d));
  }

  private static String charged(Assessment a) {
    return a.components().stream()
        .map(c -> c.measureId() + "=" + c.amount().toPlainString())
        .collect(Collectors.joining(" "));
  }

  private static BigDecimal amount(Assessment a, String id) {
    return a.component(id, 0)
        .orElseThrow(() -> new AssertionError(id + ": " + charged(a)))
        .amount();
  }

  @Test
  void applesPayBcd15PlusAidc35WithoutSwsAndNilIgstNotBcd50() {
    Assessment a = assess("08081000", "2026-03-02");
    // 45/2025 Table I S.No. 29: BCD 15% x 850,000 = 127,500.00
    assertThat(amount(a, "in-bcd-45-2025-I-29-08081000")).isEqualByComparingTo("127500.00");
    // 11/2021 S.No. 6: AIDC 35% x 850,000 = 297,500.00
    assertThat(amount(a, "in-aidc-11-2021-6-2025-01-01-08081000"))
        .isEqualByComparingTo("297500.00");
    // 11/2018 S.No. 1 lists 0808 10 00: no SWS; 10/2025-IT(R) S.No. 51: IGST Nil
    assertThat(a.components()).noneMatch(c -> c.measureId().startsWith("in-sws-"));
    // 127,500 + 297,500 = 425,000.00 = 50% of AV, split 15 + 35 (not 50 + 0)
    assertThat(a.totalCharges()).isEqualByComparingTo("425000.00");
  }

  @Test
  void anAidcLineWithoutSwsExemptionPaysSwsOnBcdPlusAidc() {
    Assessment a = assess("15071000", "2026-03-02");
    // crude soybean oil: BCD 10% (45/2025 I-41) 85,000; AIDC 5% (11/2021 S.No. 8) 42,500
    assertThat(amount(a, "in-bcd-45-2025-I-41-15071000")).isEqualByComparingTo("85000.00");
    assertThat(amount(a, "in-aidc-11-2021-8-2025-01-01-15071000")).isEqualByComparingTo("42500.00");
    // SWS 10% x (85,000 + 42,500) = 12,750.00 -> duties 140,250 = 16.5% (FACTS.md s.3)
    AssessmentComponent sws = a.component("in-sws-15071000", 0).orElseThrow();
    assertThat(sws.base()).isEqualByComparingTo("127500.00");
    assertThat(sws.amount()).isEqualByComparingTo("12750.00");
    assertThat(a.dutyTotal()).isEqualByComparingTo("140250.00");
    // IGST 5% (9/2025 Sch. I S.No. 84) x (850,000 + 140,250 = 990,250) = 49,512.50
    assertThat(amount(a, "in-igst-9-2025-I-84-15071000")).isEqualByComparingTo("49512.50");
  }

  @Test
  void crudeSoybeanOilPaysBcd20UntilMay29And10FromMay30() {
    // FACTS.md s.3 (V, PTI 2025-05-31): BCD 20% cut to 10% from 2025-05-30; AIDC 5% throughout.
    Assessment before = assess("15071000", "2025-05-29");
    // BCD 20% x 850,000 = 170,000.00 (india/bcd-effective-dated.csv, not the assumed 10%)
    assertThat(amount(before, "in-bcd-50-2017-45-2025-I-41-2025-01-01-15071000"))
        .isEqualByComparingTo("170000.00");
    // AIDC 5% x 850,000 = 42,500.00
    assertThat(amount(before, "in-aidc-11-2021-8-2025-01-01-15071000"))
        .isEqualByComparingTo("42500.00");
    // SWS 10% x (170,000 + 42,500 = 212,500) = 21,250.00
    AssessmentComponent sws = before.component("in-sws-15071000", 0).orElseThrow();
    assertThat(sws.base()).isEqualByComparingTo("212500.00");
    assertThat(sws.amount()).isEqualByComparingTo("21250.00");
    // customs duties 170,000 + 42,500 + 21,250 = 233,750.00 = 27.5% of AV
    assertThat(before.dutyTotal()).isEqualByComparingTo("233750.00");
    assertThat(before.components())
        .noneMatch(c -> c.measureId().equals("in-bcd-50-2017-45-2025-I-41-15071000"));

    Assessment after = assess("15071000", "2025-05-30");
    // BCD 10% x 850,000 = 85,000.00; AIDC 42,500.00; SWS 10% x 127,500 = 12,750.00
    assertThat(amount(after, "in-bcd-50-2017-45-2025-I-41-2025-05-30-15071000"))
        .isEqualByComparingTo("85000.00");
    assertThat(after.component("in-sws-15071000", 0).orElseThrow().amount())
        .isEqualByComparingTo("12750.00");
    // 85,000 + 42,500 + 12,750 = 140,250.00 = 16.5% of AV (FACTS.md s.3 cross-check)
    assertThat(after.dutyTotal()).isEqualByComparingTo("140250.00");
    // both periods rest on a source: no "50/2017 assumed" assumption for this line
    assertThat(after.assumptions()).noneMatch(x -> x.text().contains("50/2017 entry is taken"));
  }

  @Test
  void healthCessChainIsOutsideTheSwsBaseAndInsideTheIgstBase() {
    // 2025-01-15: before the SWS exemption of 9018-9022 (11/2018 S.No. 56C from 2025-02-02).
    // The IGST entry is claimed (9/2025 Sch. I S.No. 483, assumed at 5% before GST 2.0, U).
    Assessment a = assess("90189099", "2025-01-15", "in-9-2025-I-483");
    // BCD 10% (TEST INPUT standard rate) x 850,000 = 85,000.00; AIDC Nil
    assertThat(amount(a, "in-bcd-90189099")).isEqualByComparingTo("85000.00");
    assertThat(amount(a, "in-aidc-nil-90189099")).isEqualByComparingTo("0.00");
    // Health Cess 5% x 850,000 = 42,500.00
    assertThat(amount(a, "in-health-cess-90189099")).isEqualByComparingTo("42500.00");
    // SWS 10% x (BCD 85,000 + AIDC 0) = 8,500.00: the Health Cess is not in its base
    AssessmentComponent sws = a.component("in-sws-90189099", 0).orElseThrow();
    assertThat(sws.base()).isEqualByComparingTo("85000.00");
    assertThat(sws.amount()).isEqualByComparingTo("8500.00");
    // IGST 5% x (850,000 + 85,000 + 0 + 8,500 + 42,500 = 986,000) = 49,300.00
    AssessmentComponent igst =
        a.component("in-igst-1-2017-as-9-2025-I-483-90189099", 0).orElseThrow();
    assertThat(igst.base()).isEqualByComparingTo("986000.00");
    assertThat(igst.amount()).isEqualByComparingTo("49300.00");
    // 85,000 + 0 + 42,500 + 8,500 + 49,300 = 185,300.00
    assertThat(a.totalCharges()).isEqualByComparingTo("185300.00");
    // the assumed pre-GST 2.0 rate reaches the user
    assertThat(a.assumptions()).anyMatch(x -> x.text().contains("1/2017"));
  }

  @Test
  void aMedicalDeviceWithoutAClaimedIgstEntryIsNotComputableNotZero() {
    assertThatThrownBy(() -> assess("90189099", "2026-03-02")).hasMessageContaining("claim one of");
  }

  @Test
  void anEndUseEntryOf45_2025AppliesOnlyWhenClaimed() {
    // 45/2025 Table I S.No. 14 (planting materials, condition 4): 5% only when claimed
    Assessment claimed = assess("08081000", "2026-03-02", "in-45-2025-I-14");
    // 5% x 850,000 = 42,500.00
    assertThat(amount(claimed, "in-bcd-45-2025-I-14-08081000")).isEqualByComparingTo("42500.00");
    assertThat(claimed.components())
        .noneMatch(c -> c.measureId().equals("in-bcd-45-2025-I-29-08081000"));
    Assessment plain = assess("08081000", "2026-03-02");
    // not claimed: Table I S.No. 29, 15% = 127,500.00
    assertThat(amount(plain, "in-bcd-45-2025-I-29-08081000")).isEqualByComparingTo("127500.00");
    assertThat(plain.components())
        .noneMatch(c -> c.measureId().equals("in-bcd-45-2025-I-14-08081000"));
  }

  @Test
  void aTableIiEntryClaimedReplacesTheBcdAndWith11_2021SNo20TheAidc() {
    // 45/2025 Table II S.No. 12 (goods for the Special Protection Group, any chapter, condition 8):
    // BCD Nil when claimed; 11/2021 S.No. 20 (Table II S.Nos 6-61): AIDC Nil with it.
    Assessment claimed = assess("15071000", "2026-03-02", "in-45-2025-II-12");
    assertThat(amount(claimed, "in-bcd-claim-45-2025-II-12")).isEqualByComparingTo("0.00");
    // not claimed, crude soybean oil pays AIDC 5% = 42,500.00; claimed, no AIDC at all
    assertThat(claimed.components()).noneMatch(c -> c.measureId().startsWith("in-aidc-"));
    assertThat(claimed.components()).noneMatch(c -> c.measureId().startsWith("in-bcd-45-2025-"));
    // SWS 10% x (BCD 0 + AIDC 0) = 0.00
    assertThat(claimed.component("in-sws-15071000", 0).orElseThrow().base())
        .isEqualByComparingTo("0.00");
    // IGST 5% x (850,000 + 0) = 42,500.00
    assertThat(amount(claimed, "in-igst-9-2025-I-84-15071000")).isEqualByComparingTo("42500.00");
    assertThat(claimed.dutyTotal()).isEqualByComparingTo("0.00");
    assertThat(claimed.totalCharges()).isEqualByComparingTo("42500.00");
    assertThat(claimed.notes()).anyMatch(n -> n.contains("claim in-45-2025-II-12 used"));

    // not claimed: Table I S.No. 41 as before, 10% + 5% + SWS 12,750 = 140,250.00, and the
    // any-chapter entries are named once, as a group
    Assessment plain = assess("15071000", "2026-03-02");
    assertThat(plain.dutyTotal()).isEqualByComparingTo("140250.00");
    assertThat(plain.components()).noneMatch(c -> c.measureId().startsWith("in-bcd-claim-"));
    assertThat(plain.notes())
        .filteredOn(n -> n.contains("family in-45-2025-any-chapter"))
        .hasSize(1);
  }

  @Test
  void aTableIiEntryOutside11_2021SNo20KeepsTheAidcAndItsSws() {
    // 45/2025 Table II S.No. 73 (foodstuffs ..., condition 27) is not named by 11/2021 S.No. 20
    Assessment a = assess("15071000", "2026-03-02", "in-45-2025-II-73");
    // BCD Nil: 0.00; AIDC 5% x 850,000 = 42,500.00
    assertThat(amount(a, "in-bcd-claim-45-2025-II-73")).isEqualByComparingTo("0.00");
    assertThat(amount(a, "in-aidc-11-2021-8-2025-01-01-15071000")).isEqualByComparingTo("42500.00");
    // SWS 10% x (0 + 42,500) = 4,250.00
    assertThat(amount(a, "in-sws-15071000")).isEqualByComparingTo("4250.00");
    // IGST 5% x (850,000 + 42,500 + 4,250 = 896,750) = 44,837.50
    assertThat(amount(a, "in-igst-9-2025-I-84-15071000")).isEqualByComparingTo("44837.50");
    // 42,500 + 4,250 + 44,837.50 = 91,587.50
    assertThat(a.totalCharges()).isEqualByComparingTo("91587.50");
  }

  @Test
  void aTableIiiEntryClaimedRemovesTheHealthCessBy8_2020SNo2() {
    // 45/2025 Table III S.No. 4 (privileged persons): BCD Nil; 8/2020 S.No. 2 (Table III S.Nos
    // 3-10): Health Cess Nil; IGST 5% claimed (9/2025 Sch. I S.No. 483)
    Assessment a = assess("90189099", "2026-03-02", "in-45-2025-III-4", "in-9-2025-I-483");
    assertThat(amount(a, "in-bcd-claim-45-2025-III-4")).isEqualByComparingTo("0.00");
    assertThat(a.components()).noneMatch(c -> c.measureId().startsWith("in-health-cess-"));
    // IGST 5% x 850,000 = 42,500.00 (no duty in its base)
    assertThat(a.totalCharges()).isEqualByComparingTo("42500.00");
    // not claimed: BCD 10% (TEST INPUT) 85,000 + Health Cess 5% 42,500 (SWS exempt from
    // 2025-02-02, 11/2018 S.No. 56C) = 127,500.00
    Assessment plain = assess("90189099", "2026-03-02", "in-9-2025-I-483");
    assertThat(plain.dutyTotal()).isEqualByComparingTo("127500.00");
  }

  @Test
  void aTableIEntryNamedBy11_2018SNo58RemovesTheSws() {
    // Aeroplanes 8802 40 00; IGST 5% claimed (9/2025 Sch. I S.No. 463)
    Assessment plain = assess("88024000", "2026-03-02", "in-9-2025-I-463");
    // BCD 2.5% (TEST INPUT) x 850,000 = 21,250.00; SWS 10% x 21,250 = 2,125.00
    assertThat(amount(plain, "in-sws-88024000")).isEqualByComparingTo("2125.00");
    // IGST 5% x (850,000 + 21,250 + 2,125 = 873,375) = 43,668.75; total 67,043.75
    assertThat(plain.totalCharges()).isEqualByComparingTo("67043.75");
    // 45/2025 Table I S.No. 344 (2.5%) claimed: 11/2018 S.No. 58 exempts its goods from SWS
    Assessment claimed = assess("88024000", "2026-03-02", "in-9-2025-I-463", "in-45-2025-I-344");
    assertThat(amount(claimed, "in-bcd-45-2025-I-344-88024000")).isEqualByComparingTo("21250.00");
    assertThat(claimed.components()).noneMatch(c -> c.measureId().startsWith("in-sws-"));
    // IGST 5% x (850,000 + 21,250 = 871,250) = 43,562.50; total 21,250 + 43,562.50 = 64,812.50
    assertThat(claimed.totalCharges()).isEqualByComparingTo("64812.50");
  }

  @Test
  void aClaimNoMeasureTakesIsSaidNotIgnored() {
    // Table II S.No. 30 (military helicopters: chapters 84, 85, 90, 93, 8802.12) does not reach
    // apples: the claim changes nothing and the assessment says so
    Assessment a = assess("08081000", "2026-03-02", "in-45-2025-II-30");
    assertThat(a.totalCharges()).isEqualByComparingTo("425000.00");
    assertThat(a.notes()).anyMatch(n -> n.contains("claim in-45-2025-II-30 not used"));
  }

  @Test
  void notification50_2017UntilOctober31And45_2025FromNovember1() {
    Assessment before = assess("08081000", "2025-10-31");
    // 2025-10-31: the 50/2017 entry, assumed (U) at the rate of its 45/2025 successor: 127,500.00
    assertThat(amount(before, "in-bcd-50-2017-45-2025-I-29-08081000"))
        .isEqualByComparingTo("127500.00");
    assertThat(before.assumptions()).anyMatch(x -> x.text().contains("50/2017"));
    Assessment after = assess("08081000", "2025-11-01");
    // 2025-11-01: 45/2025 Table I S.No. 29 itself (R), 15% = 127,500.00
    assertThat(amount(after, "in-bcd-45-2025-I-29-08081000")).isEqualByComparingTo("127500.00");
    assertThat(after.components()).noneMatch(c -> c.measureId().startsWith("in-bcd-50-2017-"));
  }

  @Test
  void igstChangesOnGst2DayAndAgainWhen19_2025OmitsScheduleVii() {
    // Cigarettes 2402 20 90 (test-only line): no BCD found, so the effective BCD is not asserted;
    // the IGST measure and rate are read from the lookup of each date.
    assertThat(igstOn("2025-09-21")).isEqualTo("in-igst-1-2017-24022090 28% U");
    assertThat(igstOn("2025-09-22")).isEqualTo("in-igst-9-2025-VII-3-24022090 28% V");
    assertThat(igstOn("2026-01-31")).isEqualTo("in-igst-9-2025-VII-3-24022090 28% V");
    assertThat(igstOn("2026-02-01")).isEqualTo("in-igst-19-2025-III-16-24022090 40% V");
  }

  private static String igstOn(String date) {
    CompiledSchedule s = CompiledSchedule.of(schedule(), LocalDate.parse(date));
    return s
        .applicable(dev.tariffimpact.classification.ProductCode.parse("24022090"), "US")
        .stream()
        .filter(m -> m.kind() == dev.tariffimpact.schedule.MeasureKind.TAX)
        .map(m -> m.id() + " " + m.rate() + " " + m.provenance().confidence())
        .collect(Collectors.joining("; "));
  }
}
