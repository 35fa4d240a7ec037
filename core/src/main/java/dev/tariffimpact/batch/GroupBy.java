package dev.tariffimpact.batch;

/**
 * A dimension batch aggregates can be grouped by. Scenario and currency are always part of an
 * aggregate's key (amounts are never summed across scenarios or currencies).
 *
 * <p>Example: {@code EnumSet.of(GroupBy.CATEGORY, GroupBy.ORIGIN)} gives one aggregate per
 * scenario, currency, category and origin.
 */
public enum GroupBy {
  /** The line's category (the {@code category} column; empty when not given). */
  CATEGORY,
  /** The HS chapter, the first two digits of the code, for example {@code 61}. */
  CHAPTER,
  /** The country of origin, for example {@code IN}. */
  ORIGIN,
  /** The importing country, for example {@code US}. */
  IMPORTER
}
