package dev.tariffimpact.io.india;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tariffimpact.io.csv.CustomsExchangeRateCsv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code data/india/customs-exchange-rates.csv} is what {@link CustomsRateTableExtractor} makes of
 * the cha_erp copy of the CBIC tables: always for two tables quoted here as printed in the copy,
 * and for the whole file when {@code -Dtariffimpact.chaErpExchangeRates} names a copy of
 * exchange-rates.ts (with {@code -Dtariffimpact.regenerate=true} the file is rewritten first).
 */
class CustomsRateTableExtractorTest {

  private static final Path FILE = Path.of("..", "data", "india", "customs-exchange-rates.csv");

  /** Two lines of exchange-rates.ts @3c58ddcf, abridged to the currencies kept (as printed). */
  private static final String EXCERPT =
      "  { effectiveFrom: \"2025-09-05\", effectiveTo: \"2025-09-18\", source: \"ICEGATE ERAM"
          + " 2025-09-05\", rates: { AED: { import: 24.75, export: 23.3 }, EUR: { import: 104.55,"
          + " export: 100.9 }, GBP: { import: 120.35, export: 116.4 }, USD: { import: 89, export:"
          + " 87.3 } } },\n"
          + "  { effectiveFrom: \"2026-09-18\", effectiveTo: null, source: \"ICEGATE ERAM"
          + " 2026-09-18\", rates: { EUR: { import: 111.9, export: 108.15 }, GBP: { import:"
          + " 130.45, export: 126.35 }, USD: { import: 96.8, export: 95.1 } } },\n";

  @Test
  void theCommittedRowsOfTwoQuotedTablesAreWhatTheExtractorMakesOfThem() throws IOException {
    List<String> rows = CustomsRateTableExtractor.rows(EXCERPT);
    // 2 tables x USD, EUR, GBP; 89 -> 89.00 and 86.7 -> 86.70 as CBIC prints them
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0))
        .startsWith("ICEGATE ERAM 2025-09-05,,2025-09-05,2025-09-18,USD,89.00,87.30,");
    assertThat(rows.get(1)).contains(",EUR,104.55,100.90,");
    // open-ended last table: end assumed 13 days on (2026-09-18 + 13 = 2026-10-01), U
    assertThat(rows.get(5))
        .startsWith("ICEGATE ERAM 2026-09-18,,2026-09-18,2026-10-01,GBP,130.45,126.35,")
        .endsWith(",U");
    List<String> committed = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    assertThat(committed).containsAll(rows);
    // and the reader takes them: 6 import rates into INR
    assertThat(
            CustomsExchangeRateCsv.parseImportRates(
                CustomsExchangeRateCsv.HEADER + "\n" + String.join("\n", rows), "excerpt"))
        .hasSize(6);
  }

  @Test
  void theWholeFileIsWhatTheExtractorMakesOfTheCopyWhenOneIsGiven() throws IOException {
    String path = System.getProperty("tariffimpact.chaErpExchangeRates", "");
    assumeTrue(!path.isBlank(), "no -Dtariffimpact.chaErpExchangeRates=<exchange-rates.ts> given");
    List<String> lines = new ArrayList<>();
    lines.add(CustomsExchangeRateCsv.HEADER);
    lines.addAll(CustomsRateTableExtractor.rows(Files.readString(Path.of(path))));
    String expected = String.join("\n", lines) + "\n";
    if (Boolean.getBoolean("tariffimpact.regenerate")) {
      Files.writeString(FILE, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(FILE, StandardCharsets.UTF_8)).isEqualTo(expected);
  }
}
