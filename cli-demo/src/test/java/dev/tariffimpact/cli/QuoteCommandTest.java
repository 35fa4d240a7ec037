package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class QuoteCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The FACTS.md US landed-cost example, before (2025-09-15) and after (2026-03-01). */
  @Test
  void cottonGarmentComparisonInJsonIsExact() {
    CliRun run =
        QuoteArgs.usCotton()
            .with(
                "--quantity",
                "400",
                "--unit",
                "doz",
                "--mode",
                "ocean",
                "--date",
                "2025-09-15",
                "--compare-date",
                "2026-03-01",
                "--format",
                "json")
            .run();
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    JsonNode before = root.get("before");
    JsonNode after = root.get("after");
    // MFN 16.5% of 10,000 = 1,650.00; IEEPA India 25% = 2,500.00; Russian oil 25% = 2,500.00;
    // MPF 0.3464% = 34.64 (within FY2025 32.71..634.62); HMF 0.125% = 12.50.
    assertThat(amount(before, "us-mfn-6109.10.00")).isEqualTo("1650.00");
    assertThat(amount(before, "us-ieepa-india-25")).isEqualTo("2500.00");
    assertThat(amount(before, "us-ieepa-russian-oil-25")).isEqualTo("2500.00");
    assertThat(amount(before, "US-MPF")).isEqualTo("34.64");
    assertThat(amount(before, "US-HMF")).isEqualTo("12.50");
    assertThat(before.get("dutyTotal").asString()).isEqualTo("6650.00");
    assertThat(before.get("feeTotal").asString()).isEqualTo("47.14");
    // 6,650.00 + 47.14 = 6,697.14 (FACTS.md)
    assertThat(
            new java.math.BigDecimal(before.get("dutyTotal").asString())
                .add(new java.math.BigDecimal(before.get("feeTotal").asString())))
        .isEqualByComparingTo("6697.14");
    // After: 1,650.00 + Section 122 10% = 1,000.00; fees unchanged: 2,697.14 in all.
    assertThat(amount(after, "us-s122-10")).isEqualTo("1000.00");
    assertThat(after.get("dutyTotal").asString()).isEqualTo("2650.00");
    assertThat(root.get("delta").get("dutyTotal").get("delta").asString()).isEqualTo("-4000.00");
    assertThat(before.get("effectiveDutyRate").asString()).isEqualTo("66.5000");
    assertThat(after.get("effectiveDutyRate").asString()).isEqualTo("26.5000");
    assertThat(before.get("currency").asString()).isEqualTo("USD");
    assertThat(before.get("importer").asString()).isEqualTo("US");
    // Freight unknown: landed cost cannot be computed, so it is null, never 0.
    assertThat(before.get("landedCost").isNull()).isTrue();
    assertThat(before.get("assumptions").size()).isPositive();
    JsonNode removed = component(root.get("delta"), "us-ieepa-russian-oil-25");
    assertThat(removed.get("presentIn").asString()).isEqualTo("BEFORE_ONLY");
    assertThat(removed.get("after").asString()).isEqualTo("0");
  }

  @Test
  void landedCostWithFreightAndInsurance() {
    CliRun run =
        QuoteArgs.usCotton()
            .with(
                "--freight", "450", "--insurance", "25", "--date", "2025-09-15", "--format", "json")
            .run();
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode a = JSON.readTree(run.out()).get("assessment");
    // goods 10,000 + freight 450 + insurance 25 + duty 6,650.00 + fees 47.14 = 17,172.14
    assertThat(a.get("landedCost").asString()).isEqualTo("17172.14");
  }

  @Test
  void indiaSpecificDutyOnAlmondsUsesTheBundledRateAndShowsTheAssumedExchangeRate() {
    CliRun run =
        QuoteArgs.indiaAlmonds()
            .with(
                "--net-kg",
                "1500",
                "--freight",
                "500",
                "--insurance",
                "50",
                "--incoterm",
                "FOB",
                "--format",
                "json")
            .run();
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode a = JSON.readTree(run.out()).get("assessment");
    // CIF = (10,000 + 500 + 50) USD x 85.00 = 896,750.00 INR; BCD Rs 100/kg x 1,500 kg = 150,000.00
    assertThat(a.get("customsValue").asString()).isEqualTo("896750.00");
    assertThat(amount(a, "in-bcd-0802.12")).isEqualTo("150000.00");
    assertThat(a.get("exchangeRates").get(0).get("rate").asString()).isEqualTo("85.00");
    assertThat(a.get("assumptions").toString()).contains("Exchange rate USD->INR 85.00");
  }

  @Test
  void tableShowsItemisedComponentsAndTotals() {
    CliRun run = QuoteArgs.usCotton().with("--scenario", "us-in-2026-s122").run();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Scenario us-in-2026-s122")
        .containsPattern("us-s122-10 .* 10% +1000\\.00")
        .containsPattern("duty +2650\\.00");
  }

  @Test
  void csvIsOneRowPerComponent() {
    CliRun run = QuoteArgs.usCotton().with("--date", "2026-03-01", "--format", "csv").run();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).first().isEqualTo("measure,title,kind,base,rate,amount");
    assertThat(run.out()).contains("us-s122-10,Section 122 balance-of-payments surcharge,");
  }

  private static String amount(JsonNode assessment, String measure) {
    return component(assessment, measure).get("amount").asString();
  }

  private static JsonNode component(JsonNode node, String measure) {
    for (JsonNode c : node.get("components")) {
      if (c.get("measure").asString().equals(measure)) {
        return c;
      }
    }
    throw new AssertionError("no component " + measure + " in " + node);
  }

  /** courier is the CLI word for POSTAL: no Harbor Maintenance Fee, which is due on ocean only. */
  @Test
  void courierIsPostalAndPaysNoHarborMaintenanceFee() {
    CliRun run =
        QuoteArgs.usCotton()
            .with("--mode", "courier", "--date", "2025-09-15", "--format", "json")
            .run();
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode a = JSON.readTree(run.out()).get("assessment");
    // MPF 0.3464% x 10,000 = 34.64 only; ocean would add HMF 0.125% = 12.50.
    assertThat(a.get("feeTotal").asString()).isEqualTo("34.64");
    assertThat(a.get("dutyTotal").asString()).isEqualTo("6650.00");
  }
}
