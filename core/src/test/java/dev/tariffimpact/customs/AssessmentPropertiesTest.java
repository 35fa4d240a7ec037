package dev.tariffimpact.customs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.customs.AssessmentComponent.Category;
import dev.tariffimpact.impact.Impact;
import dev.tariffimpact.impact.ImpactComponent;
import dev.tariffimpact.rate.AdValorem;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.TariffSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants over random entries: totals are sums of components; impact deltas are exact. */
class AssessmentPropertiesTest {

  private static final LocalDate DAY = LocalDate.parse("2026-03-02");

  private static BigDecimal percent(int basisPoints) {
    return BigDecimal.valueOf(basisPoints, 2);
  }

  private static CompiledSchedule us(int mfnBp, int addBp) {
    List<dev.tariffimpact.schedule.Measure> measures = new ArrayList<>();
    measures.add(
        Fixtures.measure(
            "mfn", MeasureKind.BASE_DUTY, "*", "*", "2025-01-01..", new AdValorem(percent(mfnBp))));
    if (addBp > 0) {
      measures.add(
          Fixtures.measure(
              "add",
              MeasureKind.ADDITIONAL_DUTY,
              "61",
              "*",
              "2025-01-01..",
              new AdValorem(percent(addBp))));
    }
    return CompiledSchedule.of(TariffSchedule.of("US", Fixtures.USD, measures), DAY);
  }

  private static CompiledSchedule india(int bcdBp, int igstBp) {
    return CompiledSchedule.of(
        TariffSchedule.of(
            "IN",
            Fixtures.INR,
            List.of(
                Fixtures.measure(
                    "bcd",
                    MeasureKind.BASE_DUTY,
                    "*",
                    "*",
                    "2025-01-01..",
                    new AdValorem(percent(bcdBp))),
                Fixtures.dutyOnDuty("sws", "*", "10", "BASE_DUTY"),
                Fixtures.tax("igst", "*", percent(igstBp).toPlainString()))),
        DAY);
  }

  private static Entry entry(String importer, List<Integer> cents, String currency) {
    String[] codes = {"6109.10.00", "9403.60.80", "6110.20.20"};
    TransportMode[] modes = TransportMode.values();
    List<ShipmentLine> lines = new ArrayList<>();
    for (int i = 0; i < cents.size(); i++) {
      lines.add(
          ShipmentLine.builder(codes[i % codes.length], "IN")
              .value(BigDecimal.valueOf(cents.get(i), 2), Fixtures.USD)
              .freight(BigDecimal.valueOf(cents.get(i) % 9973, 2))
              .insurance(BigDecimal.valueOf(cents.get(i) % 101, 2))
              .transportMode(modes[(i + cents.get(i)) % modes.length])
              .entryDate(DAY)
              .build());
    }
    return Entry.of(importer, lines);
  }

  private static void assertTotalsAreSums(Assessment a) {
    for (Category category : Category.values()) {
      BigDecimal sum =
          a.components().stream()
              .filter(c -> c.category() == category)
              .map(AssessmentComponent::amount)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal total =
          switch (category) {
            case DUTY -> a.dutyTotal();
            case FEE -> a.feeTotal();
            case TAX -> a.taxTotal();
          };
      assertThat(total).isEqualTo(sum);
    }
    assertThat(a.totalCharges()).isEqualTo(a.dutyTotal().add(a.feeTotal()).add(a.taxTotal()));
    assertThat(a.components()).allSatisfy(c -> assertThat(c.amount().scale()).isEqualTo(2));
  }

  private static void assertImpactIsExact(Assessment before, Assessment after) {
    Impact impact = Impact.of(before, after);
    assertThat(impact.totalCharges().delta())
        .isEqualTo(after.totalCharges().subtract(before.totalCharges()));
    BigDecimal sumOfDeltas =
        impact.components().stream()
            .map(c -> c.change().delta())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sumOfDeltas).isEqualByComparingTo(impact.totalCharges().delta());
    for (ImpactComponent c : impact.components()) {
      assertThat(c.change().after().subtract(c.change().before())).isEqualTo(c.change().delta());
    }
    assertThat(impact.landedCost().orElseThrow().delta())
        .isEqualTo(after.landedCost().orElseThrow().subtract(before.landedCost().orElseThrow()));
  }

  @Property(tries = 300)
  void usComponentsSumToTotalsAndImpactDeltaIsAfterMinusBefore(
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 50_000_000) Integer> cents,
      @ForAll @IntRange(min = 0, max = 4000) int mfnBefore,
      @ForAll @IntRange(min = 0, max = 6000) int addBefore,
      @ForAll @IntRange(min = 0, max = 4000) int mfnAfter,
      @ForAll @IntRange(min = 0, max = 6000) int addAfter) {
    Assessor us = Assessor.of(CustomsRegime.US);
    Entry entry = entry("US", cents, "USD");
    Assessment before = us.assess(entry, us(mfnBefore, addBefore));
    Assessment after = us.assess(entry, us(mfnAfter, addAfter));
    assertTotalsAreSums(before);
    assertTotalsAreSums(after);
    assertImpactIsExact(before, after);
    // MPF is one entry-level amount within the FY2026 clamp
    BigDecimal mpf = before.component("US-MPF", -1).orElseThrow().amount();
    assertThat(mpf).isBetween(new BigDecimal("33.58"), new BigDecimal("651.50"));
  }

  @Property(tries = 200)
  void indiaComponentsSumToTotalsAndImpactDeltaIsAfterMinusBefore(
      @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 50_000_000) Integer> cents,
      @ForAll @IntRange(min = 0, max = 15000) int bcdBefore,
      @ForAll @IntRange(min = 0, max = 4000) int igstBefore,
      @ForAll @IntRange(min = 0, max = 15000) int bcdAfter,
      @ForAll @IntRange(min = 0, max = 4000) int igstAfter) {
    ExchangeRates rates =
        ExchangeRates.builder()
            .add("USD", "INR", "85.37", "2026-03-01", "2026-03-31", "test")
            .build();
    Assessor in = Assessor.of(CustomsRegime.IN, rates);
    Entry entry = entry("IN", cents, "USD");
    Assessment before = in.assess(entry, india(bcdBefore, igstBefore));
    Assessment after = in.assess(entry, india(bcdAfter, igstAfter));
    assertTotalsAreSums(before);
    assertTotalsAreSums(after);
    assertImpactIsExact(before, after);
    assertThat(before.payable().scale()).isZero();
  }
}
