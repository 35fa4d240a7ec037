package dev.tariffimpact.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.customs.ExchangeRate;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.Provenance;
import dev.tariffimpact.schedule.Validity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grouping rule of {@link AssumptionGroups}, on measures built here. */
class AssumptionGroupsTest {

  private static Measure measure(String id, String title, String source, String note) {
    return Measure.builder(id)
        .title(title)
        .kind(MeasureKind.BASE_DUTY)
        .scope("0802")
        .validity(Validity.parse("2025-01-01..2025-10-31"))
        .rate("50%")
        .provenance(
            note == null
                ? Provenance.of(source, Confidence.U)
                : Provenance.of(source, Confidence.U, note))
        .build();
  }

  /** Two 50/2017 entries, each assumed equal to a different 45/2025 entry, on two items. */
  private static final Measure BCD_70 =
      measure(
          "in-bcd-50-2017-45-2025-I-70-220830",
          "Effective BCD, 50/2017 (assumed as 45/2025-Customs Table I S.No. 70)",
          "assumed from 45/2025-Customs Table I S.No. 70 (india/bcd-effective-45-2025.csv)",
          "wine-and-spirits: ASSUMPTION (U): the 50/2017 entry is taken to equal 45/2025-Customs"
              + " Table I S.No. 70 (50/2017 is not in the reference; in-layers.csv in-bcd-50-2017).");

  private static final Measure BCD_14 =
      measure(
          "in-bcd-50-2017-45-2025-I-14-080231",
          "Effective BCD, 50/2017 (assumed as 45/2025-Customs Table I S.No. 14)",
          "assumed from 45/2025-Customs Table I S.No. 14 (india/bcd-effective-45-2025.csv)",
          "tree-nuts: ASSUMPTION (U): the 50/2017 entry is taken to equal 45/2025-Customs Table I"
              + " S.No. 14 (50/2017 is not in the reference; in-layers.csv in-bcd-50-2017).");

  @Test
  void measuresNamingOneLayerRowOfInLayersAreOneAssumption() {
    assertThat(AssumptionGroups.key(BCD_70))
        .isEqualTo(AssumptionGroups.key(BCD_14))
        .isEqualTo("layer in-bcd-50-2017");
    AssumptionGroups.Group g = AssumptionGroups.of(BCD_70);
    g.add(BCD_70);
    g.add(BCD_14);
    assertThat(g.members()).isEqualTo(2);
    assertThat(g.source()).isEqualTo("in-layers.csv in-bcd-50-2017");
    // the titles' common part, and the reasons' common part up to where they differ
    assertThat(g.label())
        .isEqualTo(
            "Effective BCD, 50/2017: the 50/2017 entry is taken to equal 45/2025-Customs Table I"
                + " S.No. …");
    assertThat(g.kind()).isEqualTo(AssumptionGroups.Kind.UNVERIFIED);
  }

