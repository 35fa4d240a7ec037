package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code quote} on the bundled US law: claims, in-transit export dates, the coverage end, notes in
 * table and JSON output, and origins other than India (USD 10,000.00, ocean).
 */
class QuoteLawTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static CliRun quote(String... extra) {
    return QuoteArgs.quote("--importer", "US", "--value", "10000", "--mode", "ocean")
        .with("--format", "json")
        .with(extra)
        .run();
  }

  private static JsonNode json(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out()).get("assessment");
  }

  @Test
  void aDateAfterTheCoverageEndIsRefusedNamingTheEnd() {
    CliRun run = quote("--origin", "IN", "--code", "6109.10.00", "--date", "2026-12-01");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("2026-12-01").contains("2026-11-30");
  }

  @Test
  void aQuoteAfter2026_09_30WorksWithTheFy2027FeeBandAsAnAssumption() {
    // 2026-11-30: MFN 16.5% 1,650.00 + Section 301 10% 1,000.00 = 2,650.00; MPF 34.64 with the
    // FY2026 band carried forward into FY2027 (U, listed)
    JsonNode a = json(quote("--origin", "IN", "--code", "6109.10.00", "--date", "2026-11-30"));
    assertThat(a.get("dutyTotal").asString()).isEqualTo("2650.00");
    assertThat(a.get("assumptions").toString()).contains("carried forward");
  }

  @Test
  void withoutADateTheQuoteIsForToday() {
    CliRun run = quote("--origin", "IN", "--code", "6109.10.00");
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    if (today.isAfter(java.time.LocalDate.parse("2026-11-30"))) {
      // past the data's coverage end: a clear error naming that end
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains(today.toString()).contains("2026-11-30");
    } else {
      assertThat(json(run).get("scenario").asString()).contains(today.toString());
    }
  }

  @Test
  void anUnclaimedConditionalExemptionIsANoteAndAClaimRemovesTheDuty() {
    // 4011.30.00.10 (tyres for civil aircraft, MFN Free, on the 9903.03.05 list) on 2026-03-01:
    // Section 122 10% = 1,000.00 unclaimed; claimed civil-aircraft: 0.00
    JsonNode unclaimed =
        json(quote("--origin", "IN", "--code", "4011.30.00.10", "--date", "2026-03-01"));
    assertThat(unclaimed.get("dutyTotal").asString()).isEqualTo("1000.00");
    assertThat(unclaimed.get("notes").toString()).contains("if you claim civil-aircraft");
    JsonNode claimed =
        json(
            quote(
                "--origin",
                "IN",
                "--code",
                "4011.30.00.10",
                "--date",
                "2026-03-01",
                "--claim",
                "civil-aircraft"));
    assertThat(claimed.get("dutyTotal").asString()).isEqualTo("0.00");
    assertThat(claimed.get("notes").toString()).contains("claim civil-aircraft used");
  }

  @Test
  void goodsInTransitAtTheSection301StartShowTheRuleInTheTable() {
    // loaded 2026-07-23, entered 2026-07-27: MFN 1,650.00 only, and a note says why
    CliRun run =
        QuoteArgs.usCotton()
            .with("--mode", "ocean", "--date", "2026-07-27", "--export-date", "2026-07-23")
            .run();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Notes:").contains("in-transit rule used: us-s301-india-10");
    assertThat(run.out()).doesNotContain("us-s301-india-10   ");
  }

  @Test
  void anotherOriginIsToldWhichLayersAreModelledForIndiaOnly() {
    // 6109.10.00 from CN on 2026-03-01: MFN 1,650.00 + Section 122 (every origin) 1,000.00; the
    // India-only layers are named in one note
    JsonNode cn = json(quote("--origin", "CN", "--code", "6109.10.00", "--date", "2026-03-01"));
    assertThat(cn.get("dutyTotal").asString()).isEqualTo("2650.00");
    JsonNode fromIndiaOnly =
        json(quote("--origin", "CN", "--code", "6109.10.00", "--date", "2025-09-15"));
    assertThat(fromIndiaOnly.get("notes").toString())
        .contains("origin CN is not modelled")
        .contains("us-ieepa-india-25 (IN)");
  }

  @Test
  void scenariosStateTheCoverageEnd() {
    CliRun run = CliRun.of("scenarios", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode list = JSON.readTree(run.out());
    boolean current = false;
    for (JsonNode s : list) {
      assertThat(s.get("coverageEnd").asString()).isEqualTo("2026-11-30");
      if (s.get("name").asString().equals("us-in-2026-current")) {
        current = true;
        assertThat(s.get("asOf").asString()).isEqualTo("2026-11-30");
      }
    }
    assertThat(current).isTrue();
  }
}
