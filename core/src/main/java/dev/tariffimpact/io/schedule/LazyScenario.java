package dev.tariffimpact.io.schedule;

import dev.tariffimpact.schedule.Scenario;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A named scenario of a {@link ScenarioSource} and what is known of it before it is built: its
 * importer and coverage end, enough to resolve names, importers and dates. The bundled US scenarios
 * need the full HTS 2025 schedule (about 13,600 lines, most of a quote's start-up), which a quote
 * for India, or a command that only lists names, never reads: each scenario is built on first use
 * and kept.
 *
 * <p>This class is thread-safe: concurrent first uses build the scenario once.
 */
final class LazyScenario {

  private final String name;
  private final String importer;
  private final LocalDate coverageEnd;
  private final Supplier<Scenario> build;
  private volatile Scenario scenario;

  private LazyScenario(
      String name, String importer, LocalDate coverageEnd, Supplier<Scenario> build) {
    this.name = Objects.requireNonNull(name, "name");
    this.importer = Objects.requireNonNull(importer, "importer");
    this.coverageEnd = coverageEnd;
    this.build = build;
  }

  /** A scenario already built (a user's catalogue, read and checked as a whole). */
  static LazyScenario of(Scenario scenario) {
    LazyScenario s =
        new LazyScenario(
            scenario.name(),
            scenario.schedule().importer(),
            scenario.coverageEnd().orElse(null),
            null);
    s.scenario = scenario;
    return s;
  }

  /**
   * A scenario built on first use; {@code build} must give a scenario of this name, importer and
   * coverage end. A failed build is retried on the next use, so its error is reported every time.
   */
  static LazyScenario of(
      String name, String importer, LocalDate coverageEnd, Supplier<Scenario> build) {
    return new LazyScenario(name, importer, coverageEnd, Objects.requireNonNull(build, "build"));
  }

  String name() {
    return name;
  }

  String importer() {
    return importer;
  }

  Optional<LocalDate> coverageEnd() {
    return Optional.ofNullable(coverageEnd);
  }

  /** Whether the scenario is built. */
  boolean isBuilt() {
    return scenario != null;
  }

  /** The scenario, built now if this is the first use. */
  Scenario get() {
    Scenario s = scenario;
    if (s == null) {
      synchronized (this) {
        s = scenario;
        if (s == null) {
          s = build.get();
          scenario = s;
        }
      }
    }
    return s;
  }
}
