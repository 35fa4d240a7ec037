package dev.tariffimpact.io;

import dev.tariffimpact.TariffImpactException;

/**
 * A text that is not a decimal of {@link DecimalGrammar}, or one out of its bounds.
 *
 * <p>Example message: {@code '1e999999999' is out of range: at most 18 digits before the decimal
 * point}.
 */
public final class InvalidDecimalException extends TariffImpactException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param input the offending text (the message quotes at most 40 characters of it)
   * @param reason what is wrong, for example {@code "is out of range: ..."}
   */
  public InvalidDecimalException(String input, String reason) {
    super("'" + Excerpt.of(input) + "' " + reason);
    this.input = input;
    this.reason = reason;
  }

  /**
   * Returns the offending text.
   *
   * @return the text as given
   */
  public String input() {
    return input;
  }

  /**
   * Returns what is wrong, without the input.
   *
   * @return for example {@code "is out of range: at most 18 digits before the decimal point"}
   */
  public String reason() {
    return reason;
  }
}
