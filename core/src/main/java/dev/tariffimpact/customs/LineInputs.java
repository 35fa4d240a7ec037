package dev.tariffimpact.customs;

import dev.tariffimpact.rate.Dimension;
import dev.tariffimpact.rate.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;

/**
 * Checks and parses the amounts, currency codes and quantities a {@link ShipmentLine.Builder} is
 * given, and checks that what it collected makes a line.
 */
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

  /**
   * Adds a quantity to a builder's quantities, one per dimension.
   *
   * @throws IllegalArgumentException if a quantity of the same dimension was already given
   */
  static void putOnePerDimension(Map<Dimension, Quantity> quantities, Quantity quantity) {
    Objects.requireNonNull(quantity, "quantity");
    Dimension d = quantity.unit().dimension();
    if (quantities.containsKey(d)) {
      throw new IllegalArgumentException(
          "one quantity per dimension: " + d + " already given as " + quantities.get(d));
    }
    quantities.put(d, quantity);
  }

  /**
   * Checks that a builder's parts make a line, in this order: a value, freight and insurance in the
   * invoice currency, an entry date, an export date not after it.
   *
   * @param what the start of every message, naming the line
   * @throws IllegalStateException if the value or the entry date is missing
   * @throws IllegalArgumentException if a charge is in another currency or the export date is after
   *     the entry date
   */
  static void checkComplete(
      String what,
      BigDecimal value,
      Currency currency,
      Map<String, Currency> chargeCurrencies,
      LocalDate entryDate,
      LocalDate exportDate) {
    if (value == null) {
      throw new IllegalStateException(what + "value (with its currency) is required");
    }
    for (Map.Entry<String, Currency> charge : chargeCurrencies.entrySet()) {
      if (!charge.getValue().equals(currency)) {
        throw new IllegalArgumentException(
            what
                + charge.getKey()
                + " must be in the invoice currency "
                + currency
                + ", was "
                + charge.getValue());
      }
    }
    if (entryDate == null) {
      throw new IllegalStateException(what + "entry date is required");
    }
    if (exportDate != null && exportDate.isAfter(entryDate)) {
      throw new IllegalArgumentException(
          what
              + "export date must be on or before entry date, was "
              + exportDate
              + " > "
              + entryDate);
    }
  }
}
