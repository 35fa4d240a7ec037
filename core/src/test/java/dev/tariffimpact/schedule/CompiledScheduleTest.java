package dev.tariffimpact.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.schedule.LookupExplanation.Verdict;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompiledScheduleTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate DAY = LocalDate.parse("2025-09-15");

  private static Measure.Builder measure(String id, MeasureKind kind, String scope, String rate) {
    return Measure.builder(id)
        .kind(kind)
        .scope(scope)
        .rate(rate)
        .validity("2025-01-01..")
        .provenance("test", Confidence.V);
  }

  private static CompiledSchedule compile(LocalDate asOf, Measure... measures) {
    return CompiledSchedule.of(TariffSchedule.of("US", USD, List.of(measures)), asOf);
  }

  private static List<String> ids(CompiledSchedule s, String code, String origin) {
    return s.applicable(ProductCode.parse(code), origin).stream().map(Measure::id).toList();
  }

  @Test
  void longestPrefixWinsAmongBaseDuties() {
    CompiledSchedule s =
        compile(
            DAY,
            // The range and the chapter are equally specific (2 digits): the later one wins.
            measure("range", MeasureKind.BASE_DUTY, "50-63", "10%").build(),
            measure("chapter", MeasureKind.BASE_DUTY, "61", "12%").build(),
            measure("heading", MeasureKind.BASE_DUTY, "6109", "14%").build(),
            measure("line", MeasureKind.BASE_DUTY, "6109.10.00", "16.5%").build());

    assertThat(ids(s, "6109.10.00.12", "IN")).containsExactly("line");
    assertThat(ids(s, "6109.90.10", "IN")).containsExactly("heading");
    assertThat(ids(s, "6110.20.20", "IN")).containsExactly("chapter");
    assertThat(ids(s, "5201.00.05", "IN")).containsExactly("range");
    LookupExplanation why = s.explain(ProductCode.parse("6109.10.00"), "IN");
    assertThat(why.of("chapter").orElseThrow().verdict())
        .isEqualTo(Verdict.SUPERSEDED_BY_MORE_SPECIFIC);
    assertThat(why.of("chapter").orElseThrow().by()).isEqualTo("line");
    assertThat(why.of("range").orElseThrow().by()).isEqualTo("line");
    assertThat(why.of("line").orElseThrow().matchLength()).isEqualTo(8);
  }

  @Test
  void equallySpecificBaseDutyDeclaredLaterWins() {
    CompiledSchedule s =
        compile(
            DAY,
            measure("old", MeasureKind.BASE_DUTY, "6109", "14%").build(),
            measure("overlay", MeasureKind.BASE_DUTY, "6109", "0%").build());
    assertThat(ids(s, "6109.10.00", "IN")).containsExactly("overlay");
  }

  @Test
  void longestPrefixIsPerKindAndAdditionalDutiesStack() {
    CompiledSchedule s =
        compile(
            DAY,
            measure("mfn", MeasureKind.BASE_DUTY, "6109.10.00", "16.5%").build(),
            measure("gsp", MeasureKind.PREFERENCE, "61", "Free")
                .origins("IN")
                .replaces("BASE_DUTY")
                .build(),
            measure("gsp-line", MeasureKind.PREFERENCE, "6109", "1%")
                .origins("IN")
                .replaces("BASE_DUTY")
                .build(),
            measure("extra-a", MeasureKind.ADDITIONAL_DUTY, "*", "10%").build(),
            measure("extra-b", MeasureKind.ADDITIONAL_DUTY, "61", "5%").build());
    // the more specific preference wins and takes the place of the base duty
    assertThat(ids(s, "6109.10.00", "IN")).containsExactly("gsp-line", "extra-a", "extra-b");
    assertThat(ids(s, "6109.10.00", "CN")).containsExactly("mfn", "extra-a", "extra-b");
  }

  @Test
  void exclusionsWinOverInclusions() {
    CompiledSchedule s =
        compile(
            DAY,
            measure("textiles", MeasureKind.ADDITIONAL_DUTY, "50-63 except 6109.10", "25%").build(),
            measure("all", MeasureKind.ADDITIONAL_DUTY, "* except 98, 6110", "10%").build());
    assertThat(ids(s, "6109.10.00.12", "IN")).containsExactly("all");
    assertThat(ids(s, "6109.90.10", "IN")).containsExactly("textiles", "all");
    assertThat(ids(s, "6110.20.20", "IN")).containsExactly("textiles");
    assertThat(ids(s, "9801.00.10", "IN")).isEmpty();
    LookupExplanation why = s.explain(ProductCode.parse("6109.10.00"), "IN");
    assertThat(why.of("textiles").orElseThrow().verdict()).isEqualTo(Verdict.SCOPE_EXCLUDED);
    assertThat(why.of("textiles").orElseThrow().matchLength()).isEqualTo(-1);
  }

  @ParameterizedTest(name = "{0}: applies={1}")
  @CsvSource({
    "2025-08-06, false",
    "2025-08-07, true",
    "2026-02-23, true",
    "2026-02-24, false",
  })
  void validityIsInclusiveAtBothEnds(LocalDate day, boolean applies) {
    CompiledSchedule s =
        compile(
            day,
            measure("india", MeasureKind.ADDITIONAL_DUTY, "*", "25%")
                .origins("IN")
                .validity("2025-08-07..2026-02-23")
                .build());
    assertThat(ids(s, "6109.10.00", "IN")).isEqualTo(applies ? List.of("india") : List.of());
    if (!applies) {
      assertThat(
              s.explain(ProductCode.parse("6109.10.00"), "IN").of("india").orElseThrow().verdict())
          .isEqualTo(Verdict.OUT_OF_DATES);
    }
  }

  @Test
  void originExclusionsAndListsAreRespected() {
    CompiledSchedule s =
        compile(
            DAY,
            measure("baseline", MeasureKind.ADDITIONAL_DUTY, "*", "10%")
                .origins("* except CA, MX")
                .build(),
            measure("india", MeasureKind.ADDITIONAL_DUTY, "*", "25%").origins("IN").build());
    assertThat(ids(s, "6109.10.00", "IN")).containsExactly("baseline", "india");
    assertThat(ids(s, "6109.10.00", "CN")).containsExactly("baseline");
    assertThat(ids(s, "6109.10.00", "MX")).isEmpty();
    assertThat(ids(s, "6109.10.00", "ca")).isEmpty();
    LookupExplanation why = s.explain(ProductCode.parse("6109.10.00"), "MX");
    assertThat(why.of("baseline").orElseThrow().verdict()).isEqualTo(Verdict.ORIGIN_NOT_COVERED);
    assertThat(why.of("india").orElseThrow().verdict()).isEqualTo(Verdict.ORIGIN_NOT_COVERED);
    assertThatThrownBy(() -> s.applicable(ProductCode.parse("6109"), "XX"))
        .isInstanceOf(InvalidOriginException.class)
        .hasMessageContaining("'XX'");
  }

  @Test
  void aMeasureExcludesAnother() {
    CompiledSchedule s =
        compile(
            DAY,
            measure("reciprocal", MeasureKind.ADDITIONAL_DUTY, "*", "25%").build(),
            measure("s232", MeasureKind.ADDITIONAL_DUTY, "72", "50%")
                .excludes("reciprocal")
                .build());
    assertThat(ids(s, "7208.51.00", "IN")).containsExactly("s232");
    assertThat(ids(s, "6109.10.00", "IN")).containsExactly("reciprocal");
    LookupExplanation.Consideration c =
        s.explain(ProductCode.parse("7208.51.00"), "IN").of("reciprocal").orElseThrow();
    assertThat(c.verdict()).isEqualTo(Verdict.EXCLUDED_BY);
    assertThat(c.by()).isEqualTo("s232");
    assertThat(c.describe()).isEqualTo("EXCLUDED_BY s232");
  }

  @Test
  void excludedByIsTheSameRuleDeclaredOnTheOtherSide() {
    CompiledSchedule s =
        compile(
            DAY,
            measure("s122", MeasureKind.ADDITIONAL_DUTY, "*", "10%").excludedBy("s232").build(),
            measure("s232", MeasureKind.ADDITIONAL_DUTY, "72", "50%").build());
    assertThat(ids(s, "7208.51.00", "IN")).containsExactly("s232");
    assertThat(s.explain(ProductCode.parse("7208.51.00"), "IN").of("s122").orElseThrow().by())
        .isEqualTo("s232");
  }

  @Test
  void replacesRemovesTheReplacedMeasureOnlyWhereTheReplacementApplies() {
    CompiledSchedule s =
        compile(
            DAY,
            measure("baseline", MeasureKind.ADDITIONAL_DUTY, "*", "10%").build(),
            measure("india", MeasureKind.ADDITIONAL_DUTY, "* except 98", "25%")
                .origins("IN")
                .replaces("baseline")
                .build());
    assertThat(ids(s, "6109.10.00", "IN")).containsExactly("india");
    assertThat(ids(s, "6109.10.00", "CN")).containsExactly("baseline");
    assertThat(ids(s, "9801.00.10", "IN")).containsExactly("baseline");
    LookupExplanation.Consideration c =
        s.explain(ProductCode.parse("6109.10.00"), "IN").of("baseline").orElseThrow();
    assertThat(c.verdict()).isEqualTo(Verdict.REPLACED_BY);
    assertThat(c.by()).isEqualTo("india");
  }

  @Test
  void aRemovedMeasureRemovesNothingWhateverTheDeclarationOrder() {
    // s232 excludes india; india replaces baseline. With india removed, the baseline stays.
    Measure baseline = measure("baseline", MeasureKind.ADDITIONAL_DUTY, "*", "10%").build();
    Measure india =
        measure("india", MeasureKind.ADDITIONAL_DUTY, "*", "25%").replaces("baseline").build();
    Measure s232 =
        measure("s232", MeasureKind.ADDITIONAL_DUTY, "72", "50%").excludes("india").build();
    assertThat(ids(compile(DAY, baseline, india, s232), "7208.51.00", "IN"))
        .containsExactly("baseline", "s232");
    assertThat(ids(compile(DAY, s232, india, baseline), "7208.51.00", "IN"))
        .containsExactly("s232", "baseline");
  }

  @Test
  void aPreferenceWithoutARuleAgainstTheBaseDutyIsRejected() {
    assertThatThrownBy(
            () ->
                compile(
                    DAY,
                    measure("mfn", MeasureKind.BASE_DUTY, "6109.10.00", "16.5%").build(),
                    measure("gsp", MeasureKind.PREFERENCE, "61", "Free").build()))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("'gsp'")
        .hasMessageContaining("BASE_DUTY");
    // claimed, it replaces the base duty; unclaimed, the base duty stays
    CompiledSchedule s =
        compile(
            DAY,
            measure("mfn", MeasureKind.BASE_DUTY, "6109.10.00", "16.5%").build(),
            measure("gsp", MeasureKind.PREFERENCE, "61", "Free")
                .replaces("mfn")
                .claim("gsp")
                .build());
    ProductCode tee = ProductCode.parse("6109.10.00");
    assertThat(s.applicable(tee, "IN", Declaration.of(List.of("gsp"), null)))
        .extracting(Measure::id)
        .containsExactly("gsp");
    assertThat(s.applicable(tee, "IN")).extracting(Measure::id).containsExactly("mfn");
  }

  @Test
  void kindNamesInStackingRulesDesignateEveryMeasureOfTheKind() {
    CompiledSchedule s =
        compile(
            DAY,
            measure("mfn", MeasureKind.BASE_DUTY, "6109.10.00", "16.5%").build(),
            measure("fta", MeasureKind.PREFERENCE, "61", "Free")
                .origins("AU")
                .replaces("BASE_DUTY")
                .build());
    assertThat(ids(s, "6109.10.00", "AU")).containsExactly("fta");
    assertThat(ids(s, "6109.10.00", "IN")).containsExactly("mfn");
  }

  @Test
  void assessmentOrderIsBaseAdditionalSurchargeFeeTax() {
    CompiledSchedule s =
        compile(
            DAY,
            measure("igst", MeasureKind.TAX, "*", "18%").base(DutyBase.VALUE_PLUS_DUTIES).build(),
            measure("fee", MeasureKind.FEE, "*", "0.3464%").build(),
            measure("sws", MeasureKind.SURCHARGE_ON_DUTY, "*", "10%")
                .base(DutyBase.DUTY_AMOUNT)
                .dutyBaseMeasures("BASE_DUTY", "aidc")
                .build(),
            measure("aidc", MeasureKind.ADDITIONAL_DUTY, "08", "5%").build(),
            measure("bcd", MeasureKind.BASE_DUTY, "0802.12", "Free").build());
    assertThat(ids(s, "0802.12.00", "US")).containsExactly("bcd", "aidc", "sws", "fee", "igst");
    assertThat(s.measure("sws").orElseThrow().dutyBaseIncludes(s.measure("bcd").orElseThrow()))
        .isTrue();
    assertThat(s.measure("sws").orElseThrow().dutyBaseIncludes(s.measure("fee").orElseThrow()))
        .isFalse();
  }

  @Test
  void explainListsRangeMeasuresOfTheChapterThatDoNotCoverTheCode() {
    CompiledSchedule s =
        compile(DAY, measure("knit", MeasureKind.ADDITIONAL_DUTY, "6101-6106", "5%").build());
    LookupExplanation why = s.explain(ProductCode.parse("6109.10.00"), "IN");
    assertThat(why.of("knit").orElseThrow().verdict()).isEqualTo(Verdict.NOT_IN_SCOPE);
    assertThat(why.applicable()).isEmpty();
    assertThat(why.code()).isEqualTo(ProductCode.parse("6109.10.00"));
    assertThat(why.origin()).isEqualTo("IN");
    assertThat(why.asOf()).isEqualTo(DAY);
  }

  @Test
  void stackingCyclesAreRejected() {
    assertThatThrownBy(
            () ->
                compile(
                    DAY,
                    measure("a", MeasureKind.ADDITIONAL_DUTY, "*", "1%").excludes("b").build(),
                    measure("b", MeasureKind.ADDITIONAL_DUTY, "*", "1%").replaces("a").build()))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("cycle")
        .hasMessageContaining("a, b");
  }

  @Test
  void unknownReferencesAndLateDutyBasesAreRejected() {
    assertThatThrownBy(
            () ->
                compile(
                    DAY,
                    measure("a", MeasureKind.ADDITIONAL_DUTY, "*", "1%").excludes("nope").build()))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("'a'")
        .hasMessageContaining("'nope'");
    assertThatThrownBy(
            () ->
                compile(
                    DAY,
                    measure("sws", MeasureKind.SURCHARGE_ON_DUTY, "*", "10%")
                        .base(DutyBase.DUTY_AMOUNT)
                        .dutyBaseMeasures("TAX")
                        .build()))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("TAX");
  }

  @Test
  void scenarioCompilesOverlaysDeclaredLast() {
    TariffSchedule schedule =
        TariffSchedule.of(
            "US", USD, List.of(measure("mfn", MeasureKind.BASE_DUTY, "6109", "16.5%").build()));
    Scenario scenario =
        Scenario.of(
                "zero",
                "What if T-shirts entered free.",
                schedule,
                DAY,
                List.of(measure("zero", MeasureKind.BASE_DUTY, "6109", "Free").build()))
            .withNote("hypothetical");
    assertThat(ids(scenario.compile(), "6109.10.00", "IN")).containsExactly("zero");
    assertThat(ids(Scenario.of("base", "MFN only.", schedule, DAY).compile(), "6109.10.00", "IN"))
        .containsExactly("mfn");
    assertThatThrownBy(
            () -> scenario.withOverlay(measure("mfn", MeasureKind.FEE, "*", "1%").build()))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("'mfn'");
    assertThatThrownBy(() -> Scenario.of("x", "two\nlines", schedule, DAY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lookupExaminesOnlyTheMeasuresNamingTheCodeWhateverTheScheduleSize() {
    // 10,000 tariff lines (chapters 10-59, 200 lines each) plus three layers that could concern
    // 6109.10.00: the heading, the chapter range and a * scope.
    List<Measure> measures = new java.util.ArrayList<>();
    for (int chapter = 10; chapter < 60; chapter++) {
      for (int line = 0; line < 200; line++) {
        String code = String.format("%02d%02d.%02d.00", chapter, line / 100 + 1, line % 100);
        measures.add(measure("mfn-" + code, MeasureKind.BASE_DUTY, code, "5%").build());
      }
    }
    measures.add(measure("mfn-6109", MeasureKind.BASE_DUTY, "6109", "16.5%").build());
    measures.add(measure("knit", MeasureKind.ADDITIONAL_DUTY, "61-62", "5%").build());
    measures.add(measure("all", MeasureKind.FEE, "*", "0.3464%").build());
    CompiledSchedule s = compile(DAY, measures.toArray(new Measure[0]));
    LookupExplanation why = s.explain(ProductCode.parse("6109.10.00"), "IN");
    assertThat(why.considered())
        .extracting(c -> c.measure().id())
        .containsExactly("mfn-6109", "knit", "all");
    assertThat(s.explain(ProductCode.parse("5201.00.00.10"), "IN").considered())
        .extracting(c -> c.measure().id())
        .containsExactly("mfn-5201.00.00", "all");
    assertThat(why.of("knit").orElseThrow().describe()).isEqualTo("APPLIES");
  }

  @Test
  void describeGivesTheDetailOfEachVerdict() {
    CompiledSchedule s =
        compile(
            LocalDate.parse("2026-03-01"),
            measure("old", MeasureKind.ADDITIONAL_DUTY, "*", "10%")
                .validity("2025-04-05..2025-08-06")
                .build(),
            measure("ca", MeasureKind.ADDITIONAL_DUTY, "*", "10%").origins("CA").build(),
            measure("ex", MeasureKind.ADDITIONAL_DUTY, "* except 61", "10%").build(),
            measure("always", MeasureKind.FEE, "*", "1%").validity(Validity.always()).build());
    LookupExplanation why = s.explain(ProductCode.parse("6109.10.00"), "IN");
    assertThat(why.considered())
        .extracting(LookupExplanation.Consideration::describe)
        .containsExactly(
            "OUT_OF_DATES 2025-04-05..2025-08-06",
            "ORIGIN_NOT_COVERED CA",
            "SCOPE_EXCLUDED * except 61",
            "APPLIES");
  }
}
