package dev.tariffimpact.schedule;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A bound on the total ad valorem duty a measure brings a line to: the law's "the duty that brings
 * the total to X%" (a top-up, {@code atLeast}) and "the total shall not exceed X%" (a cap, {@code
 * atMost}). The total counted is the line's base duty (column 1 rate or preference) plus this
 * measure, as a percentage of the customs value.
 *
 * <p>Example, HTS ch. 99 US note 16(f) (heading 9903.82.10): for derivative articles of annex III
 * "the sum of the column 1 duty rate and the additional ad valorem rate of duty ... will total 15
 * percent": {@code TotalLimit.atLeast(15)} on a measure of rate Free. On USD 10,000.00 with a
 * column 1 rate of 5.3% (530.00) the measure charges 1,500.00 - 530.00 = 970.00; with a column 1
 * rate of 16.5% it charges nothing (9903.82.11).
 *
 * <p>The measure's amount is {@code max(rate amount, atLeast% x value - base duties)} for a top-up
 * and {@code min(rate amount, max(0, atMost% x value - base duties))} for a cap.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param atLeast the total the measure tops the line up to, in percent, or null
 * @param atMost the total the measure may not take the line above, in percent, or null
 */
public record TotalLimit(BigDecimal atLeast, BigDecimal atMost) {

  /**
   * Validates the limit.
   *
   * @throws IllegalArgumentException if both are null, one is negative, or atLeast exceeds atMost
   */
  public TotalLimit {
    if (atLeast == null && atMost == null) {
      throw new IllegalArgumentException("a total limit needs atLeast or atMost");
    }
    for (BigDecimal p : new BigDecimal[] {atLeast, atMost}) {
      if (p != null && p.signum() < 0) {
        throw new IllegalArgumentException("a total limit must not be negative, was " + p);
      }
    }
    if (atLeast != null && atMost != null && atLeast.compareTo(atMost) > 0) {
      throw new IllegalArgumentException("total atLeast " + atLeast + " exceeds atMost " + atMost);
    }
  }

  /**
   * A top-up to a total.
   *
   * @param percent for example {@code 15}
   * @return the limit
   */
  public static TotalLimit atLeast(BigDecimal percent) {
    return new TotalLimit(Objects.requireNonNull(percent, "percent"), null);
  }

  /**
   * A cap on the total.
   *
   * @param percent for example {@code 15}
   * @return the limit
   */
  public static TotalLimit atMost(BigDecimal percent) {
    return new TotalLimit(null, Objects.requireNonNull(percent, "percent"));
  }

  /**
   * Applies the limit to a measure's amount.
   *
   * @param amount the amount the measure's rate gives
   * @param value the customs value
   * @param baseDuties the line's base duty (or preference) amounts
   * @return the bounded amount, never negative
   */
  public BigDecimal apply(BigDecimal amount, BigDecimal value, BigDecimal baseDuties) {
    BigDecimal result = amount;
    if (atLeast != null) {
      // movePointLeft(2): an exact division by 100
      BigDecimal room = value.multiply(atLeast).movePointLeft(2).subtract(baseDuties);
      result = result.max(room);
    }
    if (atMost != null) {
      BigDecimal room = value.multiply(atMost).movePointLeft(2).subtract(baseDuties);
      result = result.min(room.max(BigDecimal.ZERO));
    }
    return result.max(BigDecimal.ZERO);
  }

  /** Prints {@code total >= 15%} or {@code total <= 15%}. */
  @Override
  public String toString() {
    return (atLeast == null ? "" : "total >= " + atLeast.toPlainString() + "%")
        + (atLeast != null && atMost != null ? ", " : "")
        + (atMost == null ? "" : "total <= " + atMost.toPlainString() + "%");
  }
}
