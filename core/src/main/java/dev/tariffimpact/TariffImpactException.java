package dev.tariffimpact;

/**
 * Base of every domain failure the library reports: an unparseable code or rate, a missing input,
 * an unknown currency or exchange rate, an invalid file.
 *
 * <p>Callers that face users (the CLI) catch this type and print {@link #getMessage()}: the message
 * always says what is wrong, quotes the offending input and, for files, names the file and row or
 * JSON path. It is unchecked because most failures are input errors the caller cannot recover from
 * locally.
 */
public class TariffImpactException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that names the offending input.
   *
   * @param message what is wrong and with which input, never null
   */
  public TariffImpactException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and its cause.
   *
   * @param message what is wrong and with which input, never null
   * @param cause the underlying failure, may be null
   */
  public TariffImpactException(String message, Throwable cause) {
    super(message, cause);
  }
}
