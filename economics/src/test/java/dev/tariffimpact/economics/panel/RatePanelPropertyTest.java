package dev.tariffimpact.economics.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.data.BundledDataset;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Confidence;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import dev.tariffimpact.schedule.TariffSchedule;
import dev.tariffimpact.schedule.TotalLimit;
import dev.tariffimpact.schedule.Validity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The panel's rate of a line on any day equals the single-line Assessor's effective duty rate. */
class RatePanelPropertyTest {

  private static final LocalDate FROM = LocalDate.parse("2025-01-01");
  private static final LocalDate TO = LocalDate.parse("2026-09-30");
  private static final List<String> ORIGINS = List.of("IN", "CN", "DE", "VN", "MX");
  private static final BundledDataset DATA = BundledDataset.load();
  private static final TariffSchedule SCHEDULE = DATA.scenario("us-in-2026-current").schedule();
  private static final RatePanel PANEL =
      RatePanel.build(SCHEDULE, RatePanel.lines(SCHEDULE), ORIGINS, FROM, TO, Runnable::run);
  private static final Assessor ASSESSOR = DATA.assessor("US");

  @Property(tries = 300)
  void panelRateEqualsTheAssessorsEffectiveRate(
      @ForAll @IntRange(min = 0, max = 637) int dayOffset,
      @ForAll @IntRange(min = 0, max = 10_000) int lineSeed,
      @ForAll @IntRange(min = 0, max = 4) int originIndex) {
    LocalDate day = FROM.plusDays(dayOffset);
    ProductCode line = PANEL.lines().get(lineSeed % PANEL.lines().size());
    String origin = ORIGINS.get(originIndex);
    RateStack stack = PANEL.rateOn(day, line, origin);
    Assume.that(stack.isComputable());

    assertEqualsAssessor(stack, CompiledSchedule.of(SCHEDULE, day), line, origin);
  }

  /** The bundled lines a top-up or cap applies to (Section 232 annex III, 9903.82.10). */
  private static final List<ProductCode> LIMITED =
      PANEL.lines().stream()
          .filter(
              code ->
                  SCHEDULE.measures().stream()
                      .anyMatch(m -> m.total() != null && m.scope().contains(code)))
          .toList();

  private static final LocalDate LIMITS_FROM = LocalDate.parse("2026-04-06");

  @Property(tries = 200)
  void panelRateEqualsTheAssessorsOnLinesWithABundledTopUp(
      @ForAll @IntRange(min = 0, max = 177) int dayOffset,
      @ForAll @IntRange(min = 0, max = 10_000) int lineSeed,
      @ForAll @IntRange(min = 0, max = 4) int originIndex) {
    assertThat(LIMITED).hasSizeGreaterThan(3);
    LocalDate day = LIMITS_FROM.plusDays(dayOffset);
    ProductCode line = LIMITED.get(lineSeed % LIMITED.size());
    String origin = ORIGINS.get(originIndex);
    RateStack stack = PANEL.rateOn(day, line, origin);
    Assume.that(stack.isComputable());
    assertEqualsAssessor(stack, CompiledSchedule.of(SCHEDULE, day), line, origin);
  }

  /**
   * A generated MFN rate, a bounded layer (a top-up or a cap, any rate and limit) and an unbounded
   * one: the panel and the Assessor agree, caps included (the bundled data has top-ups only).
   */
  @Property(tries = 300)
  void panelRateEqualsTheAssessorsUnderAnyTopUpOrCap(
      @ForAll @IntRange(min = 0, max = 400) int mfnTenths,
      @ForAll @IntRange(min = 0, max = 600) int rateTenths,
      @ForAll @IntRange(min = 0, max = 500) int limitTenths,
      @ForAll boolean cap,
      @ForAll @IntRange(min = 0, max = 50) int otherPercent) {
    BigDecimal limit = BigDecimal.valueOf(limitTenths, 1);
    List<Measure> measures =
        List.of(
            measure("mfn", MeasureKind.BASE_DUTY, BigDecimal.valueOf(mfnTenths, 1)).build(),
            measure("bounded", MeasureKind.ADDITIONAL_DUTY, BigDecimal.valueOf(rateTenths, 1))
                .total(cap ? TotalLimit.atMost(limit) : TotalLimit.atLeast(limit))
                .build(),
            measure("other", MeasureKind.ADDITIONAL_DUTY, BigDecimal.valueOf(otherPercent))
                .build());
    TariffSchedule schedule = TariffSchedule.of("US", Currency.getInstance("USD"), measures);
    CompiledSchedule compiled = CompiledSchedule.of(schedule, LIMITS_FROM);
    ProductCode line = ProductCode.parse("8207.20.00");
    RatePanel panel =
        RatePanel.build(schedule, List.of(line), List.of("DE"), FROM, TO, Runnable::run);
    RateStack stack = panel.rateOn(LIMITS_FROM, line, "DE");
    assertThat(stack.isComputable()).isTrue();
    assertEqualsAssessor(stack, compiled, line, "DE");
  }

  private static Measure.Builder measure(String id, MeasureKind kind, BigDecimal percent) {
    return Measure.builder(id)
        .kind(kind)
        .scope("8207.20.00")
        .validity(Validity.parse("2025-01-01.."))
        .rate(percent.toPlainString() + "%")
        .provenance("test", Confidence.V);
  }

  /** The Assessor's duty on USD 10,000.00 as a percent of the customs value, exactly. */
  private static void assertEqualsAssessor(
      RateStack stack, CompiledSchedule schedule, ProductCode line, String origin) {
    LocalDate day = schedule.asOf();
    Entry entry =
        Entry.of(
            "US",
            ShipmentLine.builder(line, origin)
                .value("10000.00", "USD")
                .transportMode(TransportMode.AIR)
                .entryDate(day)
                .build());
    Assessment a = ASSESSOR.assess(entry, schedule);
    BigDecimal assessed =
        a.dutyTotal()
            .multiply(BigDecimal.valueOf(100))
            .divide(a.customsValue(), 6, RoundingMode.UNNECESSARY);
    assertThat(stack.totalPercent().orElseThrow()).isEqualByComparingTo(assessed);
    assertThat(a.effectiveDutyRate().orElseThrow())
        .isEqualByComparingTo(
            stack
                .totalPercent()
                .orElseThrow()
                .setScale(Assessment.RATE_SCALE, RoundingMode.HALF_EVEN));
  }
}
