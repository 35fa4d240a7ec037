package dev.tariffimpact.rate;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A non-negative amount of a unit, such as {@code 250 kg}. The amount is normalised (trailing zeros
 * stripped) so that {@code 2.50 kg} equals {@code 2.5 kg}.
 *
 * <p>Example: {@code Quantity.of(new BigDecimal("2.5"), Unit.T).in(Unit.KG)} is {@code 2500}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param amount the amount, at least zero
 * @param unit the unit
 */
public record Quantity(BigDecimal amount, Unit unit) {

  /**
   * Validates and normalises.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the amount is negative
   */
  public Quantity {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(unit, "unit");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("Quantity must not be negative: " + amount + " " + unit);
    }
    amount = Decimals.normalise(amount);
  }

  /**
   * Returns a quantity.
   *
   * @param amount for example {@code 250}
   * @param unit for example {@link Unit#KG}
   * @return the quantity
   * @throws IllegalArgumentException if the amount is negative
   */
  public static Quantity of(BigDecimal amount, Unit unit) {
    return new Quantity(amount, unit);
  }

  /**
   * Returns a quantity from decimal text.
   *
   * @param amount for example {@code "2.5"}
   * @param unit for example {@link Unit#T}
   * @return the quantity
   * @throws dev.tariffimpact.io.InvalidDecimalException if the amount is not a decimal of {@link
   *     dev.tariffimpact.io.DecimalGrammar} or out of its bounds
   * @throws IllegalArgumentException if the amount is negative
   */
  public static Quantity of(String amount, Unit unit) {
    return new Quantity(
        dev.tariffimpact.io.DecimalGrammar.parse(Objects.requireNonNull(amount, "amount")), unit);
  }

  /**
   * Returns the amount expressed in another unit of the same dimension.
   *
   * @param target for example {@link Unit#KG}
   * @return the exact amount (see {@link Unit#convert})
   * @throws IncompatibleUnitsException if the target measures another dimension
   */
  public BigDecimal in(Unit target) {
    return unit.convert(amount, target);
  }

  /** Prints {@code "2.5 kg"}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + unit.symbol();
  }
}
