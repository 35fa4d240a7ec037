package dev.tariffimpact.batch;

import java.util.Objects;

/**
 * An input row that produced no result, with why.
 *
 * <p>Example: {@code Reject[row=7, raw=E1,US,IN,61O9,..., code=BAD_CODE, reason=bad code '61O9':
 * ...]}. Row 1 is the header; row numbers count CSV records (equal to line numbers unless a quoted
 * field spans lines). Rows of in-memory input are numbered from 1 in list order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param row the row number
 * @param raw the row's text as read (fields re-joined as CSV), for the reject file
 * @param code the stable code of the reason
 * @param reason what is wrong, naming the column or the assessment failure
 */
public record Reject(long row, String raw, RejectReason code, String reason) {

  /**
   * Validates the reject.
   *
   * @throws NullPointerException if {@code raw}, {@code code} or {@code reason} is null
   */
  public Reject {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns a reject.
   *
   * @param row the row number
   * @param raw the row's text
   * @param code the reason's code, for example {@link RejectReason#BAD_CODE}
   * @param reason the message, for example {@code "bad code '61O9': ..."}
   * @return the reject
   */
  public static Reject of(long row, String raw, RejectReason code, String reason) {
    return new Reject(row, raw, code, reason);
  }
}
