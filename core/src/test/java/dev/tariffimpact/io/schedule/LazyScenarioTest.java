package dev.tariffimpact.io.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tariffimpact.schedule.Scenario;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyScenarioTest {

  private static final Scenario INDIA = ScenarioSource.bundled().scenario("in-us-mfn-2025");

  @Test
  void buildsOnFirstUseOnly() {
    AtomicInteger builds = new AtomicInteger();
    LazyScenario lazy =
        LazyScenario.of(
            "in-us-mfn-2025",
            "IN",
            LocalDate.parse("2026-06-30"),
            () -> {
              builds.incrementAndGet();
              return INDIA;
            });
    assertThat(lazy.importer()).isEqualTo("IN");
    assertThat(lazy.coverageEnd()).contains(LocalDate.parse("2026-06-30"));
    assertThat(lazy.isBuilt()).isFalse();
    assertThat(builds).hasValue(0);
    assertThat(lazy.get()).isSameAs(INDIA);
    assertThat(lazy.get()).isSameAs(INDIA);
    assertThat(builds).hasValue(1);
    assertThat(lazy.isBuilt()).isTrue();
  }

  @Test
  void aFailedBuildIsRetriedSoItsErrorIsReportedEveryTime() {
    AtomicInteger builds = new AtomicInteger();
    LazyScenario lazy =
        LazyScenario.of(
            "broken",
            "US",
            null,
            () -> {
              builds.incrementAndGet();
              throw new ScenarioSourceException("broken.json: $.measures[0]: bad rate");
            });
    assertThatThrownBy(lazy::get).hasMessageContaining("bad rate");
    assertThatThrownBy(lazy::get).hasMessageContaining("bad rate");
    assertThat(builds).hasValue(2);
    assertThat(lazy.isBuilt()).isFalse();
  }

  @Test
  void aBuiltScenarioKeepsItsNameImporterAndCoverage() {
    LazyScenario built = LazyScenario.of(INDIA);
    assertThat(built.isBuilt()).isTrue();
    assertThat(built.name()).isEqualTo("in-us-mfn-2025");
    assertThat(built.importer()).isEqualTo("IN");
    assertThat(built.coverageEnd()).isEqualTo(INDIA.coverageEnd());
  }
}
