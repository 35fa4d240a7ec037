package dev.tariffimpact.customs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A scale and a rounding mode, applied to one kind of amount, for example cents {@code HALF_UP}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param scale digits after the decimal point, 0 to 10 (0 = whole units)
 * @param mode the rounding mode, never {@link RoundingMode#UNNECESSARY}
 */
public record Rounding(int scale, RoundingMode mode) {

  /** Cents (or paise, pence), {@code HALF_UP}. */
  public static final Rounding CENTS_HALF_UP = new Rounding(2, RoundingMode.HALF_UP);

  /**
   * Validates the rounding.
   *
   * @throws NullPointerException if {@code mode} is null
   * @throws IllegalArgumentException if the scale is outside 0..10 or the mode is UNNECESSARY
   */
  public Rounding {
    Objects.requireNonNull(mode, "mode");
    if (scale < 0 || scale > 10) {
      throw new IllegalArgumentException("scale must be between 0 and 10, was " + scale);
    }
    if (mode == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("mode must round, was UNNECESSARY");
    }
  }

  /**
   * Returns a rounding.
   *
   * @param scale for example {@code 2}
   * @param mode for example {@code HALF_UP}
   * @return the rounding
   */
  public static Rounding of(int scale, RoundingMode mode) {
    return new Rounding(scale, mode);
  }

  /**
   * Rounds an amount: {@code of(2, HALF_UP).apply(34.6400)} is {@code 34.64}.
   *
   * @param amount the exact amount, never null
   * @return the amount at this scale
   */
  public BigDecimal apply(BigDecimal amount) {
    return amount.setScale(scale, mode);
  }
}
