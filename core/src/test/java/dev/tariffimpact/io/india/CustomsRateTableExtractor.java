package dev.tariffimpact.io.india;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the CBIC customs exchange-rate master of ViditJain123/cha_erp ({@code
 * packages/core/src/masters/generated/exchange-rates.ts}, one TypeScript object per notified table)
 * into the rows of {@code data/india/customs-exchange-rates.csv}: the tables in force from {@link
 * #FIRST_TABLE}, the import and export rates of USD, EUR and GBP, one row per table and currency.
 *
 * <p>Test-scoped and re-runnable: {@code CustomsRateTableExtractorTest} compares its output with
 * the committed file (and rewrites the file with {@code -Dtariffimpact.regenerate=true}) when
 * {@code -Dtariffimpact.chaErpExchangeRates=<path of exchange-rates.ts>} names a copy of the
 * source. The copy's last table is open-ended; its end is assumed to be the day before the next
 * fortnightly table would start (13 days later), and that row is marked U with the reason.
 */
final class CustomsRateTableExtractor {

  /** The source file at the commit the committed rows come from. */
  static final String SOURCE =
      "ViditJain123/cha_erp packages/core/src/masters/generated/exchange-rates.ts"
          + " @3c58ddcf2e5952026fd5f387e39be412cb265741 (generated from CBIC Customs (N.T.)"
          + " exchange-rate notifications and ICEGATE ERAM)";

  /** The first table kept: the one in force on 2025-01-01 starts on 2024-12-20. */
  static final LocalDate FIRST_TABLE = LocalDate.of(2024, 12, 20);

  /** The currencies kept, in row order within a table. */
  static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP");

  private static final Pattern TABLE =
      Pattern.compile(
          "\\{ effectiveFrom: \"(\\d{4}-\\d{2}-\\d{2})\", effectiveTo: (?:\"(\\d{4}-\\d{2}-\\d{2})\"|null),"
              + " source: \"([^\"]+)\", rates: \\{(.*?)\\} \\} \\},?$",
          Pattern.MULTILINE);

  private CustomsRateTableExtractor() {}

  /**
   * Extracts the CSV rows (without header) of every table from {@link #FIRST_TABLE}.
   *
   * @param typescript the text of exchange-rates.ts (or an excerpt of whole table lines)
   * @return the CSV lines, in table order then {@link #CURRENCIES} order
   * @throws IllegalArgumentException if a kept table lacks a kept currency
   */
  static List<String> rows(String typescript) {
    List<String> out = new ArrayList<>();
    Matcher m = TABLE.matcher(typescript);
    while (m.find()) {
      LocalDate from = LocalDate.parse(m.group(1));
      if (from.isBefore(FIRST_TABLE)) {
        continue;
      }
      boolean open = m.group(2) == null;
      // the next fortnightly table is due 14 days after this one starts
      String to = open ? from.plusDays(13).toString() : m.group(2);
      String source =
          open
              ? "\""
                  + SOURCE
                  + "; valid_to assumed: the copy's last table is open-ended (the copy was built"
                  + " in 2026-09) and the next fortnightly table, due about "
                  + from.plusDays(14)
                  + ", is not in it\""
              : SOURCE;
      for (String currency : CURRENCIES) {
        Matcher r =
            Pattern.compile("\\b" + currency + ": \\{ import: ([0-9.]+), export: ([0-9.]+)")
                .matcher(m.group(4));
        if (!r.find()) {
          throw new IllegalArgumentException(m.group(3) + " has no " + currency + " rate");
        }
        out.add(
            String.join(
                ",",
                m.group(3),
                "",
                from.toString(),
                to,
                currency,
                money(r.group(1)),
                money(r.group(2)),
                source,
                open ? "U" : "R"));
      }
    }
    return out;
  }

  /** The copy drops trailing zeros (89, 86.7); the file prints two decimals as CBIC does. */
  private static String money(String text) {
    return new BigDecimal(text).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }
}
