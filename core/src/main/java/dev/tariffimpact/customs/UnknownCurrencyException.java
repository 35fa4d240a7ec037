package dev.tariffimpact.customs;

import dev.tariffimpact.TariffImpactException;

/** A currency code that is not an ISO 4217 code known to the JDK. */
public final class UnknownCurrencyException extends TariffImpactException {
  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * Creates the exception.
   *
   * @param code the offending code, as given
   */
  public UnknownCurrencyException(String code) {
    super("Unknown currency code '" + code + "': expected an ISO 4217 code such as USD, INR, EUR");
    this.code = code;
  }

  /**
   * Returns the offending code.
   *
   * @return for example {@code "USX"}
   */
  public String code() {
    return code;
  }
}
