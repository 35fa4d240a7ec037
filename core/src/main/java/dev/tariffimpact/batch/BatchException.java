package dev.tariffimpact.batch;

import dev.tariffimpact.TariffImpactException;

/**
 * A batch stopped: the input cannot be read (no header, a required column missing from the header,
 * an I/O error), an output cannot be written, or fail-fast mode met its first reject (the message
 * names its row and reason).
 */
public final class BatchException extends TariffImpactException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming the file, row or column
   * @param cause the underlying failure, may be null
   */
  public BatchException(String message, Throwable cause) {
    super(message, cause);
  }
}
