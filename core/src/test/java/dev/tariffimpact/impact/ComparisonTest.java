package dev.tariffimpact.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.io.schedule.ScenarioSource;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.schedule.Scenario;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What "compare with a date" and "compare with a scenario" mean, on the FACTS.md US example. */
class ComparisonTest {

  private static final ScenarioSource BUNDLED = ScenarioSource.bundled();
  private static final LocalDate SEP_15 = LocalDate.of(2025, 9, 15);
  private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
  private static final Assessor US = Assessor.of(CustomsRegime.US, BUNDLED.exchangeRates());

  /** 400 dozen cotton T-shirts from India, USD 10,000, ocean, exported 14 days before entry. */
  private static Entry entry() {
    return Entry.of(
        "US",
        ShipmentLine.builder("6109.10.00", "IN")
            .value("10000", "USD")
            .quantity(Quantity.of("400", Unit.DOZEN))
            .transportMode(TransportMode.OCEAN)
            .exportDate(LocalDate.of(2025, 9, 1))
            .entryDate(SEP_15)
            .build());
  }

  @Test
  void withADateTheSameShipmentIsEnteredThenUnderTheSameScheduleReadThen() {
    Scenario before = BUNDLED.asOf("US", SEP_15);
    Comparison march = Comparison.withDate(MAR_1);

    Scenario after = march.after(before);
    assertThat(after.name()).isEqualTo("US@2026-03-01");
    assertThat(after.asOf()).isEqualTo(MAR_1);
    assertThat(after.schedule()).isSameAs(before.schedule());
    Entry moved = march.after(entry());
    assertThat(moved.entryDate()).isEqualTo(MAR_1);
    // The transit time is kept: exported 14 days before entry, as before.
    assertThat(moved.lines().get(0).exportDate()).isEqualTo(LocalDate.of(2026, 2, 15));
    assertThat(moved.lines().get(0).value()).isEqualTo(entry().lines().get(0).value());

    Impact impact = march.assess(US, entry(), before);
    // Before: MFN 16.5% 1,650.00 + IEEPA India 25% 2,500.00 + Russian oil 25% 2,500.00 = 6,650.00
    // After: MFN 1,650.00 + Section 122 10% 1,000.00 = 2,650.00; delta -4,000.00
    assertThat(impact.before().dutyTotal()).isEqualByComparingTo("6650.00");
    assertThat(impact.after().dutyTotal()).isEqualByComparingTo("2650.00");
    assertThat(impact.totalCharges().delta()).isEqualByComparingTo("-4000.00");
  }

  @Test
  void aNamedScenarioMovedToADateKeepsItsOverlaysAndNote() {
    Scenario framework = BUNDLED.scenario("us-in-2026-framework-18");
    Scenario moved = Comparison.withDate(MAR_1).after(framework);
    assertThat(moved.name()).isEqualTo("us-in-2026-framework-18@2026-03-01");
    assertThat(moved.overlays()).isEqualTo(framework.overlays());
    assertThat(moved.note()).isEqualTo(framework.note());
    assertThat(moved.description()).endsWith("Read as of 2026-03-01.");
  }

  @Test
  void withAScenarioTheSameEntryIsAssessedUnderTheOther() {
    Comparison framework = Comparison.withScenario(BUNDLED.scenario("us-in-2026-framework-18"));
    assertThat(framework.after(entry())).isEqualTo(entry());
    Impact impact = framework.assess(US, entry(), BUNDLED.scenario("us-in-2025-08-peak"));
    // After: MFN 16.5% + framework 18% = 34.5% x 10,000 = 3,450.00; delta 3,450.00 - 6,650.00
    assertThat(impact.after().dutyTotal()).isEqualByComparingTo("3450.00");
    assertThat(impact.totalCharges().delta()).isEqualByComparingTo("-3200.00");
    assertThat(framework.scenario().name()).isEqualTo("us-in-2026-framework-18");
    assertThat(framework.date()).isNull();
    assertThat(framework).hasToString("Comparison{scenario=us-in-2026-framework-18}");
  }

  @Test
  void equalsAndArguments() {
    assertThat(Comparison.withDate(MAR_1)).isEqualTo(Comparison.withDate(MAR_1));
    assertThat(Comparison.withDate(MAR_1).hashCode())
        .isEqualTo(Comparison.withDate(MAR_1).hashCode());
    assertThat(Comparison.withDate(MAR_1)).isNotEqualTo(Comparison.withDate(SEP_15));
    assertThat(Comparison.withDate(MAR_1)).hasToString("Comparison{date=2026-03-01}");
    assertThatThrownBy(() -> Comparison.withDate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
    assertThatThrownBy(() -> Comparison.withScenario(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("after");
  }
}
