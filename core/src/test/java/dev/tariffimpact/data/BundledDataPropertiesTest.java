package dev.tariffimpact.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.io.schedule.ScenarioCatalogJson;
import dev.tariffimpact.io.schedule.ScheduleJson;
import dev.tariffimpact.schedule.CompiledSchedule;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.Scenario;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Invariants of FACTS.md section 2 that must hold for every curated US line on every day of
 * 2025-2026, and agreement of the class-path loader with the file readers of the schedule package.
 */
class BundledDataPropertiesTest {

  private static final Path DATA_FOLDER = Path.of("..", "data");
  private static final BundledDataset DATA = BundledDataset.load();
  private static final List<ProductCode> US_CODES =
      BundledDataGenerator.readCsv(DATA_FOLDER.resolve("us-lines.csv")).stream()
          .map(r -> ProductCode.parse(r.get("code")))
          .toList();
  private static final Set<String> IEEPA =
      Set.of("us-ieepa-baseline-10", "us-ieepa-india-25", "us-ieepa-russian-oil-25");
  private static final Set<String> RECIPROCAL = Set.of("us-ieepa-baseline-10", "us-ieepa-india-25");
  private static final Set<String> ONE_LAYER_AT_A_TIME = Set.of("us-s122-10", "us-s301-india-10");

  @Provide
  Arbitrary<LocalDate> days() {
    LocalDate first = LocalDate.of(2025, 1, 1);
    return Arbitraries.integers().between(0, 729).map(first::plusDays);
  }

  @Provide
  Arbitrary<ProductCode> usLines() {
    return Arbitraries.of(US_CODES);
  }

  /**
   * Exactly one MFN rate; at most one reciprocal rate (the India rate replaced the baseline); no
   * IEEPA layer together with Section 122 (they follow each other) or with Section 232 (goods
   * subject to 232 are exempt); the Russian-oil duty only on top of the India rate.
   */
  @Property(tries = 400)
  void layersOfOneLineOnOneDayFollowFactsMd(
      @ForAll("usLines") ProductCode code, @ForAll("days") LocalDate day) {
    Set<String> ids =
        CompiledSchedule.of(DATA.schedule("us-india.json"), day).applicable(code, "IN").stream()
            .map(Measure::id)
            .collect(Collectors.toSet());
    assertThat(ids).filteredOn(id -> id.startsWith("us-mfn-")).containsExactly("us-mfn-" + code);
    assertThat(ids).filteredOn(RECIPROCAL::contains).hasSizeLessThanOrEqualTo(1);
    boolean ieepa = ids.stream().anyMatch(IEEPA::contains);
    boolean s232 = ids.stream().anyMatch(id -> id.startsWith("us-s232-"));
    if (ieepa) {
      assertThat(ids).doesNotContainAnyElementsOf(ONE_LAYER_AT_A_TIME);
    }
    if (ids.contains("us-ieepa-russian-oil-25")) {
      assertThat(ids).contains("us-ieepa-india-25");
    }
    // goods subject to Section 232 pay no IEEPA, Section 122 or Section 301 duty (family rule)
    if (s232) {
      assertThat(ids).doesNotContainAnyElementsOf(IEEPA);
      assertThat(ids).doesNotContainAnyElementsOf(ONE_LAYER_AT_A_TIME);
    }
    // Section 122 ends with 2026-07-23, Section 301 starts 2026-07-24: never both
    assertThat(ids).filteredOn(ONE_LAYER_AT_A_TIME::contains).hasSizeLessThanOrEqualTo(1);
    if (day.isBefore(LocalDate.of(2025, 3, 12))) {
      assertThat(ids).containsExactly("us-mfn-" + code);
    }
  }

  /** The class-path loader and the file readers of the schedule package agree. */
  @Test
  void classPathLoaderAgreesWithTheFileReaders() {
    List<Scenario> fromFiles = ScenarioCatalogJson.read(DATA_FOLDER.resolve("scenarios.json"));
    assertThat(fromFiles).extracting(Scenario::name).isEqualTo(DATA.scenarioNames());
    Map<String, Scenario> bundled =
        DATA.scenarios().stream().collect(Collectors.toMap(Scenario::name, s -> s));
    for (Scenario s : fromFiles) {
      Scenario b = bundled.get(s.name());
      // the class-path loader adds the full HTS 2025 MFN lines to us-india.json; nothing else
      assertThat(curated(b.schedule())).as(s.name()).isEqualTo(s.schedule());
      assertThat(b.overlays()).isEqualTo(s.overlays());
      assertThat(b.asOf()).isEqualTo(s.asOf());
      assertThat(b.coverageEnd()).isEqualTo(s.coverageEnd());
      assertThat(b.note()).isEqualTo(s.note());
    }
    for (String file : DATA.scheduleFiles()) {
      assertThat(ScheduleJson.read(DATA_FOLDER.resolve(file)))
          .as(file)
          .isEqualTo(curated(DATA.schedule(file)));
    }
  }

  private static dev.tariffimpact.schedule.TariffSchedule curated(
      dev.tariffimpact.schedule.TariffSchedule s) {
    return dev.tariffimpact.schedule.TariffSchedule.of(
        s.importer(),
        s.currency(),
        s.description(),
        s.measures().stream().filter(m -> !m.id().startsWith("us-hts-mfn-")).toList());
  }
}
