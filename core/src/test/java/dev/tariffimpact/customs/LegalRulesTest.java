package dev.tariffimpact.customs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.InTransit;
import dev.tariffimpact.schedule.LookupExplanation.Verdict;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.Provenance;
import dev.tariffimpact.schedule.TariffSchedule;
import dev.tariffimpact.schedule.Validity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The legal rules the model carries, each on a worked example with the arithmetic written out (USD
 * 10,000.00 entered value, air, so no HMF; dates on both sides of every boundary): exclusion by
 * legal family, dated product-list entries, unconditional, partner-only and conditional exemptions,
 * in-transit safe harbours.
 */
class LegalRulesTest {

  private static final Currency USD = Currency.getInstance("USD");
  private final Assessor us = Assessor.of(CustomsRegime.US);

  private static Measure.Builder layer(String id, String scope, String validity, String rate) {
    return Measure.builder(id)
        .title(id)
        .kind(MeasureKind.ADDITIONAL_DUTY)
        .scope(scope)
        .origins("IN")
        .validity(Validity.parse(validity))
        .rate(rate)
        .provenance(Provenance.of("test", Confidence.V));
  }

  private static Measure.Builder mfn(String code, String rate) {
    return Measure.builder("mfn-" + code)
        .kind(MeasureKind.BASE_DUTY)
        .scope(code)
        .origins("*")
        .validity(Validity.parse("2025-01-01.."))
        .rate(rate)
        .provenance(Provenance.of("HTS 2025", Confidence.V));
  }

  private static Measure.Builder exemption(String id, String scope, String origins) {
    return Measure.builder(id)
        .kind(MeasureKind.EXEMPTION)
        .scope(scope)
        .origins(origins)
        .validity(Validity.parse("2025-01-01.."))
        .rate("Free")
        .provenance(Provenance.of("HTS ch. 99", Confidence.V));
  }

  /**
   * FACTS.md s.2 and HTS ch. 99: IEEPA baseline 10% (9903.01.25, 2025-04-05..2025-08-06), India 25%
   * (9903.02.26, 2025-08-07..2026-02-23) replacing it, Russian oil 25% (9903.01.84, 2025-08-27..
   * 2026-02-06), Section 122 10% (9903.03.01, 2026-02-24..2026-07-23), Section 301 India 10%
   * (9903.05.44, from 2026-07-24, in transit until entries of 2026-07-27); Section 232 auto parts
   * 25% (family section-232) on 4016.99.60.10 from 2025-05-03 (a dated list entry). Every non-232
   * layer is excluded by the family, one rule each, not per measure.
   */
  private static TariffSchedule schedule() {
    String family = "family:section-232";
    return TariffSchedule.of(
        "US",
        USD,
        List.of(
            mfn("6109.10.00", "16.5%").build(),
            mfn("4016.99.60", "2.5%").build(),
            mfn("3926.90.99", "5.3%").build(),
            mfn("8807.30.00", "Free").build(),
            layer("ieepa-baseline", "* except 98", "2025-04-05..2025-08-06", "10%")
                .excludedBy(family)
                .inTransit(
                    InTransit.of(LocalDate.parse("2025-04-04"), LocalDate.parse("2025-05-26")))
                .build(),
            layer("ieepa-india", "* except 98", "2025-08-07..2026-02-23", "25%")
                .replaces("ieepa-baseline")
                .excludedBy(family)
                .build(),
            layer("ieepa-russian-oil", "* except 98", "2025-08-27..2026-02-06", "25%")
                .excludedBy(family)
                .build(),
            layer("s122", "*", "2026-02-24..2026-07-23", "10%")
                .origins("*")
                .excludedBy(family)
                .build(),
            layer("s301-india", "*", "2026-07-24..", "10%")
                .excludedBy(family)
                .inTransit(
                    InTransit.of(LocalDate.parse("2026-07-23"), LocalDate.parse("2026-07-27")))
                .build(),
            layer("s232-auto-parts", "4016.99.60.10", "2025-05-03..", "25%")
                .origins("*")
                .family("section-232")
                .build(),
            // Annex II of note 2(v)(iii): unconditional, every origin (here a stand-in code)
            exemption("ieepa-annex2", "2709", "*")
                .excludes("ieepa-baseline", "ieepa-india", "ieepa-russian-oil")
                .build(),
            // note 2(v)(xx)-style carve-out: civil aircraft goods of a partner (EU members only)
            exemption("ieepa-partner-eu-aircraft", "3926.90.99, 8807", "DE, FR, IT")
                .excludes("ieepa-baseline", "ieepa-india", "ieepa-russian-oil")
                .claim("civil-aircraft")
                .build(),
            // 9903.03.05: civil aircraft of any country, only when claimed
            exemption("s122-civil-aircraft", "8807", "*")
                .excludes("s122")
                .claim("civil-aircraft")
                .chapter99Heading("9903.03.05")
                .build()));
  }

