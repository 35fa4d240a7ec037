package dev.tariffimpact.classification;

import dev.tariffimpact.TariffImpactException;

/** A product code or code scope text that does not follow the documented syntax. */
public final class InvalidCodeException extends TariffImpactException {
  private static final long serialVersionUID = 1L;

  private final String input;

  /**
   * Creates the exception.
   *
   * @param input the offending text, as given
   * @param reason what is expected, in "X must ..." form
   */
  public InvalidCodeException(String input, String reason) {
    super("Invalid product code '" + dev.tariffimpact.io.Excerpt.of(input) + "': " + reason);
    this.input = input;
  }

  /**
   * Returns the offending text.
   *
   * @return the text as given, for example {@code "61O9.10"}
   */
  public String input() {
    return input;
  }
}
