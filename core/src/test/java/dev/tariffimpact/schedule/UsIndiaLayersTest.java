package dev.tariffimpact.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.io.schedule.ScheduleJson;
import dev.tariffimpact.rate.AdValorem;
import dev.tariffimpact.schedule.LookupExplanation.Verdict;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The US layers on goods from India of FACTS.md section 2, read from the test schedule file. The
 * expected totals are FACTS.md's worked example: cotton knit garment, MFN 16.5%: 66.5% through
 * 2026-02-06 (16.5 + 25 + 25), 41.5% 2026-02-07..2026-02-23 (16.5 + 25), 26.5% from 2026-02-24
 * (16.5 + 10).
 */
class UsIndiaLayersTest {

  static final Path DIR = Path.of("src/test/resources/schedule");
  private static final TariffSchedule US = ScheduleJson.read(DIR.resolve("us-india.json"));
  private static final ProductCode TSHIRT = ProductCode.parse("6109.10.00");

  private static CompiledSchedule at(String date) {
    return CompiledSchedule.of(US, LocalDate.parse(date));
  }

  private static List<String> ids(List<Measure> measures) {
    return measures.stream().map(Measure::id).toList();
  }

  private static BigDecimal dutyPercent(List<Measure> measures) {
    return measures.stream()
        .filter(m -> m.kind() != MeasureKind.FEE)
        .map(m -> ((AdValorem) m.rate()).percent())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void september2025MfnPlusIndiaRatePlusRussianOil() {
    CompiledSchedule s = at("2025-09-15");
    List<Measure> applicable = s.applicable(TSHIRT, "IN");
    assertThat(ids(applicable))
        .containsExactly(
            "us-mfn-6109.10.00", "us-ieepa-india", "us-ieepa-russian-oil", "us-mpf-fy2025");
    assertThat(dutyPercent(applicable)).isEqualByComparingTo("66.5");

    LookupExplanation why = s.explain(TSHIRT, "IN");
    assertThat(why.of("us-ieepa-baseline").orElseThrow().verdict()).isEqualTo(Verdict.REPLACED_BY);
    assertThat(why.of("us-ieepa-baseline").orElseThrow().by()).isEqualTo("us-ieepa-india");
    assertThat(why.of("us-col2-6109.10.00").orElseThrow().verdict())
        .isEqualTo(Verdict.ORIGIN_NOT_COVERED);
    assertThat(why.of("us-s122").orElseThrow().verdict()).isEqualTo(Verdict.OUT_OF_DATES);
    assertThat(why.of("us-mpf-fy2026").orElseThrow().verdict()).isEqualTo(Verdict.OUT_OF_DATES);
    assertThat(why.of("us-232-steel")).isEmpty(); // a chapter 72 range is never looked at for 61
    assertThat(ids(s.applicable(ProductCode.parse("6109.10.00.12"), "IN")))
        .isEqualTo(ids(applicable));
  }

  @Test
  void february2026AfterTheRussianOilDutyEnded() {
    List<Measure> applicable = at("2026-02-10").applicable(TSHIRT, "IN");
    assertThat(ids(applicable))
        .containsExactly("us-mfn-6109.10.00", "us-ieepa-india", "us-mpf-fy2026");
    assertThat(dutyPercent(applicable)).isEqualByComparingTo("41.5");
  }

  @Test
  void march2026MfnPlusSection122() {
    CompiledSchedule s = at("2026-03-01");
    List<Measure> applicable = s.applicable(TSHIRT, "IN");
    assertThat(ids(applicable)).containsExactly("us-mfn-6109.10.00", "us-s122", "us-mpf-fy2026");
    assertThat(dutyPercent(applicable)).isEqualByComparingTo("26.5");
    LookupExplanation why = s.explain(TSHIRT, "IN");
    assertThat(why.of("us-ieepa-india").orElseThrow().verdict()).isEqualTo(Verdict.OUT_OF_DATES);
    assertThat(why.of("us-ieepa-baseline").orElseThrow().verdict()).isEqualTo(Verdict.OUT_OF_DATES);
  }

  @Test
  void section232SteelIsExemptFromTheReciprocalLayersAndSection122() {
    ProductCode plate = ProductCode.parse("7208.51.00.30");
    CompiledSchedule september = at("2025-09-15");
    assertThat(ids(september.applicable(plate, "IN")))
        .containsExactly("us-mfn-7208.51.00", "us-232-steel", "us-mpf-fy2025");
    LookupExplanation why = september.explain(plate, "IN");
    assertThat(why.of("us-ieepa-india").orElseThrow().verdict()).isEqualTo(Verdict.EXCLUDED_BY);
    assertThat(why.of("us-ieepa-india").orElseThrow().by()).isEqualTo("us-232-steel");
    assertThat(why.of("us-ieepa-russian-oil").orElseThrow().by()).isEqualTo("us-232-steel");
    assertThat(ids(at("2026-03-01").applicable(plate, "IN")))
        .containsExactly("us-mfn-7208.51.00", "us-232-steel", "us-mpf-fy2026");
  }

  @Test
  void annexTwoPharmaceuticalsAreExemptFromIeepaButNotFromSection122ByTheAnnexList() {
    ProductCode medicament = ProductCode.parse("3004.90.92.01");
    LookupExplanation why = at("2025-09-15").explain(medicament, "IN");
    assertThat(why.of("us-ieepa-india").orElseThrow().verdict()).isEqualTo(Verdict.SCOPE_EXCLUDED);
    assertThat(why.of("us-ieepa-russian-oil").orElseThrow().verdict())
        .isEqualTo(Verdict.SCOPE_EXCLUDED);
    assertThat(ids(why.applicable())).containsExactly("us-mfn-3004.90.92", "us-mpf-fy2025");
    // The Section 122 list exempts the whole 8-digit line 3004.90.92.
    assertThat(ids(at("2026-03-01").applicable(medicament, "IN")))
        .containsExactly("us-mfn-3004.90.92", "us-mpf-fy2026");
  }

  @Test
  void columnTwoOriginsPayTheColumnTwoRateAndCanadaNoBaseline() {
    assertThat(ids(at("2025-05-01").applicable(TSHIRT, "RU")))
        .containsExactly("us-col2-6109.10.00", "us-ieepa-baseline", "us-mpf-fy2025");
    assertThat(ids(at("2025-05-01").applicable(TSHIRT, "CA")))
        .containsExactly("us-mfn-6109.10.00", "us-mpf-fy2025");
  }

  @Test
  void theAnnouncedFrameworkOverlayGivesThirtyFourPointFivePercent() {
    TariffSchedule framework = ScheduleJson.read(DIR.resolve("us-india-framework.json"));
    Scenario scenario =
        Scenario.of(
            "framework",
            "The announced 18% rate had it been collected.",
            US,
            LocalDate.parse("2026-02-10"),
            framework.measures());
    List<Measure> applicable = scenario.compile().applicable(TSHIRT, "IN");
    assertThat(ids(applicable))
        .containsExactly("us-mfn-6109.10.00", "us-framework-18", "us-mpf-fy2026");
    assertThat(dutyPercent(applicable)).isEqualByComparingTo("34.5");
    assertThat(applicable.get(1).status()).isEqualTo(MeasureStatus.ANNOUNCED);
  }
}
