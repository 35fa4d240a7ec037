package dev.tariffimpact.data;

import dev.tariffimpact.TariffImpactException;

/**
 * A bundled data file is missing or invalid, or a caller asked for a name the bundled data does not
 * have (for example an unknown scenario); the message names the file or lists the known names.
 *
 * <p>Example message: {@code No bundled scenario 'us-in-2027'; known: us-in-2025-08-peak, ...}.
 */
public class BundledDataException extends TariffImpactException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the file or the unknown name
   */
  public BundledDataException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong, naming the file or the unknown name
   * @param cause the underlying failure
   */
  public BundledDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
