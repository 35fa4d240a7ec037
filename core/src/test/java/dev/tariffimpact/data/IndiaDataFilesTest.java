package dev.tariffimpact.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.classification.Category;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.Incoterm;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.rate.RateParser;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The transcribed India files of {@code data/india/} (issue 16, data side): their contract with the
 * India law model (columns, one row per tariff item, the same items in both files) and the CBIC
 * customs exchange rates applied by the bill-of-entry date.
 */
class IndiaDataFilesTest {

  private static final Path INDIA = Path.of("..", "data", "india");
  private static final BundledDataset DATA = BundledDataset.load();

  /** A rate text as printed in the First Schedule: {@code 7.5%}, {@code Rs. 35 per kg}, Free. */
  private static final Pattern RATE = Pattern.compile("\\d+(\\.\\d+)?%|Rs\\. \\d+ per (kg|l)|Free");

  private static List<Map<String, String>> rows(String file) {
    return BundledDataGenerator.readCsv(INDIA.resolve(file));
  }

  private static String header(String file) throws Exception {
    return Files.readAllLines(INDIA.resolve(file)).get(0);
  }

  @Test
  void headersAreTheContractWithTheLawModel() throws Exception {
    assertThat(header("first-schedule-bcd.csv"))
        .isEqualTo("tariff_item,description,standard_bcd,unit,source,confidence,note");
    assertThat(header("us-export-lines.csv"))
        .isEqualTo(
            "tariff_item,description,category,us_export_value_usd_mn,year,source,confidence");
    assertThat(header("customs-exchange-rates.csv"))
        .isEqualTo(
            "notification,date_of_notification,valid_from,valid_to,currency,import_rate_inr,"
                + "export_rate_inr,source,confidence");
  }

  @Test
  void everyExportLineHasOneStandardRateRowAndNoRateIsGuessed() {
    List<Map<String, String>> bcd = rows("first-schedule-bcd.csv");
    List<Map<String, String>> lines = rows("us-export-lines.csv");
    List<String> items = bcd.stream().map(r -> r.get("tariff_item")).toList();
    assertThat(items).doesNotHaveDuplicates().allMatch(i -> i.matches("\\d{8}"));
    assertThat(lines.stream().map(r -> r.get("tariff_item")).toList())
        .containsExactlyElementsOf(items);
    assertThat(items).hasSizeBetween(60, 120);
    for (Map<String, String> r : bcd) {
      String rate = r.get("standard_bcd");
      assertThat(r.get("confidence")).as(r.get("tariff_item")).isIn("V", "R", "U");
      assertThat(r.get("source")).as(r.get("tariff_item")).isNotBlank();
      if (rate.isEmpty()) {
        // not found: said so in the note, never a guessed rate, never above U
        assertThat(r.get("confidence")).as(r.get("tariff_item")).isEqualTo("U");
        assertThat(r.get("note")).as(r.get("tariff_item")).containsIgnoringCase("not found");
      } else {
        assertThat(rate).as(r.get("tariff_item")).matches(RATE);
        // and the law model can read it: the project's rate grammar parses every printed rate
        assertThat(RateParser.parse(rate)).as(r.get("tariff_item")).isNotNull();
      }
      if (r.get("confidence").equals("U")) {
        assertThat(r.get("note")).as("a U row says why: %s", r.get("tariff_item")).isNotBlank();
      }
    }
  }

  @Test
  void everyExportLineFallsInItsIndiaCategoryAndCoversTheSeedLines() {
    Map<String, Category> categories =
        DATA.categories("IN").categories().stream()
            .collect(Collectors.toMap(Category::name, c -> c));
    List<Map<String, String>> lines = rows("us-export-lines.csv");
    for (Map<String, String> r : lines) {
      Category c = categories.get(r.get("category"));
      assertThat(c).as("category of %s", r.get("tariff_item")).isNotNull();
      assertThat(c.contains(ProductCode.parse(r.get("tariff_item"))))
          .as("%s in %s", r.get("tariff_item"), c.name())
          .isTrue();
      // unknown values stay empty and U; a value always carries its year
      if (r.get("us_export_value_usd_mn").isEmpty()) {
        assertThat(r.get("confidence")).isEqualTo("U");
      } else {
        assertThat(new BigDecimal(r.get("us_export_value_usd_mn")).signum()).isPositive();
        assertThat(r.get("year")).isNotBlank();
      }
    }
    // every curated line of in-lines.csv (the seeds) has at least one 8-digit item
    Set<String> items = lines.stream().map(r -> r.get("tariff_item")).collect(Collectors.toSet());
    for (Map<String, String> seed :
        BundledDataGenerator.readCsv(Path.of("..", "data", "in-lines.csv"))) {
      String digits = seed.get("code").replace(".", "");
      assertThat(items).as("seed %s", seed.get("code")).anyMatch(i -> i.startsWith(digits));
    }
  }

