package dev.tariffimpact.rate;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The linear view of a rate: a percent of the value plus amounts per unit, the form a fixed-point
 * evaluator can compute without the rate objects. {@code 11¢/kg + 20%} is {@code percent=20,
 * perUnit=[0.11 USD per kg]}.
 *
 * <p>Only the rate package decides which shapes have this view ({@link Rate#linear()}): ad valorem,
 * specific (when {@code amount / per} terminates) and compounds of those. Computing {@code value x
 * percent / 100 + sum(amount x quantity in unit)} exactly gives {@link Rate#amount} of the rate,
 * before any currency conversion of a per-unit part.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param percent the summed ad valorem percent, at least zero (zero when there is none)
 * @param perUnit the specific parts, in the rate's order
 */
public record LinearRate(BigDecimal percent, List<PerUnit> perUnit) {

  /**
   * Validates the view.
   *
   * @throws NullPointerException if an argument is null
   */
  public LinearRate {
    Objects.requireNonNull(percent, "percent");
    perUnit = List.copyOf(perUnit);
  }

  /**
   * An amount of money per one unit: {@code 2.5 USD per dozen}.
   *
   * @param amount the exact amount for one unit (a specific rate's {@code amount / per})
   * @param currency the currency of the amount
   * @param unit the unit the quantity is counted in
   */
  public record PerUnit(BigDecimal amount, Currency currency, Unit unit) {

    /**
     * Validates the part.
     *
     * @throws NullPointerException if an argument is null
     */
    public PerUnit {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(unit, "unit");
    }
  }

  /**
   * Returns the sum of two linear rates (a compound).
   *
   * @param other the other rate
   * @return the sum: percents added, per-unit parts concatenated
   */
  LinearRate plus(LinearRate other) {
    java.util.ArrayList<PerUnit> parts = new java.util.ArrayList<>(perUnit);
    parts.addAll(other.perUnit);
    return new LinearRate(Decimals.normalise(percent.add(other.percent)), parts);
  }

  /**
   * The form a fixed-point evaluator can take for a whole rate: one linear rate, or the greatest or
   * least of several (greater-of and lesser-of rates whose every operand is linear).
   *
   * @param choice how the terms combine
   * @param terms one term for {@link Choice#ONE}, two or more otherwise
   */
  public record Form(Choice choice, List<LinearRate> terms) {

    /**
     * Validates the form.
     *
     * @throws NullPointerException if an argument is null
     */
    public Form {
      Objects.requireNonNull(choice, "choice");
      terms = List.copyOf(terms);
    }

    /** How the terms of a form combine. */
    public enum Choice {
      /** A single linear rate. */
      ONE,
      /** The greatest of the terms' exact amounts (a greater-of rate). */
      GREATEST,
      /** The least of the terms' exact amounts (a lesser-of rate). */
      LEAST
    }
  }
}
