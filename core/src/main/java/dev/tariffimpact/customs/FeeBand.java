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
 * @param assumption null for published figures; for figures carried forward or otherwise assumed
 *     (confidence U), the assumption every assessment using the band lists
 */
public record FeeBand(
    LocalDate fromInclusive,
    LocalDate toInclusive,
    BigDecimal minimum,
    BigDecimal maximum,
    BigDecimal informalFlat,
    String source,
    Assumption assumption) {

  /**
   * A band of published figures (no assumption).
   *
   * @param fromInclusive first entry date of the band
   * @param toInclusive last entry date of the band
   * @param minimum the least fee per entry, or null for none
   * @param maximum the largest fee per entry, or null for none
   * @param informalFlat the flat fee of an informal entry, or null when unknown
   * @param source where the figures come from
   */
  public FeeBand(
      LocalDate fromInclusive,
      LocalDate toInclusive,
      BigDecimal minimum,
      BigDecimal maximum,
      BigDecimal informalFlat,
      String source) {
    this(fromInclusive, toInclusive, minimum, maximum, informalFlat, source, null);
  }

  /**
   * The same figures carried into another date range as an assumption (confidence U), for a year
   * whose figures are not yet known.
   *
   * @param fromInclusive first entry date of the new band
   * @param toInclusive last entry date of the new band
   * @param why the reasoning, shown to the user
   * @return the assumed band
   */
  public FeeBand carriedForward(LocalDate fromInclusive, LocalDate toInclusive, String why) {
    String text =
        "ASSUMPTION (U): fee band "
            + fromInclusive
            + ".."
            + toInclusive
            + " taken as the band "
            + this.fromInclusive
            + ".."
            + this.toInclusive
            + " (min "
            + (minimum == null ? "-" : minimum.toPlainString())
            + ", max "
            + (maximum == null ? "-" : maximum.toPlainString())
            + "): "
            + why;
    return new FeeBand(
        fromInclusive,
        toInclusive,
        minimum,
        maximum,
        informalFlat,
        source + " (carried forward)",
        Assumption.of(text, source + " (carried forward, confidence U)"));
  }

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
