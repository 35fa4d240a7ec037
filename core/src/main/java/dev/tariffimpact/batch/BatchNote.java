package dev.tariffimpact.batch;

/**
 * A note a batch counts per aggregate: something that changes how a line's result reads without
 * rejecting it, as {@code quote} prints it for one shipment. Each has a stable {@link #code()}, the
 * key of the {@code notes} object of {@code aggregates.json} and of {@link Aggregate#notes()}.
 *
 * <p>Example: a line entered on 2026-02-25 assessed under a scenario dated 2025-09-15 counts once
 * under {@code entry-date-differs}: its duty is that of the measures in force on 2025-09-15 (a
 * what-if), not of its own entry date.
 */
public enum BatchNote {

  /**
   * The line's entry date is not the scenario's date: the measures are those in force on the
   * scenario date (what-if). {@code quote} lists the same as an assumption of the assessment.
   */
  ENTRY_DATE_DIFFERS(
      "entry-date-differs",
      "entry date differs from the scenario date: measures are those in force on the scenario"
          + " date (what-if)");

  private final String code;
  private final String description;

  BatchNote(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /**
   * Returns the stable code.
   *
   * @return for example {@code "entry-date-differs"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns what the note means, one line.
   *
   * @return for example {@code "entry date differs from the scenario date: ..."}
   */
  public String description() {
    return description;
  }
}
