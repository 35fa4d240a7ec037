package dev.tariffimpact.rate;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Set;

/**
 * An amount of money per {@code per} units of quantity, such as {@code 45.10 EUR / 100 kg} or the
 * US {@code 2.2¢/kg} (0.022 USD per 1 kg, kept exact). Amount and {@code per} are normalised.
 *
 * <p>Example: {@code 0.022 USD/kg} on 500 kg is 11 USD. If the rate currency differs from the
 * context's, the context's {@link CurrencyConverter} converts it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param amount the money amount, at least zero
 * @param currency its currency
 * @param per how many units the amount is for, positive (usually 1, 100 or 1000)
 * @param unit the unit of quantity
 */
public record Specific(BigDecimal amount, Currency currency, BigDecimal per, Unit unit)
    implements Rate {

  /**
   * Validates and normalises.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the amount is negative or {@code per} is not positive
   */
  public Specific {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(per, "per");
    Objects.requireNonNull(unit, "unit");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("specific amount must not be negative: " + amount);
    }
    if (per.signum() <= 0) {
      throw new IllegalArgumentException("'per' must be positive: " + per);
    }
    amount = Decimals.normalise(amount);
    per = Decimals.normalise(per);
  }

  /**
   * Returns an amount per one unit.
   *
   * @param amount for example {@code 0.022}
   * @param currency for example USD
   * @param unit for example {@link Unit#KG}
   * @return the rate
   */
  public static Specific of(BigDecimal amount, Currency currency, Unit unit) {
    return new Specific(amount, currency, BigDecimal.ONE, unit);
  }

  @Override
  public Set<RateInput> requiredInputs() {
    return Set.of(new RateInput.QuantityIn(unit.dimension()));
  }

  @Override
  public BigDecimal amount(RateContext ctx) {
    Objects.requireNonNull(ctx, "ctx");
    BigDecimal q = ctx.quantityIn(unit, this);
    BigDecimal inRateCurrency = Decimals.divide(amount.multiply(q), per);
    return ctx.toContextCurrency(inRateCurrency, currency, this);
  }

  /** Linear when {@code amount / per} terminates (the amount for one unit is then exact). */
  @Override
  public java.util.Optional<LinearRate> linear() {
    BigDecimal perOne;
    try {
      perOne = Decimals.normalise(amount.divide(per));
    } catch (ArithmeticException nonTerminating) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new LinearRate(
            BigDecimal.ZERO, java.util.List.of(new LinearRate.PerUnit(perOne, currency, unit))));
  }

  @Override
  public boolean isComputable() {
    return true;
  }

  @Override
  public RateKind kind() {
    return RateKind.SPECIFIC;
  }

  /** Prints {@code 0.022 USD/kg} or {@code 45.1 EUR/100 kg}. */
  @Override
  public String toString() {
    return Canonical.number(amount)
        + " "
        + currency.getCurrencyCode()
        + "/"
        + (per.compareTo(BigDecimal.ONE) == 0 ? "" : Canonical.number(per) + " ")
        + unit.symbol();
  }
}
