package dev.tariffimpact.customs;

import static dev.tariffimpact.customs.Fixtures.INR;
import static dev.tariffimpact.customs.Fixtures.date;
import static dev.tariffimpact.customs.Fixtures.dutyOnDuty;
import static dev.tariffimpact.customs.Fixtures.measure;
import static dev.tariffimpact.customs.Fixtures.tax;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.AssessmentException.Reason;
import dev.tariffimpact.rate.AdValorem;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.Provenance;
import dev.tariffimpact.schedule.TariffSchedule;
import dev.tariffimpact.schedule.Validity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: an exemption whose data is unverified (U) and that took a charge off a line is an
 * assumption of the line's result, like an assumed rate; an IGST placeholder whose rate depends on
 * the goods' description is "not computable: claim one of ..." when the line claims nothing, and
 * rests nothing when the line made its claim.
 */
class UnverifiedExemptionsTest {

  private static final ExchangeRates RATES =
      ExchangeRates.builder()
          .add("USD", "INR", "85.00", "2025-09-01", "2025-10-31", "CBIC (illustrative)")
          .build();

  private final Assessor india = Assessor.of(CustomsRegime.IN, RATES);

  private static Measure exemption(String id, String scope, Confidence confidence, String claim) {
    Measure.Builder b =
        Measure.builder(id)
            .title("SWS exemption " + id)
            .kind(MeasureKind.EXEMPTION)
            .scope(scope)
            .validity(Validity.parse("2025-01-01.."))
            .rate(AdValorem.FREE)
            .excludes("in-sws")
            .provenance(
                Provenance.of(
                    "11/2018-Customs S.No. 1", confidence, "ASSUMPTION (U): listed before 2026"));
    return claim == null ? b.build() : b.claim(claim).build();
  }

  /** A placeholder IGST for 0802.90: its rate depends on the description (claim one of two). */
  private static List<Measure> igst() {
    Measure placeholder =
        Measure.builder("in-igst-claim-needed-080290")
            .title("IGST: entry to be claimed")
            .kind(MeasureKind.TAX)
            .base(dev.tariffimpact.schedule.DutyBase.VALUE_PLUS_DUTIES)
            .scope("0802.90")
            .validity(Validity.parse("2025-09-22.."))
            .rate(
                "REF(\"IGST of tariff item 080290 depends on the description: claim one of in-a"
                    + " in-b\")")
            .provenance(Provenance.of("india/igst.csv", Confidence.U, "not computable (U)"))
            .build();
    Measure claimed =
        Measure.builder("in-igst-a-080290")
            .title("IGST, entry a")
            .kind(MeasureKind.TAX)
            .base(dev.tariffimpact.schedule.DutyBase.VALUE_PLUS_DUTIES)
            .scope("0802.90")
            .validity(Validity.parse("2025-09-22.."))
            .rate(AdValorem.of("5"))
            .claim("in-a")
            .excludes("in-igst-claim-needed-080290")
            .provenance(Provenance.of("9/2025-IT(R)", Confidence.V))
            .build();
    return List.of(placeholder, claimed);
  }

  private static CompiledSchedule schedule() {
    List<Measure> measures =
        new java.util.ArrayList<>(
            List.of(
                measure(
                    "in-bcd-0802",
                    MeasureKind.BASE_DUTY,
                    "0802",
                    "*",
                    "2025-01-01..",
                    AdValorem.of("10")),
                dutyOnDuty("in-sws", "0802", "10", "BASE_DUTY"),
                tax("in-igst-5", "0802 except 0802.90", "5"),
                exemption("in-sws-exempt-u", "0802.31", Confidence.U, null),
                exemption("in-sws-exempt-v", "0802.12", Confidence.V, null),
                exemption("in-sws-exempt-claim", "0802.41", Confidence.U, "sws-claim")));
    measures.addAll(igst());
    return CompiledSchedule.of(TariffSchedule.of("IN", INR, measures), date("2025-10-10"));
  }

