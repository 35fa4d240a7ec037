package dev.tariffimpact.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An in-transit safe harbour: goods exported (loaded onto the final carrier) on or before one day
 * and entered on or before another are not subject to the measure.
 *
 * <p>The law words these with "before 12:01 a.m. on day X"; both dates here are the inclusive days
 * that rule turns into. Example, Section 301 on India (9903.05.44, FR 2026-15181): goods loaded
 * before 12:01 a.m. 2026-07-24 and entered before 12:01 a.m. 2026-07-28 are exempt, so {@code
 * InTransit.of(2026-07-23, 2026-07-27)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param exportedOnOrBefore the last day of exportation that keeps the old treatment
 * @param enteredOnOrBefore the last entry date that keeps the old treatment
 */
public record InTransit(LocalDate exportedOnOrBefore, LocalDate enteredOnOrBefore) {

  /**
   * Validates the rule.
   *
   * @throws NullPointerException if a date is null
   * @throws IllegalArgumentException if the entry deadline precedes the export deadline
   */
  public InTransit {
    Objects.requireNonNull(exportedOnOrBefore, "exportedOnOrBefore");
    Objects.requireNonNull(enteredOnOrBefore, "enteredOnOrBefore");
    if (enteredOnOrBefore.isBefore(exportedOnOrBefore)) {
      throw new IllegalArgumentException(
          "in-transit entry deadline "
              + enteredOnOrBefore
              + " precedes the export deadline "
              + exportedOnOrBefore);
    }
  }

  /**
   * Returns the rule.
   *
   * @param exportedOnOrBefore the last day of exportation that keeps the old treatment
   * @param enteredOnOrBefore the last entry date that keeps the old treatment
   * @return the rule
   */
  public static InTransit of(LocalDate exportedOnOrBefore, LocalDate enteredOnOrBefore) {
    return new InTransit(exportedOnOrBefore, enteredOnOrBefore);
  }

  /**
   * Tells whether goods exported and entered on these days are in transit under the rule.
   *
   * @param exportDate the date of exportation, or null when unknown (no safe harbour then)
   * @param entryDate the entry date
   * @return true if both are on or before the rule's days
   */
  public boolean covers(LocalDate exportDate, LocalDate entryDate) {
    return exportDate != null
        && !exportDate.isAfter(exportedOnOrBefore)
        && !entryDate.isAfter(enteredOnOrBefore);
  }

  /** Prints {@code exported <= D1 and entered <= D2}. */
  @Override
  public String toString() {
    return "exported on or before "
        + exportedOnOrBefore
        + " and entered on or before "
        + enteredOnOrBefore;
  }
}
