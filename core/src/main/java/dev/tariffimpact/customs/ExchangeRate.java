package dev.tariffimpact.customs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated exchange rate: {@code 1 from = rate to}, valid on every day from {@code validFrom} to
 * {@code validTo} inclusive, for example {@code USD -> INR 85.00 from 2025-09-01 to 2025-09-30
 * (CBIC notification)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the currency converted from
 * @param to the currency converted to, different from {@code from}
 * @param rate units of {@code to} per unit of {@code from}, positive, kept exactly as published
 * @param validFrom first day the rate applies, inclusive
 * @param validTo last day the rate applies, inclusive; null when open-ended
 * @param source who published it, for example {@code "CBIC Notification 60/2025-Cus (N.T.)"}
 * @param unverifiedNote null for a rate taken from its official source; otherwise why the rate is
 *     not the legal one (an example or assumed rate), which every assessment using it then lists as
 *     an {@link Assumption}
 */
public record ExchangeRate(
    Currency from,
    Currency to,
    BigDecimal rate,
    LocalDate validFrom,
    LocalDate validTo,
    String source,
    String unverifiedNote) {

  /**
   * Validates the rate.
   *
   * @throws NullPointerException if an argument other than {@code validTo} is null
   * @throws IllegalArgumentException if the currencies are equal, the rate is not positive or
   *     {@code validTo} is before {@code validFrom}
   */
  public ExchangeRate {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(source, "source");
    if (from.equals(to)) {
      throw new IllegalArgumentException("from and to must differ, both were " + from);
    }
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException(
          "rate must be positive, was " + rate.toPlainString() + " for " + from + "/" + to);
    }
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          "validTo must be on or after validFrom, was " + validFrom + ".." + validTo);
    }
  }

  /**
   * Returns an exchange rate.
   *
   * @param from for example USD
   * @param to for example INR
   * @param rate for example {@code 85.00}
   * @param validFrom first day, inclusive
   * @param validTo last day, inclusive, or null for open-ended
   * @param source publisher or document
   * @return the rate
   */
  public static ExchangeRate of(
      Currency from,
      Currency to,
      BigDecimal rate,
      LocalDate validFrom,
      LocalDate validTo,
      String source) {
    return new ExchangeRate(from, to, rate, validFrom, validTo, source, null);
  }

  /**
   * Returns this rate marked as unverified (an example or assumed figure, confidence U).
   *
   * @param note why it is not the legal rate, for example {@code "illustrative rate of FACTS.md"}
   * @return a copy that assessments report as an assumption
   * @throws IllegalArgumentException if the note is blank
   */
  public ExchangeRate unverified(String note) {
    Objects.requireNonNull(note, "note");
    if (note.isBlank()) {
      throw new IllegalArgumentException("note must not be blank");
    }
    return new ExchangeRate(from, to, rate, validFrom, validTo, source, note);
  }

  /**
   * Returns the assumption an assessment that uses this rate must list, if the rate is unverified.
   *
   * @return {@code "Exchange rate USD->INR 85.00 (2025-04-01..2026-12-31) is unverified: <note>"}
   *     with the rate's source, or empty for a verified rate
   */
  public Optional<Assumption> assumption() {
    if (unverifiedNote == null) {
      return Optional.empty();
    }
    return Optional.of(
        Assumption.of(
            "Exchange rate "
                + from
                + "->"
                + to
                + " "
                + rate.toPlainString()
                + " ("
                + validFrom
                + ".."
                + (validTo == null ? "" : validTo)
                + ") is unverified: "
                + unverifiedNote,
            source));
  }

  /**
   * Tells whether the rate applies on a day.
   *
   * @param date the day
   * @return true if {@code validFrom <= date <= validTo}
   */
  public boolean isValidOn(LocalDate date) {
    return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
  }

  boolean overlaps(ExchangeRate other) {
    boolean thisEndsBefore = validTo != null && validTo.isBefore(other.validFrom);
    boolean otherEndsBefore = other.validTo != null && other.validTo.isBefore(validFrom);
    return !thisEndsBefore && !otherEndsBefore;
  }

  @Override
  public String toString() {
    return from
        + "/"
        + to
        + " "
        + rate.toPlainString()
        + " "
        + validFrom
        + ".."
        + (validTo == null ? "" : validTo)
        + " ("
        + source
        + ")";
  }

  // equals and hashCode written out rather than generated: a record's generated methods bootstrap
  // method handles on their first call, about 3 ms of a one-quote start (same results: every
  // component compared with equals).
  @Override
  public boolean equals(Object o) {
    return o instanceof ExchangeRate r
        && from.equals(r.from)
        && to.equals(r.to)
        && rate.equals(r.rate)
        && validFrom.equals(r.validFrom)
        && Objects.equals(validTo, r.validTo)
        && source.equals(r.source)
        && Objects.equals(unverifiedNote, r.unverifiedNote);
  }

  @Override
  public int hashCode() {
    int h = from.hashCode();
    h = 31 * h + to.hashCode();
    h = 31 * h + rate.hashCode();
    h = 31 * h + validFrom.hashCode();
    h = 31 * h + Objects.hashCode(validTo);
    h = 31 * h + source.hashCode();
    return 31 * h + Objects.hashCode(unverifiedNote);
  }
}
