package dev.tariffimpact.customs;

import dev.tariffimpact.classification.CodeScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A low-value (de minimis) rule: entries whose goods value (FOB, in the regime currency) is at most
 * a threshold are treated differently while the rule is in force.
 *
 * <p>Example: EU duty relief for consignments of EUR 150 or less until 2026-06-30; from 2026-07-01
 * a flat EUR 3 per tariff sub-heading per parcel instead.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id component or rule id, for example {@code "EU-LV-FLAT"}
 * @param title human title
 * @param threshold the largest goods value that qualifies (inclusive), in the regime currency
 * @param fromInclusive first entry date of the rule, or null for no start
 * @param toInclusive last entry date of the rule, or null for open-ended
 * @param effect what the rule does
 * @param flatAmount for {@link Effect#FLAT_DUTY_PER_SUBHEADING}: the amount per distinct
 *     sub-heading; null otherwise
 * @param subheadingDigits for the flat duty: how many leading digits define a sub-heading (6 = HS
 *     sub-heading)
 * @param dutyStillDue products that keep their normal duties (UK: excise goods); {@code null} for
 *     none
 * @param source legal basis
 */
public record LowValueRule(
    String id,
    String title,
    BigDecimal threshold,
    LocalDate fromInclusive,
    LocalDate toInclusive,
    Effect effect,
    BigDecimal flatAmount,
    int subheadingDigits,
    CodeScope dutyStillDue,
    String source) {

  /** What a qualifying entry pays instead of the normal duties. */
  public enum Effect {
    /** No duties (taxes still due). */
    NO_DUTY,
    /** No duties and no entry fees (US section 321 de minimis). */
    NO_DUTY_NO_FEES,
    /** A flat duty per distinct tariff sub-heading in the entry instead of the normal duties. */
    FLAT_DUTY_PER_SUBHEADING
  }

  /**
   * Validates the rule.
   *
   * @throws NullPointerException if a required argument is null
   * @throws IllegalArgumentException if the threshold is negative or the flat amount is missing for
   *     a flat duty
   */
  public LowValueRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(source, "source");
    if (threshold.signum() < 0) {
      throw new IllegalArgumentException("threshold must not be negative, was " + threshold);
    }
    if (effect == Effect.FLAT_DUTY_PER_SUBHEADING
        && (flatAmount == null || flatAmount.signum() < 0 || subheadingDigits < 2)) {
      throw new IllegalArgumentException(
          "a flat duty per sub-heading needs a non-negative flatAmount and subheadingDigits >= 2");
    }
  }

  /**
   * Tells whether the rule is in force on an entry date.
   *
   * @param entryDate the date
   * @return true inside the (possibly open) inclusive range
   */
  public boolean inForce(LocalDate entryDate) {
    return (fromInclusive == null || !entryDate.isBefore(fromInclusive))
        && (toInclusive == null || !entryDate.isAfter(toInclusive));
  }
}
