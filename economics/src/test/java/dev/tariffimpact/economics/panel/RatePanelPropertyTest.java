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
import dev.tariffimpact.schedule.TariffSchedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
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

    Entry entry =
        Entry.of(
            "US",
            ShipmentLine.builder(line, origin)
                .value("10000.00", "USD")
                .transportMode(TransportMode.AIR)
                .entryDate(day)
                .build());
    Assessment a = ASSESSOR.assess(entry, CompiledSchedule.of(SCHEDULE, day));
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
