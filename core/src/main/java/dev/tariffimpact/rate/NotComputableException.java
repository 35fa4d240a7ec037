package dev.tariffimpact.rate;

import dev.tariffimpact.TariffImpactException;

/**
 * A rate that refers to another rate or a legal note (for example {@code The duty provided in the
 * applicable subheading + 25%}) cannot be computed on its own.
 */
public final class NotComputableException extends TariffImpactException {
  private static final long serialVersionUID = 1L;

  private final String text;

  /**
   * Creates the exception.
   *
   * @param text the reference text
   */
  public NotComputableException(String text) {
    super("Rate '" + text + "' refers to another rate or note and cannot be computed on its own");
    this.text = text;
  }

  /**
   * Returns the reference text.
   *
   * @return for example {@code "The duty provided in the applicable subheading"}
   */
  public String text() {
    return text;
  }
}
