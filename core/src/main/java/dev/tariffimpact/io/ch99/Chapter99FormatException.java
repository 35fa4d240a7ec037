package dev.tariffimpact.io.ch99;

import dev.tariffimpact.TariffImpactException;

/**
 * The chapter 99 text does not have the shape the importer expects (a subdivision is missing, or a
 * list holds something that is not an HTS provision). The importer stops instead of writing a list
 * that silently lost codes.
 */
public final class Chapter99FormatException extends TariffImpactException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was expected and what was found
   */
  public Chapter99FormatException(String message) {
    super(message);
  }
}
