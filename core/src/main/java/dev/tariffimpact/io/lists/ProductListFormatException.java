package dev.tariffimpact.io.lists;

import dev.tariffimpact.TariffImpactException;

/** A product list file or its index is missing or malformed; the message names file and row. */
public final class ProductListFormatException extends TariffImpactException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the file, the row and what is wrong
   */
  public ProductListFormatException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message the file, the row and what is wrong
   * @param cause the underlying failure
   */
  public ProductListFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
