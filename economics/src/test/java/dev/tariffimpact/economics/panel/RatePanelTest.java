package dev.tariffimpact.economics.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.data.BundledDataset;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.InvalidOriginException;
import dev.tariffimpact.schedule.TariffSchedule;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class RatePanelTest {

  private static final TariffSchedule US =
      BundledDataset.load().scenario("us-in-2026-current").schedule();
  private static final ProductCode TSHIRT = ProductCode.parse("6109.10.00");

  private static RatePanel panel(List<String> origins) {
    return RatePanel.build(
        US,
        RatePanel.lines(US),
        origins,
        LocalDate.parse("2025-01-01"),
        LocalDate.parse("2026-09-30"),
        Runnable::run);
  }

  @Test
  void cottonTShirtFromIndiaFollowsTheFactsWorkedExample() {
    RatePanel p = panel(List.of("IN", "DE"));
    // FACTS.md s.2: 66.5% through 2026-02-06; 41.5% to 2026-02-23; 26.5% from 2026-02-24.
    assertThat(percent(p, "2025-09-15", "IN")).isEqualTo("66.5");
    assertThat(percent(p, "2026-02-06", "IN")).isEqualTo("66.5");
    assertThat(percent(p, "2026-02-10", "IN")).isEqualTo("41.5");
    assertThat(percent(p, "2026-03-01", "IN")).isEqualTo("26.5");
    assertThat(percent(p, "2025-01-01", "IN")).isEqualTo("16.5");
    assertThat(p.rateOn(LocalDate.parse("2025-09-15"), TSHIRT, "IN").layers())
        .extracting(RateLayer::measureId)
        .containsExactly("us-mfn-6109.10.00", "us-ieepa-india-25", "us-ieepa-russian-oil-25");
    // The schedule lists its IEEPA layers for goods of India only: Germany pays MFN.
    assertThat(percent(p, "2025-09-15", "DE")).isEqualTo("16.5");
  }

  private static String percent(RatePanel p, String day, String origin) {
    return p.rateOn(LocalDate.parse(day), TSHIRT, origin)
        .totalPercent()
        .orElseThrow()
        .toPlainString();
  }

  @Test
  void rowsAreOnePerChangePointNotPerDay() {
    RatePanel p = panel(List.of("IN"));
    assertThat(p.changeDates()).startsWith(LocalDate.parse("2025-01-01"));
    assertThat(p.changeDates())
        .contains(
            LocalDate.parse("2025-04-05"),
            LocalDate.parse("2025-08-07"),
            LocalDate.parse("2025-08-27"),
            LocalDate.parse("2026-02-07"),
            LocalDate.parse("2026-02-24"));
    assertThat(p.changeDates().size()).isLessThan(40);
    assertThat(p.rowCount()).isEqualTo((long) p.changeDates().size() * p.lines().size());
    // Between change points the rate holds: the day before a change equals the change point before.
    int i = p.dateIndexOn(LocalDate.parse("2025-08-06"));
    assertThat(p.changeDates().get(i)).isBefore(LocalDate.parse("2025-08-07"));
    assertThat(p.changeDates().get(i + 1)).isEqualTo(LocalDate.parse("2025-08-07"));
  }

  @Test
  void sameRowsOnOneThreadAndOnFour() throws Exception {
    RatePanel one = panel(List.of("IN", "CN", "DE"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      RatePanel four =
          RatePanel.build(
              US,
              RatePanel.lines(US),
              List.of("IN", "CN", "DE"),
              LocalDate.parse("2025-01-01"),
              LocalDate.parse("2026-09-30"),
              pool);
      assertThat(four.distinctStacks()).isEqualTo(one.distinctStacks());
      for (int d = 0; d < one.changeDates().size(); d++) {
        for (int l = 0; l < one.lines().size(); l++) {
          for (int o = 0; o < 3; o++) {
            assertThat(four.stack(d, l, o)).isEqualTo(one.stack(d, l, o));
          }
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void everyRowEqualsAFreshLookupOnItsDay() {
    // The panel skips lines no changing measure covers; a fresh lookup per row must agree.
    List<String> origins = List.of("IN", "CN", "DE", "MX");
    RatePanel p = panel(origins);
    // Every line while the schedule is small; a spread of about 500 once it carries the full HTS.
    int step = Math.max(1, p.lines().size() / 500);
    for (int d = 0; d < p.changeDates().size(); d++) {
      CompiledSchedule day = CompiledSchedule.of(US, p.changeDates().get(d));
      for (int l = 0; l < p.lines().size(); l += step) {
        for (int o = 0; o < origins.size(); o++) {
          assertThat(p.stack(d, l, o))
              .isEqualTo(RateStack.of(day.applicable(p.lines().get(l), origins.get(o))));
        }
      }
    }
  }

  @Test
  void specificRatesAreNotComputableAndSayWhy() {
    RatePanel p = panel(List.of("IN"));
    List<RateStack> notComputable =
        p.distinctStacks().stream().filter(s -> !s.isComputable()).toList();
    assertThat(notComputable).isNotEmpty();
    assertThat(notComputable.get(0).notComputableReason().orElseThrow()).contains("measure ");
    assertThat(notComputable.get(0).totalPercent()).isEmpty();
  }

  @Test
  void rejectsBadInputNamingIt() {
    assertThatThrownBy(() -> panel(List.of("XX"))).isInstanceOf(InvalidOriginException.class);
    assertThatThrownBy(() -> panel(List.of("IN", "IN"))).hasMessageContaining("origin");
    RatePanel p = panel(List.of("IN"));
    assertThatThrownBy(() -> p.rateOn(LocalDate.parse("2024-12-31"), TSHIRT, "IN"))
        .hasMessageContaining("2024-12-31");
    assertThatThrownBy(() -> p.rateOn(LocalDate.parse("2025-06-01"), TSHIRT, "CN"))
        .hasMessageContaining("CN");
  }
}
