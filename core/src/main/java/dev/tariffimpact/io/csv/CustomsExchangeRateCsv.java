package dev.tariffimpact.io.csv;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.customs.ExchangeRate;
import dev.tariffimpact.io.DecimalGrammar;
import dev.tariffimpact.io.Excerpt;
import dev.tariffimpact.io.InvalidDecimalException;
import dev.tariffimpact.io.schedule.internal.FileSupport;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Reads India's customs exchange rates: the fortnightly tables CBIC notifies under Customs Act
 * s.14, one row per table and currency, as in the bundled {@code india/customs-exchange-rates.csv}.
 *
 * <p>Form: UTF-8, the header {@value #HEADER}, then one row per notified table: its name (the
 * Customs (N.T.) notification or the ICEGATE ERAM table), the date of notification (empty when the
 * copy does not give it), the first and last day the table is in force (inclusive), the ISO 4217
 * currency, the INR rates for imports and exports of one unit, the copy the row was taken from and
 * its confidence (V, R or U).
 *
 * <p>Only the <b>import</b> rate becomes an {@link ExchangeRate} ({@code currency -> INR}): an
 * assessment of goods entering India converts with it on the day the bill of entry is filed (the
 * India regime's {@code ENTRY_DATE} rule). The rate's source names the table, so a quote shows
 * which notification it used. A row of confidence R or U is {@link ExchangeRate#unverified
 * unverified} and every assessment using it lists it as an assumption.
 *
 * <pre>{@code
 * notification,date_of_notification,valid_from,valid_to,currency,import_rate_inr,export_rate_inr,source,confidence
 * ICEGATE ERAM 2025-09-19,,2025-09-19,2025-10-02,USD,88.85,87.15,a copy of the CBIC table,R
 * }</pre>
 *
 * <p>Every error names the input and line. This class is stateless and thread-safe.
 */
public final class CustomsExchangeRateCsv {

  /** The header line. */
  public static final String HEADER =
      "notification,date_of_notification,valid_from,valid_to,currency,import_rate_inr,"
          + "export_rate_inr,source,confidence";

  private static final Currency INR = Currency.getInstance("INR");
  private static final int FIELDS = 9;

  private CustomsExchangeRateCsv() {}

  /**
   * Reads the import rates of a stream (not closed).
   *
   * @param in the CSV bytes, at most 64 MiB
   * @param name the name used in messages, for example {@code "india/customs-exchange-rates.csv"}
   * @return one {@code currency -> INR} rate per row, in file order
   * @throws TariffImpactException naming the input and line of the first invalid row
   */
  public static List<ExchangeRate> readImportRates(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    return parseImportRates(
        new String(FileSupport.readBounded(in, name), StandardCharsets.UTF_8), name);
  }

  /**
   * Parses table text.
   *
   * @param csv the CSV text
   * @param name the name used in messages
   * @return one {@code currency -> INR} import rate per row, in file order
   * @throws TariffImpactException naming the input and line of the first invalid row
   */
  public static List<ExchangeRate> parseImportRates(String csv, String name) {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(name, "name");
    List<String> lines = csv.lines().toList();
    String header = lines.isEmpty() ? "" : lines.get(0).strip().replace("\uFEFF", "");
    if (!header.equals(HEADER)) {
      throw new TariffImpactException(
          "Customs exchange-rate file "
              + name
              + " line 1: header must be '"
              + HEADER
              + "', was '"
              + Excerpt.of(header)
              + "'");
    }
    List<ExchangeRate> rates = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        rates.add(row(CsvLine.split(line)));
      } catch (IllegalArgumentException e) {
        throw new TariffImpactException(
            "Customs exchange-rate file " + name + " line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(rates);
  }

  private static ExchangeRate row(List<String> f) {
    if (f.size() != FIELDS) {
      throw new IllegalArgumentException(
          "expected "
              + FIELDS
              + " fields ("
              + HEADER
              + "), found "
              + f.size()
              + " in '"
              + Excerpt.of(String.join(",", f))
              + "'");
    }
    String notification = required(f.get(0), "notification");
    String notified = f.get(1).strip();
    if (!notified.isEmpty()) {
      date(notified, "date_of_notification");
    }
    LocalDate from = date(f.get(2), "valid_from");
    String to = f.get(3).strip();
    LocalDate until = to.isEmpty() ? null : date(to, "valid_to");
    Currency currency = currency(f.get(4).strip());
    BigDecimal importRate = decimal(f.get(5), "import_rate_inr");
    decimal(f.get(6), "export_rate_inr");
    String copy = required(f.get(7), "source");
    ExchangeRate rate =
        ExchangeRate.of(
            currency,
            INR,
            importRate,
            from,
            until,
            "CBIC customs exchange rate for imports, "
                + notification
                + " (in force "
                + from
                + ".."
                + (until == null ? "" : until)
                + ")");
    String confidence = f.get(8).strip();
    return switch (confidence) {
      case "V" -> rate;
      case "R", "U" -> rate.unverified("confidence " + confidence + "; copied from " + copy);
      default ->
          throw new IllegalArgumentException(
              "confidence must be V, R or U, was '" + Excerpt.of(confidence) + "'");
    };
  }

  private static String required(String text, String column) {
    String value = text.strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException(column + " must not be empty");
    }
    return value;
  }

  private static BigDecimal decimal(String text, String column) {
    try {
      return DecimalGrammar.parse(text);
    } catch (InvalidDecimalException e) {
      throw new IllegalArgumentException(column + " " + e.getMessage(), e);
    }
  }

  private static LocalDate date(String text, String column) {
    try {
      return dev.tariffimpact.io.schedule.internal.IsoDates.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          column + " must be an ISO date YYYY-MM-DD, was '" + Excerpt.of(text) + "'", e);
    }
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currency must be an ISO 4217 currency code, was '" + Excerpt.of(code) + "'", e);
    }
  }
}
