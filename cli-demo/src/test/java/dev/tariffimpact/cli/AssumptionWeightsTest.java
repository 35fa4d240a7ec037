package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.batch.LineResult;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.report.AssumptionGroups;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.Declaration;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.Provenance;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import dev.tariffimpact.schedule.Validity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link AssumptionWeights} on a schedule built here: per-line measures resting on one assumption
 * are one item carrying the charges of every line using them; a placeholder the line's claim
 * displaced rests nothing; the INR rate into USD is the one stated.
 */
class AssumptionWeightsTest {

  private static final LocalDate DAY = LocalDate.of(2025, 10, 10);

  private static Measure bcd(String item, String entry) {
    return Measure.builder("in-bcd-50-2017-" + entry + "-" + item)
        .title("Effective BCD, 50/2017 (assumed as 45/2025 S.No. " + entry + ")")
        .kind(MeasureKind.BASE_DUTY)
        .scope(item)
        .validity(Validity.parse("2025-01-01.."))
        .rate("10%")
        .provenance(
            Provenance.of(
                "assumed from 45/2025 S.No. " + entry,
                Confidence.U,
                "ASSUMPTION (U): the 50/2017 entry is taken to equal 45/2025 S.No. "
                    + entry
                    + " (in-layers.csv in-bcd-50-2017)."))
        .build();
  }

  private static Scenario scenario() {
    Measure placeholder =
        Measure.builder("in-igst-claim-needed-080290")
            .title("IGST: entry to be claimed")
            .kind(MeasureKind.TAX)
            .scope("0802.90")
            .validity(Validity.parse("2025-09-22.."))
            .rate("REF(\"claim one of in-a\")")
            .provenance(Provenance.of("india/igst.csv", Confidence.U, "not computable (U)"))
            .build();
    Measure claimed =
        Measure.builder("in-igst-a-080290")
            .title("IGST, entry a")
            .kind(MeasureKind.TAX)
            .scope("0802.90")
            .validity(Validity.parse("2025-09-22.."))
            .rate("5%")
            .claim("in-a")
            .excludes("in-igst-claim-needed-080290")
            .provenance(Provenance.of("9/2025-IT(R)", Confidence.V))
            .build();
    Measure verified =
        Measure.builder("in-bcd-0808")
            .title("BCD")
            .kind(MeasureKind.BASE_DUTY)
            .scope("0808")
            .validity(Validity.parse("2025-01-01.."))
            .rate("15%")
            .provenance(Provenance.of("First Schedule", Confidence.V))
            .build();
    TariffSchedule s =
        TariffSchedule.of(
            "IN",
            Currency.getInstance("INR"),
            List.of(bcd("0802.31", "14"), bcd("0802.90", "70"), placeholder, claimed, verified));
    return Scenario.of("in-test", "hand-built", s, DAY);
  }

  private static LineResult line(long row, String code, String duty, String taxes) {
    BigDecimal d = new BigDecimal(duty);
    BigDecimal t = new BigDecimal(taxes);
    return new LineResult(
        row,
        "E" + row,
        "IN",
        "US",
        code,
        "",
        "m",
        "INR",
        new BigDecimal("1000.00"),
        d,
        BigDecimal.ZERO.setScale(2),
        t,
        null,
        BigDecimal.ZERO);
  }

  @Test
  void linesRestingOnOneAssumptionAreOneItemWithAllTheirCharges() {
    ExchangeRates rates =
        ExchangeRates.builder()
            .add("USD", "INR", "88.00", "2025-01-01", "2025-12-31", "CBIC (hand-built)")
            .build()
            .withDerivedRates(
                dev.tariffimpact.customs.Rounding.of(10, java.math.RoundingMode.HALF_EVEN));
    // rows 2 and 3 invoiced in INR (no exchange rate); row 3 claims in-a, row 4 is verified only
    Map<Long, AssumptionWeights.SampleRow> rows =
        Map.of(
            2L, new AssumptionWeights.SampleRow("INR", Declaration.NONE, DAY),
            3L, new AssumptionWeights.SampleRow("INR", Declaration.of(Set.of("in-a"), null), DAY),
            4L, new AssumptionWeights.SampleRow("INR", Declaration.NONE, DAY));
    AssumptionWeights w = new AssumptionWeights(rates, DAY, rows);
    w.add(
        scenario(),
        CustomsRegime.IN,
        List.of(
            line(2, "0802.31", "100.00", "55.00"),
            line(3, "0802.90", "100.00", "55.00"),
            line(4, "0808.10", "150.00", "57.50")));
    List<AssumptionWeights.Weighted> items = w.ranked(AssumptionGroups.Kind.UNVERIFIED);
    // the two 50/2017 entries on two items: one assumption; charges 155.00 + 155.00 = 310.00
    AssumptionWeights.Weighted bcd =
        items.stream()
            .filter(i -> i.label().startsWith("Effective BCD, 50/2017"))
            .findFirst()
            .orElseThrow();
    assertThat(bcd.charges()).isEqualByComparingTo("310.00");
    assertThat(bcd.sampleLines()).isEqualTo(2);
    assertThat(bcd.members()).isEqualTo(2);
    assertThat(bcd.codes()).containsExactly("0802.31", "0802.90");
    assertThat(bcd.source()).isEqualTo("in-layers.csv in-bcd-50-2017");
    // 310.00 INR at 1/88.00 = 0.0113636364 (10 decimals, HALF_EVEN) -> 3.52 USD
    assertThat(bcd.chargesUsd()).isEqualByComparingTo("3.52");
    // India's rounding rule rests on every line: 155.00 + 155.00 + 207.50 = 517.50
    assertThat(items)
        .filteredOn(i -> i.label().startsWith("India: each duty"))
        .singleElement()
        .satisfies(i -> assertThat(i.charges()).isEqualByComparingTo("517.50"));
    // the claim displaced the placeholder: nothing rests on it
    assertThat(items).noneMatch(i -> i.label().contains("entry to be claimed"));
    assertThat(w.ranked(AssumptionGroups.Kind.INPUT)).isEmpty();
  }
}
