package dev.tariffimpact.io.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.schedule.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The bundled source builds a scenario (reading its schedule files, the US one with the full HTS)
 * only when it is used: names, importers, groups and coverage ends resolve without building any.
 * Each test reads a fresh source, not the shared {@link ScenarioSource#bundled()}.
 */
class BundledSourceLazinessTest {

  @Test
  void namesImportersGroupsAndCoverageResolveWithoutBuildingAScenario() {
    ScenarioSource source = ScenarioSourceReader.bundled();
    assertThat(source.scenarioNames()).startsWith("us-in-2025-08-peak").contains("in-us-mfn-2025");
    assertThat(source.importers()).containsExactly("US", "IN");
    assertThat(source.coverageEnd("US")).isPresent();
    assertThat(source.isGroup("2025-peak")).isTrue();
    assertThat(source.groups()).isNotEmpty();
    assertThat(source.built()).isEmpty();
  }

  @Test
  void aQuoteForIndiaBuildsOnlyItsScenario() {
    ScenarioSource source = ScenarioSourceReader.bundled();
    Scenario india = source.scenario("in-us-mfn-2025");
    assertThat(india.schedule().importer()).isEqualTo("IN");
    assertThat(source.built()).containsExactly("in-us-mfn-2025");
    // the same instance on the next use: built once, kept
    assertThat(source.scenario("in-us-mfn-2025")).isSameAs(india);
  }

  @Test
  void aDatedQuoteBuildsNoNamedScenarioAndReadsTheFullHts() {
    ScenarioSource source = ScenarioSourceReader.bundled();
    Scenario us = source.asOf("US", LocalDate.parse("2026-03-01"));
    assertThat(us.name()).isEqualTo("US@2026-03-01");
    // curated lines plus the HTS 2025 MFN of every other line (about 13,600)
    assertThat(us.schedule().measures().size()).isGreaterThan(10_000);
    assertThat(source.built()).isEmpty();
  }

  @Test
  void concurrentFirstUsesGetTheSameScenario() throws Exception {
    ScenarioSource source = ScenarioSourceReader.bundled();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Scenario>> tasks = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        tasks.add(() -> source.scenario("us-in-2026-s122"));
      }
      List<Scenario> got = new ArrayList<>();
      for (Future<Scenario> f : pool.invokeAll(tasks)) {
        got.add(f.get());
      }
      assertThat(got).allSatisfy(s -> assertThat(s).isSameAs(got.get(0)));
      assertThat(source.built()).containsExactly("us-in-2026-s122");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void everyScenarioAndScheduleFileIsThereWhenAllAreAskedFor() {
    ScenarioSource source = ScenarioSourceReader.bundled();
    assertThat(source.scheduleFiles().keySet())
        .startsWith("us-india.json", "us-india-framework-18.json")
        .contains("india-us.json.gz", "india-us-framework-illustrative.json");
    assertThat(source.built()).isEqualTo(source.scenarioNames());
  }
}