  private static ShipmentLine.Builder line(String code, String origin, String entered) {
    return ShipmentLine.builder(code, origin)
        .value("10000.00", "USD")
        .transportMode(TransportMode.AIR)
        .entryDate(LocalDate.parse(entered));
  }

  private Assessment assess(ShipmentLine line) {
    return us.assess(line, CompiledSchedule.of(schedule(), line.entryDate()));
  }

  private static BigDecimal duty(Assessment a) {
    return a.dutyTotal();
  }

  @Test
  void plasticsOfIndiaAreNotInAPartnerCarveOutAndPayBothIeepaLayers() {
    // 3926.90.99 on 2025-09-15: MFN 5.3% 530.00 + India 25% 2,500.00 + Russian oil 25% 2,500.00
    // = 5,530.00 (55.3%); the EU civil-aircraft carve-out covers goods of DE, FR, IT only.
    Assessment india = assess(line("3926.90.99", "IN", "2025-09-15").build());
    assertThat(duty(india)).isEqualByComparingTo("5530.00");
    assertThat(india.notes()).noneMatch(n -> n.contains("if you claim"));
  }

  @Test
  void aSection232GoodLeavesEveryOtherLayerTheDayItsListEntryStarts() {
    // 4016.99.60.10 on 2025-05-02: MFN 2.5% 250.00 + baseline 10% 1,000.00 = 1,250.00
    assertThat(duty(assess(line("4016.99.60.10", "IN", "2025-05-02").build())))
        .isEqualByComparingTo("1250.00");
    // on 2025-05-03: MFN 250.00 + Section 232 auto parts 25% 2,500.00 = 2,750.00, no baseline
    Assessment may03 = assess(line("4016.99.60.10", "IN", "2025-05-03").build());
    assertThat(duty(may03)).isEqualByComparingTo("2750.00");
    assertThat(may03.component("ieepa-baseline", 0)).isEmpty();
    // on 2025-09-15: MFN 250.00 + 232 2,500.00 = 2,750.00 (27.5%), no IEEPA India, no Russian oil
    assertThat(duty(assess(line("4016.99.60.10", "IN", "2025-09-15").build())))
        .isEqualByComparingTo("2750.00");
    // on 2026-03-01 and 2026-07-24: MFN + 232 only: no Section 122, no Section 301
    assertThat(duty(assess(line("4016.99.60.10", "IN", "2026-03-01").build())))
        .isEqualByComparingTo("2750.00");
    assertThat(duty(assess(line("4016.99.60.10", "IN", "2026-07-24").build())))
        .isEqualByComparingTo("2750.00");
    // the sibling 4016.99.60.50 is not on the list: MFN 250.00 + 301 1,000.00 on 2026-07-24
    assertThat(duty(assess(line("4016.99.60.50", "IN", "2026-07-24").build())))
        .isEqualByComparingTo("1250.00");
    var explained =
        CompiledSchedule.of(schedule(), LocalDate.parse("2025-09-15"))
            .explain(dev.tariffimpact.classification.ProductCode.parse("4016.99.60.10"), "IN");
    assertThat(explained.of("ieepa-india").orElseThrow().describe())
        .isEqualTo("EXCLUDED_BY s232-auto-parts");
  }

  @Test
  void section122EndsWith2026_07_23AndSection301StartsOn2026_07_24() {
    // 6109.10.00: 2026-07-23: MFN 16.5% 1,650.00 + s122 10% 1,000.00 = 2,650.00 (26.5%)
    assertThat(duty(assess(line("6109.10.00", "IN", "2026-07-23").build())))
        .isEqualByComparingTo("2650.00");
    // 2026-07-24: MFN 1,650.00 + s301 10% 1,000.00 = 2,650.00 (26.5%), not 36.5%: no s122
    Assessment jul24 = assess(line("6109.10.00", "IN", "2026-07-24").build());
    assertThat(duty(jul24)).isEqualByComparingTo("2650.00");
    assertThat(jul24.component("s122", 0)).isEmpty();
    assertThat(jul24.component("s301-india", 0).orElseThrow().amount())
        .isEqualByComparingTo("1000.00");
  }

