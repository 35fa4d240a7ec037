package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ImpactCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void tableShowsEtrBandsSensitivityAndAssumptions() {
    CliRun r =
        CliRun.of(
            "impact",
            "--scenario",
            "us-in-2025-08-peak",
            "--scenario",
            "us-in-2026-s122",
            "--draws",
            "50");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("ETR % before", "import change", "revenue change", "welfare", "price %")
        .contains("textiles-and-apparel", "total")
        .contains("Sensitivity", "import-demand")
        .contains("Assumptions", "(U)");
  }

  @Test
  void jsonIsTheDocumentedContract() {
    CliRun r =
        CliRun.of(
            "impact",
            "--scenario",
            "us-in-2025-08-peak",
            "--scenario",
            "us-in-2026-s122",
            "--by",
            "chapter",
            "--draws",
            "40",
            "--seed",
            "7",
            "--format",
            "json");
    assertThat(r.exitCode()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("format").asString()).isEqualTo("tariff-impact/impact");
    assertThat(root.get("draws").asInt()).isEqualTo(40);
    JsonNode c = root.get("comparisons").get(0);
    assertThat(c.get("before").get("scenario").asString()).isEqualTo("us-in-2025-08-peak");
    JsonNode total = c.get("total");
    // Money and percentages are decimal strings, bands are objects.
    assertThat(total.get("importValue").isString()).isTrue();
    assertThat(total.get("etrBeforePercent").asString()).matches("\\d+\\.\\d{4}");
    JsonNode band = total.get("revenueChange");
    assertThat(band.get("p5").isString()).isTrue();
    assertThat(Double.parseDouble(band.get("p5").asString()))
        .isLessThanOrEqualTo(Double.parseDouble(band.get("p95").asString()));
    assertThat(total.get("priceEffectPercent").get("central").asString()).startsWith("-");
    // Chapter 61 (knitted apparel): the IEEPA 50 points replaced by Section 122's 10.
    JsonNode ch61 = null;
    for (JsonNode g : c.get("groups")) {
      if (g.get("group").asString().equals("61")) {
        ch61 = g;
      }
    }
    assertThat(ch61).isNotNull();
    assertThat(
            Double.parseDouble(ch61.get("etrBeforePercent").asString())
                - Double.parseDouble(ch61.get("etrAfterPercent").asString()))
        .isEqualTo(40.0);
    assertThat(root.get("assumptions").size()).isGreaterThan(3);
  }

  @Test
  void sameSeedSameJson() {
    String[] args = {
      "impact",
      "--scenario",
      "us-in-2025-08-peak",
      "--scenario",
      "us-in-2026-current",
      "--by",
      "total",
      "--draws",
      "30",
      "--format",
      "json"
    };
    assertThat(CliRun.of(args).out()).isEqualTo(CliRun.of(args).out());
  }

  @Test
  void dailySeriesHasOneRowPerChangeOfTheLaw() {
    CliRun r =
        CliRun.of(
            "impact",
            "--from-date",
            "2025-01-01",
            "--to-date",
            "2026-09-30",
            "--by",
            "total",
            "--format",
            "json");
    assertThat(r.exitCode()).isZero();
    JsonNode rows = JSON.readTree(r.out()).get("rows");
    assertThat(rows.get(0).get("from").asString()).isEqualTo("2025-01-01");
    assertThat(rows.size()).isBetween(5, 40);
    assertThat(rows.get(0).get("valueByBand").has("(10,25]")).isTrue();
    // FACTS.md s.2: the Russian-oil duty (from 2025-08-27) raised the ETR over the India rate
    // alone.
    double india = 0;
    double oil = 0;
    for (JsonNode row : rows) {
      if (row.get("from").asString().equals("2025-08-07")) {
        india = Double.parseDouble(row.get("etrPercent").asString());
      }
      if (row.get("from").asString().equals("2025-08-27")) {
        oil = Double.parseDouble(row.get("etrPercent").asString());
      }
    }
    assertThat(oil).isGreaterThan(india).isGreaterThan(0);
  }

  @Test
  void seriesWithAClaimShareShowsStatutoryAndClaimableEtr() {
    CliRun r =
        CliRun.of(
            "impact",
            "--from-date",
            "2025-01-01",
            "--to-date",
            "2026-09-30",
            "--by",
            "total",
            "--claim",
            "us-s122-10",
            "--claim-share",
            "0.5",
            "--format",
            "json");
    assertThat(r.exitCode()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("claims").get("share").asString()).isEqualTo("0.5");
    for (JsonNode row : root.get("rows")) {
      double statutory = Double.parseDouble(row.get("etrPercent").asString());
      double claimed = Double.parseDouble(row.get("etrAfterClaimsPercent").asString());
      if (row.get("from").asString().equals("2026-02-24")) {
        // Section 122 (10%) is in force: half of its duty claimed back lowers the ETR.
        assertThat(claimed).isLessThan(statutory);
        assertThat(Double.parseDouble(row.get("claimableDuty").asString())).isPositive();
      } else if (row.get("from").asString().equals("2025-01-01")) {
        assertThat(claimed).isEqualTo(statutory);
      }
    }
    assertThat(
            CliRun.of(
                    "impact",
                    "--from-date",
                    "2025-01-01",
                    "--to-date",
                    "2025-12-31",
                    "--claim",
                    "us-s122-10")
                .exitCode())
        .isEqualTo(2);
  }

  @Test
  void badInputExitsTwoWithOneLine() {
    assertThat(CliRun.of("impact", "--scenario", "us-in-2025-08-peak").exitCode()).isEqualTo(2);
    CliRun unknown = CliRun.of("impact", "--scenario", "nope", "--scenario", "us-in-2026-s122");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("No scenario 'nope'").doesNotContain("Exception");
    assertThat(
            CliRun.of("impact", "--from-date", "2025-01-01", "--scenario", "us-in-2026-s122")
                .exitCode())
        .isEqualTo(2);
  }
}
