package dev.tariffimpact.batch.internal;

import dev.tariffimpact.batch.RejectReason;

/**
 * A row that cannot become a line: unwinds the row's parsing to {@link RowParser#parse}, which
 * turns it into a reject. No stack trace (thrown per bad row, possibly millions of times).
 */
final class RowReject extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final transient RejectReason code;

  RowReject(RejectReason code, String message) {
    super(message, null, false, false);
    this.code = code;
  }
}
