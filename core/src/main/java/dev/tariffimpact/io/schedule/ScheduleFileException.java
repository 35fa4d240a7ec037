package dev.tariffimpact.io.schedule;

import dev.tariffimpact.TariffImpactException;

/**
 * A schedule, scenario catalogue, category CSV or product-list file that cannot be read: the
 * message names the file, the place in it (JSON path such as {@code $.measures[3].rate}, or {@code
 * row 4}, or {@code line 12}) and what is wrong.
 *
 * <p>Example message: {@code schedule.json: $.measures[3].rate: Invalid rate '16,5 %' at position
 * 2: ...}.
 */
public final class ScheduleFileException extends TariffImpactException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String location;
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param file the file as named by the caller, e.g. {@code data/us.json}
   * @param location the JSON path, row or line, e.g. {@code $.measures[3].rate}; empty for the
   *     whole file
   * @param detail what is wrong, quoting the offending value
   * @param cause the underlying failure, may be null
   */
  public ScheduleFileException(String file, String location, String detail, Throwable cause) {
    super(file + ": " + (location.isEmpty() ? "" : location + ": ") + detail, cause);
    this.file = file;
    this.location = location;
    this.detail = detail;
  }

  /**
   * Returns the file.
   *
   * @return the file as named by the caller
   */
  public String file() {
    return file;
  }

  /**
   * Returns the place in the file.
   *
   * @return for example {@code $.measures[3].rate} or {@code row 4}; empty for the whole file
   */
  public String location() {
    return location;
  }

  /**
   * Returns what is wrong, without file and location.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }
}
