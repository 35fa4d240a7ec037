package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What every quote format says besides the components: totals, notes, payable, missing inputs. */
class QuoteOutputTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Almonds into India: BCD Rs 100/kg on 1,500 kg = 150,000.00; IGST 5%. */
  private static final QuoteArgs ALMONDS = QuoteArgs.indiaAlmonds().with("--net-kg", "1500");

  @Test
  void indiaShowsThePayableRoundedToTheRupeeNextToTheExactTotal() {
    CliRun run = ALMONDS.run();
    assertThat(run.exitCode()).as(run.err()).isZero();
    // FOB 10,000 USD + freight 20% (2,000) + insurance 1.125% (112.50) = 12,112.50 USD x 85.00
    // = 1,029,562.50 INR; BCD 150,000.00; IGST 5% of (1,029,562.50 + 150,000.00) = 58,978.125
    // -> 58,978.13; total 208,978.13, payable rounded to the rupee: 208,978.
    assertThat(run.out()).containsPattern("payable \\(rounded\\) +208978 \\(exact 208978\\.13\\)");
    JsonNode a = JSON.readTree(ALMONDS.with("--format", "json").run().out()).get("assessment");
    assertThat(a.get("payable").asString()).isEqualTo("208978");
    assertThat(a.get("taxTotal").asString()).isEqualTo("58978.13");
  }

  @Test
  void defaultsAndAMissingLandedCostInputAreNotesInEveryFormat() {
    QuoteArgs cotton = QuoteArgs.usCotton().with("--date", "2025-09-15");
    CliRun table = cotton.run();
    assertThat(table.out())
        .contains("Notes:")
        .contains("defaults used: --mode ocean, --currency USD (the importer's), --incoterm FOB")
        .contains("landed cost n/a: --freight and --insurance not given");
    CliRun csv = cotton.with("--format", "csv").run();
    assertThat(csv.out()).contains("\nNOTE,\"landed cost n/a: --freight and --insurance not given");
    JsonNode json = JSON.readTree(cotton.with("--format", "json").run().out());
    assertThat(json.get("notes").toString()).contains("landed cost n/a", "defaults used");
    assertThat(json.get("assessment").get("landedCost").isNull()).isTrue();
    // With freight only, only insurance is named.
    CliRun freightOnly = cotton.with("--freight", "450").run();
    assertThat(freightOnly.out())
        .contains("landed cost n/a: --insurance not given")
        .doesNotContain("--freight and");
  }

  @Test
  void anEntryDateOtherThanTheScenarioDateIsANote() {
    CliRun run =
        QuoteArgs.usCotton()
            .without("--importer")
            .with("--scenario", "us-in-2026-s122", "--date", "2026-04-15")
            .with("--freight", "1", "--insurance", "1", "--mode", "ocean")
            .run();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("entry date 2026-04-15 differs from the scenario date 2026-03-01");
  }

  @Test
  void csvCarriesTheTotalsAsRowsAfterTheComponents() {
    CliRun run =
        QuoteArgs.usCotton()
            .with(
                "--freight", "450", "--insurance", "25", "--date", "2026-03-01", "--format", "csv")
            .run();
    assertThat(run.exitCode()).as(run.err()).isZero();
    // MFN 16.5% = 1,650.00 + Section 122 10% = 1,000.00; MPF 0.3464% = 34.64 (FY2026 band 33.58..
    // 651.50), HMF 0.125% = 12.50; landed 10,000 + 450 + 25 + 2,650.00 + 47.14 = 13,172.14.
    assertThat(run.out())
        .contains("TOTAL,duty,,,,2650.00\n")
        .contains("TOTAL,fees,,,,47.14\n")
        .contains("TOTAL,taxes,,,,0\n")
        .contains("TOTAL,landed cost,,,,13172.14\n")
        .contains("TOTAL,effective duty rate %,,,,26.5000\n");
    assertThat(run.out().indexOf("us-s122-10")).isLessThan(run.out().indexOf("TOTAL,duty"));
  }

  @Test
  void comparisonCsvCarriesBeforeAfterAndDeltaTotals() {
    CliRun run =
        QuoteArgs.usCotton()
            .with("--date", "2025-09-15", "--compare-date", "2026-03-01", "--format", "csv")
            .run();
    // Duty 6,650.00 before (16.5% + 25% + 25%), 2,650.00 after (16.5% + 10%): -4,000.00.
    assertThat(run.out()).contains("TOTAL,duty,,,,6650.00,2650.00,-4000.00\n");
    assertThat(run.out()).contains("TOTAL,landed cost,,,,n/a,n/a,n/a\n");
  }

  @Test
  void helpExamplesArePrintedWholeForCopyAndPaste() {
    CliRun run = CliRun.of("quote", "--help");
    assertThat(run.exitCode()).isZero();
    // The first example is one line of more than 80 characters, not wrapped at the usage width.
    assertThat(run.out().lines().filter(l -> l.startsWith("  tariff-impact quote --importer US")))
        .first()
        .asString()
        .contains("--compare-date 2026-03-01")
        .hasSizeGreaterThan(100);
  }

  @Test
  void aUsdInvoiceIntoTheEuQuotesWithTheExampleScheduleAndADerivedRate() {
    CliRun run =
        CliRun.of(
            "quote",
            "--importer",
            "EU",
            "--vat",
            "21",
            "--origin",
            "US",
            "--code",
            "6109.10.00",
            "--value",
            "10000",
            "--currency",
            "USD",
            "--freight",
            "400",
            "--insurance",
            "20",
            "--date",
            "2025-09-15",
            "--schedule",
            "../docs/examples/eu-schedule.json",
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode a = JSON.readTree(run.out()).get("assessment");
    // USD->EUR = 1 / 1.10 = 0.9090909091 (derived inverse); CIF 10,420 USD x 0.9090909091
    // = 9,472.727... -> 9,472.73 EUR; duty 12% = 1,136.7276 -> 1,136.73; VAT 21% of
    // (9,472.73 + 1,136.73) = 2,227.9866 -> 2,227.99.
    assertThat(a.get("customsValue").asString()).isEqualTo("9472.73");
    assertThat(a.get("dutyTotal").asString()).isEqualTo("1136.73");
    assertThat(a.get("taxTotal").asString()).isEqualTo("2227.99");
    assertThat(a.get("exchangeRates").get(0).get("source").asString())
        .startsWith("inverse of EUR->USD 1.10");
  }
}