  @Test
  void customsTablesFollowEachOtherWithoutGapFrom2025ToTheirEndForEachCurrency() {
    List<Map<String, String>> rows = rows("customs-exchange-rates.csv");
    for (String currency : List.of("USD", "EUR", "GBP")) {
      List<Map<String, String>> tables =
          rows.stream().filter(r -> r.get("currency").equals(currency)).toList();
      assertThat(tables).as(currency).hasSize(59);
      LocalDate first = LocalDate.parse(tables.get(0).get("valid_from"));
      assertThat(first).isBeforeOrEqualTo(LocalDate.of(2025, 1, 1));
      LocalDate previousEnd = null;
      for (Map<String, String> t : tables) {
        LocalDate from = LocalDate.parse(t.get("valid_from"));
        if (previousEnd != null) {
          assertThat(from)
              .as(currency + " " + t.get("notification"))
              .isEqualTo(previousEnd.plusDays(1));
        }
        previousEnd = LocalDate.parse(t.get("valid_to"));
        // CBIC sells foreign currency to importers dearer than it buys it from exporters
        assertThat(new BigDecimal(t.get("import_rate_inr")))
            .as(currency + " " + t.get("notification"))
            .isGreaterThan(new BigDecimal(t.get("export_rate_inr")));
      }
      assertThat(previousEnd).isEqualTo(LocalDate.of(2026, 10, 1));
      // the last end date is assumed (the copy's last table is open-ended): U, and said so
      Map<String, String> last = tables.get(tables.size() - 1);
      assertThat(last.get("confidence")).isEqualTo("U");
      assertThat(last.get("source")).contains("valid_to assumed");
    }
    assertThat(rows).extracting(r -> r.get("currency")).containsOnly("USD", "EUR", "GBP");
  }

  /**
   * CBIC table of 2025-09-19 (ICEGATE ERAM, in force 2025-09-19..2025-10-02): EUR 105.80 INR for
   * imports. CIF EUR 1,000 of crude soybean oil entered 2025-09-25: assessable value 1,000 x 105.80
   * = 105,800.00 INR, with the CBIC EUR rate, not the derived 93.50 of exchange-rates.csv.
   */
  @Test
  void aEuroInvoiceIntoIndiaUsesTheNotifiedEuroRateOfTheBillOfEntryDate() {
    ShipmentLine line =
        ShipmentLine.builder("1507.10.00", "US")
            .value("1000", "EUR")
            .incoterm(Incoterm.CIF)
            .transportMode(TransportMode.OCEAN)
            .exportDate(LocalDate.of(2025, 8, 1))
            .entryDate(LocalDate.of(2025, 9, 25))
            .build();
    Assessment a = DATA.assess(Entry.of("IN", line), "in-us-mfn-2025");
    assertThat(a.customsValue()).isEqualByComparingTo("105800.00");
    assertThat(a.exchangeRates())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.from().getCurrencyCode()).isEqualTo("EUR");
              assertThat(r.rate()).isEqualByComparingTo("105.80");
              assertThat(r.source()).contains("ICEGATE ERAM 2025-09-19");
            });
    // GBP on 2026-09-20 (table of 2026-09-18: 130.45): 1,000 x 130.45 = 130,450.00
    ShipmentLine pounds =
        ShipmentLine.builder("1507.10.00", "US")
            .value("1000", "GBP")
            .incoterm(Incoterm.CIF)
            .transportMode(TransportMode.OCEAN)
            .exportDate(LocalDate.of(2026, 9, 1))
            .entryDate(LocalDate.of(2026, 9, 20))
            .build();
    assertThat(DATA.assess(Entry.of("IN", pounds), "in-us-mfn-2025").customsValue())
        .isEqualByComparingTo("130450.00");
  }

  private static Assessment enteredOn(String entryDate) {
    ShipmentLine line =
        ShipmentLine.builder("1507.10.00", "US")
            .value("1000", "USD")
            .incoterm(Incoterm.CIF)
            .transportMode(TransportMode.OCEAN)
            .exportDate(LocalDate.of(2025, 8, 1))
            .entryDate(LocalDate.parse(entryDate))
            .build();
    return DATA.assess(Entry.of("IN", line), "in-us-mfn-2025");
  }

  /**
   * Customs Act s.14: the rate in force on the day the bill of entry is filed, not the export day.
   * Tables of india/customs-exchange-rates.csv: 89.00 INR/USD from 2025-09-05 to 2025-09-18, 88.85
   * from 2025-09-19. CIF USD 1,000 exported 2025-08-01 (table of 88.60): AV 1,000 x 89.00 =
   * 89,000.00 if entered 2025-09-18, 1,000 x 88.85 = 88,850.00 if entered 2025-09-19.
   */
  @Test
  void theBillOfEntryDateChoosesTheFortnightlyTable() {
    Assessment before = enteredOn("2025-09-18");
    Assessment after = enteredOn("2025-09-19");
    assertThat(before.customsValue()).isEqualByComparingTo("89000.00");
    assertThat(after.customsValue()).isEqualByComparingTo("88850.00");
    assertThat(before.exchangeRates())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rate()).isEqualByComparingTo("89.00");
              assertThat(r.source()).contains("ICEGATE ERAM 2025-09-05");
            });
    assertThat(after.exchangeRates())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rate()).isEqualByComparingTo("88.85");
              assertThat(r.source()).contains("ICEGATE ERAM 2025-09-19");
            });
    // the table used reaches the user: listed with its notification (confidence R)
    assertThat(after.assumptions())
        .anyMatch(
            a -> a.text().startsWith("Exchange rate USD->INR 88.85 (2025-09-19..2025-10-02)"));
  }

  /**
   * After the last transcribed table (2026-10-01) the flat illustrative 85.00 of exchange-rates.csv
   * applies and says it is an assumption: AV 1,000 x 85.00 = 85,000.00.
   */
  @Test
  void afterTheLastTableTheFlatAssumedRateIsShown() {
    Assessment lastTable = enteredOn("2026-10-01");
    Assessment flat = enteredOn("2026-10-02");
    // 2026-09-18 table: 96.80 (end date assumed, U)
    assertThat(lastTable.customsValue()).isEqualByComparingTo("96800.00");
    assertThat(flat.customsValue()).isEqualByComparingTo("85000.00");
    assertThat(flat.assumptions())
        .anyMatch(
            a -> a.text().startsWith("Exchange rate USD->INR 85.00 (2026-10-02..2026-12-31)"));
  }
}
