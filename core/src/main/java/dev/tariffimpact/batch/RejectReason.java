package dev.tariffimpact.batch;

/**
 * The stable code of a reject's reason, for programs that sort or count rejects (the message says
 * the details and may be reworded; the codes are a public contract listed in {@code
 * docs/batch.md}).
 */
public enum RejectReason {
  /** The row has no cells. */
  EMPTY_LINE,
  /** The row has fewer or more fields than the header. */
  FIELD_COUNT,
  /** A required cell is empty. */
  MISSING_VALUE,
  /** A number cell is not a plain non-negative decimal. */
  BAD_NUMBER,
  /** A number is outside the documented range (digits, decimals or magnitude). */
  OUT_OF_RANGE,
  /** The product code cannot be parsed. */
  BAD_CODE,
  /** The origin is not an ISO 3166 alpha-2 country code. */
  BAD_ORIGIN,
  /** The importer has no regime and scenario in this batch. */
  NO_SCENARIO,
  /** Unknown currency, unit, transport mode or incoterm. */
  UNKNOWN_TERM,
  /** A date cannot be parsed, or the export date is after the entry date. */
  BAD_DATE,
  /**
   * Cells of the row contradict each other (net mass and a mass quantity, a quantity without unit,
   * components).
   */
  INCONSISTENT_LINE,
  /** The line differs from its entry's first line in importer or entry date. */
  ENTRY_INCONSISTENT,
  /** The entry has more lines than the documented maximum. */
  ENTRY_TOO_LARGE,
  /**
   * The Assessor could not assess the line under a scenario (missing input, rate, base duty...).
   */
  NOT_ASSESSABLE,
  /** An entry-level amount could not be assessed (every line of the entry is rejected). */
  ENTRY_NOT_ASSESSABLE
}