  @Test
  void goodsInTransitBeforeSection301KeepTheOldTreatmentUntilEntriesOf2026_07_27() {
    // loaded 2026-07-23 (before 12:01 a.m. 2026-07-24), entered 2026-07-27: MFN only, 1,650.00
    Assessment inTransit =
        assess(
            line("6109.10.00", "IN", "2026-07-27")
                .exportDate(LocalDate.parse("2026-07-23"))
                .build());
    assertThat(duty(inTransit)).isEqualByComparingTo("1650.00");
    assertThat(inTransit.notes())
        .anyMatch(n -> n.contains("in-transit rule used: s301-india not charged"));
    // entered 2026-07-28 (from 12:01 a.m.): the safe harbour is over: 1,650.00 + 1,000.00
    assertThat(
            duty(
                assess(
                    line("6109.10.00", "IN", "2026-07-28")
                        .exportDate(LocalDate.parse("2026-07-23"))
                        .build())))
        .isEqualByComparingTo("2650.00");
    // loaded 2026-07-24: not in transit before the start: 2,650.00
    assertThat(
            duty(
                assess(
                    line("6109.10.00", "IN", "2026-07-27")
                        .exportDate(LocalDate.parse("2026-07-24"))
                        .build())))
        .isEqualByComparingTo("2650.00");
  }

  @Test
  void aConditionalExemptionAppliesOnlyWhenClaimedAndOtherwiseSaysSo() {
    // 8807.30.00 aircraft parts on 2026-03-01, MFN Free: unclaimed, s122 10% = 1,000.00 ...
    Assessment unclaimed = assess(line("8807.30.00", "IN", "2026-03-01").build());
    assertThat(duty(unclaimed)).isEqualByComparingTo("1000.00");
    assertThat(unclaimed.notes())
        .anyMatch(
            n ->
                n.contains("exempt from s122 if you claim civil-aircraft")
                    && n.contains("9903.03.05"));
    // ... claimed: 0.00, and the note says which claim removed what
    Assessment claimed =
        assess(line("8807.30.00", "IN", "2026-03-01").claim("civil-aircraft").build());
    assertThat(duty(claimed)).isEqualByComparingTo("0.00");
    assertThat(claimed.notes())
        .anyMatch(n -> n.contains("claim civil-aircraft used") && n.contains("not charged: s122"));
  }

  @Test
  void aPartnerCarveOutAppliesToThePartnersGoodsWhenClaimedAndNeverToIndia() {
    ShipmentLine fromIndia = line("8807.30.00", "IN", "2025-06-02").claim("civil-aircraft").build();
    // India: baseline 10% = 1,000.00 even when claimed (the carve-out is for DE, FR, IT)
    assertThat(duty(assess(fromIndia))).isEqualByComparingTo("1000.00");
    var explained =
        CompiledSchedule.of(schedule(), LocalDate.parse("2025-06-02"))
            .explain(fromIndia.code(), "DE", fromIndia.declaration());
    assertThat(explained.of("ieepa-partner-eu-aircraft").orElseThrow().verdict())
        .isEqualTo(Verdict.APPLIES);
    assertThat(
            CompiledSchedule.of(schedule(), LocalDate.parse("2025-06-02"))
                .explain(fromIndia.code(), "IN", fromIndia.declaration())
                .of("ieepa-partner-eu-aircraft")
                .orElseThrow()
                .verdict())
        .isEqualTo(Verdict.ORIGIN_NOT_COVERED);
  }

  @Test
  void anUnconditionalListExemptsWithoutAClaim() {
    var explained =
        CompiledSchedule.of(schedule(), LocalDate.parse("2025-09-15"))
            .explain(dev.tariffimpact.classification.ProductCode.parse("2709.00.10"), "IN");
    assertThat(explained.of("ieepa-india").orElseThrow().describe())
        .isEqualTo("EXCLUDED_BY ieepa-annex2");
    assertThat(explained.applicable()).isEmpty(); // no base duty in this test schedule for 2709
  }

  @Test
  void theBaselineKeepsItsInTransitRuleAtItsStart() {
    // loaded 2025-04-04, entered 2025-05-26: no baseline (MFN 16.5% only = 1,650.00);
    // entered 2025-05-27: baseline 10% too = 2,650.00
    assertThat(
            duty(
                assess(
                    line("6109.10.00", "IN", "2025-05-26")
                        .exportDate(LocalDate.parse("2025-04-04"))
                        .build())))
        .isEqualByComparingTo("1650.00");
    assertThat(
            duty(
                assess(
                    line("6109.10.00", "IN", "2025-05-27")
                        .exportDate(LocalDate.parse("2025-04-04"))
                        .build())))
        .isEqualByComparingTo("2650.00");
  }
}
