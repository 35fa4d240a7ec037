package dev.tariffimpact.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates a measure is in force, inclusive at both ends; an absent end means open-ended.
 *
 * <p>Example: the IEEPA India country rate, {@code Validity.between(LocalDate.parse("2025-08-07"),
 * LocalDate.parse("2026-02-23"))}, contains both 2025-08-07 and 2026-02-23 but not 2026-02-24. Text
 * form: {@code 2025-08-07..2026-02-23} or {@code 2025-01-01..} (see {@link #parse}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param fromInclusive the first day in force, never null
 * @param toInclusive the last day in force, or null when no end is known
 */
public record Validity(LocalDate fromInclusive, LocalDate toInclusive) {

  private static final Validity ALWAYS = new Validity(LocalDate.of(1, 1, 1), null);

  /**
   * Validates the dates.
   *
   * @throws NullPointerException if {@code fromInclusive} is null
   * @throws IllegalArgumentException if {@code toInclusive} is before {@code fromInclusive}
   */
  public Validity {
    Objects.requireNonNull(fromInclusive, "fromInclusive");
    if (toInclusive != null && toInclusive.isBefore(fromInclusive)) {
      throw new IllegalArgumentException(
          "Validity must end on or after its start: " + fromInclusive + ".." + toInclusive);
    }
  }

  /**
   * Returns an open-ended validity.
   *
   * @param fromInclusive the first day in force
   * @return the validity with no end
   */
  public static Validity from(LocalDate fromInclusive) {
    return new Validity(fromInclusive, null);
  }

  /**
   * Returns a validity covering every date: from 0001-01-01, open-ended.
   *
   * <p>Example: analysts' category tables, which are not tied to dates, compile to measures with
   * this validity.
   *
   * @return the validity printed as {@code 0001-01-01..}
   */
  public static Validity always() {
    return ALWAYS;
  }

  /**
   * Returns a validity with both ends.
   *
   * @param fromInclusive the first day in force
   * @param toInclusive the last day in force
   * @return the validity
   * @throws IllegalArgumentException if the end is before the start
   */
  public static Validity between(LocalDate fromInclusive, LocalDate toInclusive) {
    return new Validity(fromInclusive, Objects.requireNonNull(toInclusive, "toInclusive"));
  }

  /**
   * Parses {@code 2025-08-07..2026-02-23} or the open-ended {@code 2025-01-01..}.
   *
   * @param text the validity text
   * @return the validity
   * @throws IllegalArgumentException quoting the text if it is malformed or the end is before the
   *     start
   */
  public static Validity parse(String text) {
    Objects.requireNonNull(text, "text");
    int dots = text.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException(
          "Validity must be 'YYYY-MM-DD..YYYY-MM-DD' or 'YYYY-MM-DD..': '" + text + "'");
    }
    try {
      LocalDate from = LocalDate.parse(text.substring(0, dots).strip());
      String end = text.substring(dots + 2).strip();
      return new Validity(from, end.isEmpty() ? null : LocalDate.parse(end));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Validity dates must be ISO dates (YYYY-MM-DD): '" + text + "'", e);
    }
  }

  /**
   * Tells whether a day is within the validity, ends included.
   *
   * @param date the day, for example the entry date
   * @return true if {@code fromInclusive <= date <= toInclusive}
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(fromInclusive) && (toInclusive == null || !date.isAfter(toInclusive));
  }

  /**
   * Tells whether the validity has an end.
   *
   * @return false when open-ended
   */
  public boolean isBounded() {
    return toInclusive != null;
  }

  /** Prints {@code 2025-08-07..2026-02-23} or {@code 2025-01-01..}; {@link #parse} reads it. */
  @Override
  public String toString() {
    return fromInclusive + ".." + (toInclusive == null ? "" : toInclusive.toString());
  }
}
