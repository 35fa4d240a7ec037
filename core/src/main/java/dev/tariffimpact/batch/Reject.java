package dev.tariffimpact.batch;

import java.util.Objects;

/**
 * An input row that produced no result, with why.
 *
 * <p>Example: {@code Reject[row=7, raw=E1,US,IN,61O9,..., reason=bad code '61O9': ...]}. Row 1 is
 * the header; row numbers count CSV records (equal to line numbers unless a quoted field spans
 * lines). Rows of in-memory input are numbered from 1 in list order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param row the row number
 * @param raw the row's text as read (fields re-joined as CSV), for the reject file
 * @param reason what is wrong, naming the column or the assessment failure
 */
public record Reject(long row, String raw, String reason) {

  /**
   * Validates the reject.
   *
   * @throws NullPointerException if {@code raw} or {@code reason} is null
   */
  public Reject {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(reason, "reason");
  }
}
