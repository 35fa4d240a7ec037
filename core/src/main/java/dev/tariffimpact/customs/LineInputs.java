package dev.tariffimpact.customs;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** Checks and parses the amounts and currency codes a {@link ShipmentLine.Builder} is given. */
final class LineInputs {

  private LineInputs() {}

  static BigDecimal nonNegative(BigDecimal amount, String name) {
    Objects.requireNonNull(amount, name);
    if (amount.signum() < 0) {
      throw new IllegalArgumentException(
          name + " must not be negative, was " + amount.toPlainString());
    }
    return amount;
  }

  static BigDecimal decimal(String amount, String name) {
    Objects.requireNonNull(amount, name);
    try {
      return dev.tariffimpact.io.DecimalGrammar.parse(amount);
    } catch (dev.tariffimpact.io.InvalidDecimalException e) {
      throw new IllegalArgumentException(name + " " + e.getMessage(), e);
    }
  }

  static Currency currency(String code) {
    Objects.requireNonNull(code, "currencyCode");
    try {
      return Currency.getInstance(code.strip());
    } catch (IllegalArgumentException e) {
      throw new UnknownCurrencyException(code);
    }
  }
}
