package dev.tariffimpact.io.hts;

import dev.tariffimpact.TariffImpactException;
import java.nio.file.Path;

/**
 * An HTS CSV file that cannot be read: missing file or column, bad code or indent. The message
 * names the file and the row (the header is row 1).
 */
public final class HtsFormatException extends TariffImpactException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param file the file
   * @param row the 1-based row (header = 1), or 0 for the file as a whole
   * @param reason what is wrong, quoting the value
   * @param cause the underlying failure, may be null
   */
  public HtsFormatException(Path file, long row, String reason, Throwable cause) {
    super(file + (row > 0 ? ", row " + row : "") + ": " + reason, cause);
  }
}
