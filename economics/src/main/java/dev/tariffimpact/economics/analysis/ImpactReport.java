package dev.tariffimpact.economics.analysis;

import dev.tariffimpact.economics.uncertainty.Sensitivity;
import dev.tariffimpact.schedule.Scenario;
import java.util.List;
import java.util.Objects;

/**
 * The result of an {@link ImpactAnalysis}: one row per group, the total, the sensitivity table and
 * the assumptions the figures rest on.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param before the scenario before
 * @param after the scenario after
 * @param groups one row per group, by name
 * @param total the total over all groups
 * @param sensitivity the one-at-a-time sensitivity of the total, largest swing in revenue first
 * @param assumptions the unverified figures and modelling choices, to be shown to the user
 * @param options the options used
 */
public record ImpactReport(
    Scenario before,
    Scenario after,
    List<GroupImpact> groups,
    GroupImpact total,
    List<Sensitivity.Row> sensitivity,
    List<String> assumptions,
    ImpactOptions options) {

  /**
   * Copies the lists.
   *
   * @throws NullPointerException naming a missing component
   */
  public ImpactReport {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(options, "options");
    groups = List.copyOf(groups);
    sensitivity = List.copyOf(sensitivity);
    assumptions = List.copyOf(assumptions);
  }
}
