package dev.tariffimpact.rate;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Converts amounts between currencies: {@code amountIn(to) = amountIn(from) x factor(from, to)}.
 *
 * <p>Example: with EUR 1 = INR 90, {@code factor(EUR, INR)} is {@code 90}.
 */
@FunctionalInterface
public interface CurrencyConverter {

  /**
   * Returns the exact multiplication factor from one currency into another.
   *
   * @param from the currency of the amount
   * @param to the currency wanted
   * @return the factor, positive
   * @throws dev.tariffimpact.TariffImpactException naming the pair when it is unknown
   */
  BigDecimal factor(Currency from, Currency to);
}
