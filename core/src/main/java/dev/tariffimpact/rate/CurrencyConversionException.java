package dev.tariffimpact.rate;

import dev.tariffimpact.TariffImpactException;
import java.util.Currency;

/**
 * A rate is expressed in a currency other than the context's and no {@link CurrencyConverter} was
 * given (or it does not know the pair).
 */
public final class CurrencyConversionException extends TariffImpactException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param from the rate's currency
   * @param to the context's currency
   * @param rate the rate text
   */
  public CurrencyConversionException(Currency from, Currency to, String rate) {
    super(
        "Rate '"
            + rate
            + "' is in "
            + from.getCurrencyCode()
            + " but the amount is wanted in "
            + to.getCurrencyCode()
            + " and no currency converter for "
            + from.getCurrencyCode()
            + "->"
            + to.getCurrencyCode()
            + " was given");
  }
}
