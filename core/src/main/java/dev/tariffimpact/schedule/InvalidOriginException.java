package dev.tariffimpact.schedule;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.io.Excerpt;

/**
 * An origin or importer that is not an ISO 3166 alpha-2 country code, or origin-scope text that
 * does not follow the documented syntax.
 */
public final class InvalidOriginException extends TariffImpactException {
  private static final long serialVersionUID = 1L;

  private final String input;

  /**
   * Creates the exception.
   *
   * @param input the offending text, as given, for example {@code "XX"} or {@code "IND"}
   * @param reason what is wrong, naming the offending country
   */
  public InvalidOriginException(String input, String reason) {
    super("Invalid origin '" + Excerpt.of(input) + "': " + reason);
    this.input = input;
  }

  /**
   * Returns the offending text.
   *
   * @return the text as given
   */
  public String input() {
    return input;
  }
}
