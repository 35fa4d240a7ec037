package dev.tariffimpact.schedule;

/**
 * The legal status of a measure, carried into results so hypothetical layers are visible.
 *
 * <p>Status does not change whether a measure applies: a compiled schedule applies every measure it
 * was given by scope, origin and validity. Announced and hypothetical measures belong in scenario
 * overlays, not in the schedule of collected law.
 */
public enum MeasureStatus {
  /** Enacted and collected. */
  IN_FORCE,
  /** Announced (for example in a joint statement) but not shown to be collected. */
  ANNOUNCED,
  /** A what-if layer of a scenario. */
  HYPOTHETICAL
}