  @Test
  void perItemMeasuresOfOneSourceAreOneAssumptionAndOtherSourcesAreNot() {
    Measure a =
        measure(
            "in-sws-exempt-11-2018-1-2025-01-01-080211",
            "SWS exemption, 11/2018-Customs S.No. 1 (earlier version assumed)",
            "11/2018-Customs S.No. 1; india/sws-exemptions.csv",
            "tree-nuts: ASSUMPTION (U): only the version of S.No. 1 from 2026-05-13 is in the"
                + " reference.");
    Measure b =
        measure(
            "in-sws-exempt-11-2018-1-2025-01-01-08023100",
            a.title(),
            a.provenance().source(),
            a.provenance().note());
    // without a note: the id stem (less the tariff item) and the source decide
    Measure otherSource =
        measure("in-bcd-080211", "BCD (First Schedule): Almonds", "a repaired copy", null);
    Measure otherItemSameStem =
        measure("in-bcd-080212", "BCD (First Schedule): Almonds shelled", "a repaired copy", null);
    // with notes: a different assumption is a different group, whatever the id
    Measure otherNote =
        measure("in-bcd-080213", "BCD (First Schedule): Almonds", "a repaired copy", "OCR slip");
    assertThat(AssumptionGroups.key(a)).isEqualTo(AssumptionGroups.key(b));
    assertThat(AssumptionGroups.key(otherSource)).isNotEqualTo(AssumptionGroups.key(a));
    assertThat(AssumptionGroups.key(otherItemSameStem))
        .isEqualTo(AssumptionGroups.key(otherSource));
    assertThat(AssumptionGroups.key(otherNote)).isNotEqualTo(AssumptionGroups.key(otherSource));
    AssumptionGroups.Group g = AssumptionGroups.of(a);
    g.add(a);
    g.add(b);
    // one title, one reason: shown whole; the bracket names the id stem a reader can look up
    assertThat(g.label())
        .isEqualTo(
            "SWS exemption, 11/2018-Customs S.No. 1 (earlier version assumed): only the version of"
                + " S.No. 1 from 2026-05-13 is in the reference.");
    assertThat(g.source())
        .isEqualTo(
            "in-sws-exempt-11-2018-1-2025-01-01-*; 11/2018-Customs S.No. 1;"
                + " india/sws-exemptions.csv");
    // a US layer id that ends in a date is not a tariff item: without a note, its own group
    Measure s232a = measure("us-s232-50-2025-06-04", "Section 232", "Proclamation", null);
    Measure s232b = measure("us-s232-50-2025-08-18", "Section 232", "Proclamation", null);
    assertThat(AssumptionGroups.key(s232a)).isNotEqualTo(AssumptionGroups.key(s232b));
    // the BCD and AIDC of one framework product state one assumption: one group, one title
    Measure bcd =
        measure("in-fw-bcd-0802.11", "BCD under the framework (assumed): Almonds", "FACTS.md", "x");
    Measure aidc =
        measure(
            "in-fw-aidc-0802.11", "AIDC under the framework (assumed): Almonds", "FACTS.md", "x");
    assertThat(AssumptionGroups.key(bcd)).isEqualTo(AssumptionGroups.key(aidc));
    AssumptionGroups.Group fw = AssumptionGroups.of(bcd);
    fw.add(bcd);
    fw.add(aidc);
    assertThat(fw.label()).isEqualTo("BCD, AIDC under the framework (assumed): Almonds: x");
  }

  @Test
  void everyFortnightlyTableOfOnePairIsOneInputAndAFlatAssumedRateIsUnverified() {
    Currency usd = Currency.getInstance("USD");
    Currency inr = Currency.getInstance("INR");
    ExchangeRate t1 =
        ExchangeRate.of(
                usd,
                inr,
                new BigDecimal("88.85"),
                LocalDate.of(2025, 9, 19),
                LocalDate.of(2025, 10, 2),
                "CBIC customs exchange rate for imports, ICEGATE ERAM 2025-09-19 (in force ...)")
            .unverified("confidence R; copied from a copy");
    ExchangeRate t2 =
        ExchangeRate.of(
                usd,
                inr,
                new BigDecimal("91.35"),
                LocalDate.of(2026, 2, 7),
                LocalDate.of(2026, 2, 19),
                "CBIC customs exchange rate for imports, ICEGATE ERAM 2026-02-07 (in force ...)")
            .unverified("confidence R; copied from a copy");
    ExchangeRate flat =
        ExchangeRate.of(
                usd,
                inr,
                new BigDecimal("85.00"),
                LocalDate.of(2026, 10, 2),
                null,
                "FACTS.md s.1 worked example (illustrative input)")
            .unverified("confidence U; ASSUMPTION (U)");
    assertThat(AssumptionGroups.key(t1))
        .isEqualTo(AssumptionGroups.key(t2))
        .isEqualTo("rate USD->INR CBIC customs exchange rate for imports");
    assertThat(AssumptionGroups.of(t1).kind()).isEqualTo(AssumptionGroups.Kind.INPUT);
    assertThat(AssumptionGroups.key(flat)).isNotEqualTo(AssumptionGroups.key(t1));
    assertThat(AssumptionGroups.of(flat).kind()).isEqualTo(AssumptionGroups.Kind.UNVERIFIED);
  }

  @Test
  void theCommonPartOfSeveralTextsIsCutAtAWord() {
    assertThat(
            AssumptionGroups.common(
                List.of("IGST before GST 2.0 (assumed)", "IGST before GST 2.0 (assumed as X)"),
                false))
        .isEqualTo("IGST before GST 2.0");
    assertThat(AssumptionGroups.common(List.of("one text"), true)).isEqualTo("one text");
    assertThat(AssumptionGroups.common(List.of("rate is 5% here", "rate is 18% there"), true))
        .isEqualTo("rate is …");
  }
}
