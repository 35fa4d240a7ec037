package dev.tariffimpact.customs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The clamp of an entry fee for entries filed in a date range (a fiscal year), for example US MPF
 * FY2026: entries from 2025-10-01, minimum $33.58, maximum $651.50, informal entries $2.69 flat.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param fromInclusive first entry date of the band
 * @param toInclusive last entry date of the band
 * @param minimum the least fee per entry, or null for none
 * @param maximum the largest fee per entry, or null for none
 * @param informalFlat the flat fee of an informal entry, or null when unknown (an informal entry
 *     then fails for a fee that requires it)
 * @param source where the figures come from
 */
public record FeeBand(
    LocalDate fromInclusive,
    LocalDate toInclusive,
    BigDecimal minimum,
    BigDecimal maximum,
    BigDecimal informalFlat,
    String source) {

  /**
   * Validates the band.
   *
   * @throws NullPointerException if a date or the source is null
   * @throws IllegalArgumentException if the dates are reversed, an amount is negative or the
   *     minimum exceeds the maximum
   */
  public FeeBand {
    Objects.requireNonNull(fromInclusive, "fromInclusive");
    Objects.requireNonNull(toInclusive, "toInclusive");
    Objects.requireNonNull(source, "source");
    if (toInclusive.isBefore(fromInclusive)) {
      throw new IllegalArgumentException(
          "toInclusive must be on or after fromInclusive, was "
              + fromInclusive
              + ".."
              + toInclusive);
    }
    for (BigDecimal amount : new BigDecimal[] {minimum, maximum, informalFlat}) {
      if (amount != null && amount.signum() < 0) {
        throw new IllegalArgumentException("fee amounts must not be negative, was " + amount);
      }
    }
    if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
      throw new IllegalArgumentException(
          "minimum must not exceed maximum, was " + minimum + " > " + maximum);
    }
  }

  /**
   * Tells whether the band covers an entry date.
   *
   * @param entryDate the date
   * @return true inside the inclusive range
   */
  public boolean contains(LocalDate entryDate) {
    return !entryDate.isBefore(fromInclusive) && !entryDate.isAfter(toInclusive);
  }
}
