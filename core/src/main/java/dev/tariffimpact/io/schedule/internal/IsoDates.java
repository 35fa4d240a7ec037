package dev.tariffimpact.io.schedule.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * {@link LocalDate#parse(CharSequence)} with a quick path for the plain {@code YYYY-MM-DD} form.
 *
 * <p>A bundled schedule holds hundreds of dates, read at every start of the CLI, and the ISO
 * formatter's general machinery costs a one-quote start a few milliseconds before the JIT has
 * compiled it. The quick path reads ten characters by hand; anything else, and any value {@link
 * LocalDate#of} refuses (month 13, 30 February), goes to {@code LocalDate.parse}, so the result and
 * the exception are always those of {@code LocalDate.parse} (IsoDatesTest).
 */
public final class IsoDates {

  private IsoDates() {}

  /**
   * Parses an ISO local date exactly as {@link LocalDate#parse(CharSequence)} does.
   *
   * @param text the text, for example {@code 2025-09-15}
   * @return the date
   * @throws java.time.format.DateTimeParseException as {@code LocalDate.parse} would
   */
  public static LocalDate parse(CharSequence text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          // fall through: LocalDate.parse throws its own exception for the same text
        }
      }
    }
    return LocalDate.parse(text);
  }

  /** The number of ASCII digits in text[from, to), or -1 if any is not one. */
  private static int digits(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