  private Assessment assess(String code, String... claims) {
    ShipmentLine.Builder line =
        ShipmentLine.builder(code, "US")
            .value("1000", "USD")
            .incoterm(Incoterm.CIF)
            .transportMode(TransportMode.OCEAN)
            .exportDate(date("2025-09-20"))
            .entryDate(date("2025-10-10"));
    for (String c : claims) {
      line.claim(c);
    }
    return india.assess(Entry.of("IN", line.build()), schedule(), "test");
  }

  private static boolean lists(Assessment a, String id) {
    return a.assumptions().stream().anyMatch(x -> x.text().contains("(" + id + ","));
  }

  /**
   * AV = 1,000 x 85.00 = 85,000.00; BCD 10% = 8,500.00; SWS exempted (without it 850.00); IGST 5%
   * of 85,000.00 + 8,500.00 = 4,675.00. The exemption is U: listed.
   */
  @Test
  void anUnverifiedExemptionThatTookTheSurchargeOffIsListed() {
    Assessment a = assess("0802.31");
    assertThat(a.component("in-sws", 0)).isEmpty();
    assertThat(a.dutyTotal()).isEqualByComparingTo("8500.00");
    assertThat(a.taxTotal()).isEqualByComparingTo("4675.00");
    assertThat(lists(a, "in-sws-exempt-u")).isTrue();
    assertThat(a.assumptions())
        .filteredOn(x -> x.text().contains("in-sws-exempt-u"))
        .singleElement()
        .satisfies(x -> assertThat(x.text()).contains("listed before 2026"));
  }

  @Test
  void aVerifiedExemptionIsNotAnAssumption() {
    Assessment a = assess("0802.12");
    assertThat(a.component("in-sws", 0)).isEmpty();
    assertThat(lists(a, "in-sws-exempt-v")).isFalse();
  }

  /** Not claimed: SWS 10% of 8,500.00 = 850.00 charged; the U exemption changed nothing. */
  @Test
  void anUnverifiedExemptionNotClaimedChangedNothingAndIsNotListed() {
    Assessment a = assess("0802.41");
    assertThat(a.component("in-sws", 0).orElseThrow().amount()).isEqualByComparingTo("850.00");
    assertThat(lists(a, "in-sws-exempt-claim")).isFalse();
    Assessment claimed = assess("0802.41", "sws-claim");
    assertThat(claimed.component("in-sws", 0)).isEmpty();
    assertThat(lists(claimed, "in-sws-exempt-claim")).isTrue();
  }

  @Test
  void theExplanationNamesTheExemptionsThatDisplacedACharge() {
    CompiledSchedule s = schedule();
    assertThat(s.explain(ProductCode.parse("0802.31"), "US").exemptionsUsed())
        .extracting(Measure::id)
        .containsExactly("in-sws-exempt-u");
    assertThat(s.explain(ProductCode.parse("0802.41"), "US").exemptionsUsed()).isEmpty();
  }

  @Test
  void anIgstThatDependsOnTheDescriptionIsNotComputableUntilClaimed() {
    assertThatThrownBy(() -> assess("0802.90"))
        .isInstanceOfSatisfying(
            AssessmentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_COMPUTABLE))
        .hasMessageContaining("IGST: entry to be claimed (in-igst-claim-needed-080290)")
        .hasMessageContaining(
            "not computable: IGST of tariff item 080290 depends on the description: claim one of"
                + " in-a in-b")
        .hasMessageNotContaining("refers to another rate");
    // claimed: no exemption here, so SWS 10% of 8,500.00 = 850.00 is charged; IGST 5% of
    // 85,000.00 + 8,500.00 + 850.00 = 94,350.00 is 4,717.50; the placeholder rests nothing
    Assessment a = assess("0802.90", "in-a");
    assertThat(a.component("in-igst-a-080290", 0).orElseThrow().amount())
        .isEqualByComparingTo("4717.50");
    assertThat(a.assumptions()).noneMatch(x -> x.text().contains("claim-needed"));
  }
}
