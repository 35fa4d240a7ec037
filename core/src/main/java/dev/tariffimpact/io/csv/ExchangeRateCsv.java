package dev.tariffimpact.io.csv;

import dev.tariffimpact.TariffImpactException;
import dev.tariffimpact.customs.ExchangeRate;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.io.schedule.internal.FileSupport;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Reads exchange-rate tables: the {@code --rates} file of the CLI and the bundled {@code
 * exchange-rates.csv}.
 *
 * <p>Form: UTF-8, a header line {@code from,to,rate,valid_from,valid_to,source} (optionally
 * followed by {@code ,confidence,note}: a rate of confidence R or U is marked {@link
 * ExchangeRate#unverified unverified} with the note, and every assessment using it lists it as an
 * assumption), then one rate per line: ISO 4217 codes, the rate as a plain decimal ({@code 85.00}),
 * ISO dates, {@code valid_to} empty for open-ended, the source free text (quote it if it contains
 * commas). Blank lines and lines starting with {@code #} are ignored.
 *
 * <pre>{@code
 * from,to,rate,valid_from,valid_to,source
 * USD,INR,85.00,2025-09-01,2025-09-30,CBIC Notification (illustrative)
 *
 * ExchangeRates rates = ExchangeRateCsv.read(Path.of("rates.csv"));
 * }</pre>
 *
 * <p>Every error names the file and line ({@code rates.csv line 3: from must be ...}). This class
 * is stateless and thread-safe.
 */
public final class ExchangeRateCsv {

  /** The six-column header. */
  public static final String HEADER = "from,to,rate,valid_from,valid_to,source";

  /** The eight-column header, with the confidence of each rate and a note. */
  public static final String HEADER_WITH_CONFIDENCE = HEADER + ",confidence,note";

  private ExchangeRateCsv() {}

  /**
   * Reads a table from a file.
   *
   * @param file the CSV file, at most 64 MiB
   * @return the table, explicit pairs only
   * @throws TariffImpactException naming the file (and line) if it cannot be read or a row is
   *     invalid
   */
  public static ExchangeRates read(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    return parse(new String(FileSupport.readBounded(file, name), StandardCharsets.UTF_8), name);
  }

  /**
   * Reads a table from a stream (not closed).
   *
   * @param in the CSV bytes, at most 64 MiB
   * @param name the name used in messages, for example {@code "exchange-rates.csv"}
   * @return the table, explicit pairs only
   * @throws TariffImpactException naming the input (and line) if it cannot be read or a row is
   *     invalid
   */
  public static ExchangeRates read(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    return parse(new String(FileSupport.readBounded(in, name), StandardCharsets.UTF_8), name);
  }

  /**
   * Parses table text.
   *
   * @param csv the CSV text
   * @param name the name used in messages
   * @return the table, explicit pairs only
   * @throws TariffImpactException naming the input and line of the first invalid row
   */
  public static ExchangeRates parse(String csv, String name) {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(name, "name");
    List<String> lines = csv.lines().toList();
    String header = lines.isEmpty() ? "" : lines.get(0).strip().replace("\uFEFF", "");
    boolean withConfidence = header.equals(HEADER_WITH_CONFIDENCE);
    if (!withConfidence && !header.equals(HEADER)) {
      throw new TariffImpactException(
          "Exchange-rate file "
              + name
              + " line 1: header must be '"
              + HEADER
              + "' or '"
              + HEADER_WITH_CONFIDENCE
              + "'");
    }
    ExchangeRates.Builder builder = ExchangeRates.builder();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        builder.add(row(CsvLine.split(line), withConfidence));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new TariffImpactException(
            "Exchange-rate file " + name + " line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return builder.build();
  }

  private static ExchangeRate row(List<String> fields, boolean withConfidence) {
    int expected = withConfidence ? 8 : 6;
    if (fields.size() != expected) {
      throw new IllegalArgumentException(
          "expected "
              + expected
              + " fields ("
              + (withConfidence ? HEADER_WITH_CONFIDENCE : HEADER)
              + "), found "
              + fields.size());
    }
    Currency from = currency(fields.get(0).strip(), "from");
    Currency to = currency(fields.get(1).strip(), "to");
    BigDecimal rate;
    try {
      rate = new BigDecimal(fields.get(2).strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("rate must be a decimal, was '" + fields.get(2) + "'");
    }
    LocalDate validFrom = LocalDate.parse(fields.get(3).strip());
    String validTo = fields.get(4).strip();
    ExchangeRate parsed =
        ExchangeRate.of(
            from,
            to,
            rate,
            validFrom,
            validTo.isEmpty() ? null : LocalDate.parse(validTo),
            fields.get(5).strip());
    if (!withConfidence) {
      return parsed;
    }
    String confidence = fields.get(6).strip();
    String note = fields.get(7).strip();
    return switch (confidence) {
      case "V" -> parsed;
      case "R", "U" ->
          parsed.unverified("confidence " + confidence + (note.isEmpty() ? "" : "; " + note));
      default ->
          throw new IllegalArgumentException(
              "confidence must be V, R or U, was '" + confidence + "'");
    };
  }

  private static Currency currency(String code, String column) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          column + " must be an ISO 4217 currency code, was '" + code + "'");
    }
  }
}
