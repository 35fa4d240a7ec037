package dev.tariffimpact.customs;

import dev.tariffimpact.TariffImpactException;
import java.time.LocalDate;
import java.util.Currency;

/** No exchange rate is known for a currency pair on the date a regime requires. */
public final class MissingExchangeRateException extends TariffImpactException {
  private static final long serialVersionUID = 1L;

  private final transient Currency from;
  private final transient Currency to;
  private final transient LocalDate date;

  /**
   * Creates the exception.
   *
   * @param from the currency converted from
   * @param to the currency converted to
   * @param date the day the rate was needed for
   */
  public MissingExchangeRateException(Currency from, Currency to, LocalDate date) {
    super("No exchange rate " + from + "->" + to + " valid on " + date);
    this.from = from;
    this.to = to;
    this.date = date;
  }

  /**
   * Returns the currency converted from.
   *
   * @return for example USD
   */
  public Currency from() {
    return from;
  }

  /**
   * Returns the currency converted to.
   *
   * @return for example INR
   */
  public Currency to() {
    return to;
  }

  /**
   * Returns the day the rate was needed for.
   *
   * @return for example 2025-09-15
   */
  public LocalDate date() {
    return date;
  }
}
