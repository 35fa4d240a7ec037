package dev.tariffimpact.io.csv;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Neutralises CSV cell values that a spreadsheet would run as a formula (CSV injection).
 *
 * <p>A cell that starts with {@code = + - @}, a tab or a carriage return is prefixed with a single
 * quote, as OWASP recommends, unless it is a plain decimal number such as {@code -4000.00}, which
 * must stay numeric for analysts. Every CSV the project writes passes its text cells through {@link
 * #cell(String)}; the quoting of separators is left to the CSV writer.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SpreadsheetSafe {

  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private SpreadsheetSafe() {}

  /**
   * Returns the cell text made safe to open in a spreadsheet.
   *
   * @param value the raw text, for example {@code "=HYPERLINK(...)"}
   * @return {@code "'=HYPERLINK(...)"} for formula-like text, the input otherwise
   * @throws NullPointerException if {@code value} is null
   */
  public static String cell(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean risky =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    if (risky && !PLAIN_NUMBER.matcher(value).matches()) {
      return "'" + value;
    }
    return value;
  }
}
