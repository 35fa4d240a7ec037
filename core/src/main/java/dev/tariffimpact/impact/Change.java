package dev.tariffimpact.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount before and after, and the exact delta {@code after - before}.
 *
 * <p>Example: {@code Change.of(6697.14, 2697.14)} has delta {@code -4000.00} and percent change
 * {@code -59.7271}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param before the amount before
 * @param after the amount after
 * @param delta exactly {@code after - before}
 */
public record Change(BigDecimal before, BigDecimal after, BigDecimal delta) {

  /** Scale of {@link #percentChange()}: 4 digits, HALF_EVEN. */
  public static final int PERCENT_SCALE = 4;

  /**
   * Validates the change.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code delta} is not {@code after - before}
   */
  public Change {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(delta, "delta");
    if (after.subtract(before).compareTo(delta) != 0) {
      throw new IllegalArgumentException(
          "delta must be after - before: " + after + " - " + before + " != " + delta);
    }
  }

  /**
   * Returns the change between two amounts.
   *
   * @param before for example {@code 6697.14}
   * @param after for example {@code 2697.14}
   * @return the change with its exact delta
   */
  public static Change of(BigDecimal before, BigDecimal after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    return new Change(before, after, after.subtract(before));
  }

  /**
   * Returns the delta as a percent of the before amount, at scale {@link #PERCENT_SCALE} HALF_EVEN.
   *
   * @return for example {@code -59.7271}; empty when the before amount is zero
   */
  public Optional<BigDecimal> percentChange() {
    if (before.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        delta
            .multiply(BigDecimal.valueOf(100))
            .divide(before, PERCENT_SCALE, RoundingMode.HALF_EVEN));
  }
}
