package dev.tariffimpact.batch;

import dev.tariffimpact.schedule.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named batch scenario: one {@link Scenario} per importing country, so that a batch mixing US and
 * Indian entries assesses each under its own schedule.
 *
 * <p>Example: {@code BatchScenario.of("after", usAfter, inAfter)}. A line whose importer has no
 * scenario here is rejected.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the name used in results, for example {@code "after"}
 * @param byImporter the scenario of each importer, keyed by its schedule's importer
 */
public record BatchScenario(String name, Map<String, Scenario> byImporter) {

  /**
   * Validates and copies.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank or there is no scenario
   */
  public BatchScenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(byImporter, "byImporter");
    if (name.isBlank()) {
      throw new IllegalArgumentException("scenario name must not be blank");
    }
    if (byImporter.isEmpty()) {
      throw new IllegalArgumentException("batch scenario '" + name + "' has no scenario");
    }
    byImporter = Map.copyOf(byImporter);
  }

  /**
   * Returns a batch scenario of per-importer scenarios.
   *
   * @param name the name
   * @param scenarios one per importer
   * @return the batch scenario
   * @throws IllegalArgumentException if two scenarios have the same importer
   */
  public static BatchScenario of(String name, Scenario... scenarios) {
    Map<String, Scenario> map = new LinkedHashMap<>();
    for (Scenario s : List.of(scenarios)) {
      String importer = s.schedule().importer();
      if (map.put(importer, s) != null) {
        throw new IllegalArgumentException(
            "batch scenario '" + name + "': two scenarios for importer " + importer);
      }
    }
    return new BatchScenario(name, map);
  }
}
