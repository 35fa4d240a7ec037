package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scenario resolution through quote and batch: the user's GB and EU files, whose regime comes from
 * the importer (with {@code --vat}), not from the bundled US-India data; catalogue groups as batch
 * scenarios. Fixtures: core's test resources {@code sources/} (a 12% UK and EU tariff on cotton
 * T-shirts, a 5% UK overlay from 2026-06-01).
 */
class ScheduleFilesCliTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String HEADER =
      "entry_id,importer,origin,code,value,currency,quantity,unit,net_kg,freight,insurance,"
          + "incoterm,mode,entry_date,export_date,category\n";

  @TempDir Path dir;

  private Path catalogue() throws IOException {
    for (String f : List.of("gb.json", "gb-surcharge.json", "eu.json", "gb-eu-scenarios.json")) {
      try (InputStream in = getClass().getResourceAsStream("/sources/" + f)) {
        Files.copy(in, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return dir.resolve("gb-eu-scenarios.json");
  }

  private Path lines() throws IOException {
    Path csv = dir.resolve("lines.csv");
    Files.writeString(
        csv,
        HEADER
            + "G1,GB,IN,6109.10.00,1000.00,GBP,100,No.,,,,CIF,ocean,2026-03-17,,apparel\n"
            + "E1,EU,IN,6109.10.00,1000.00,EUR,100,No.,,,,CIF,courier,2026-03-17,,apparel\n",
        StandardCharsets.UTF_8);
    return csv;
  }

  /** {@code batch} of the two lines under the GB/EU catalogue, with more arguments. */
  private CliRun batch(String... more) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "batch",
                lines().toString(),
                "--schedule",
                catalogue().toString(),
                "--output",
                dir.resolve("out").toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void batchRunsAGbAndEuCatalogueGroupWithTheEuVatRate() throws IOException {
    CliRun run =
        batch("--scenario", "europe-2026", "--vat", "21", "--by", "importer", "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("read 2, assessed 2, rejected 0");
    // GB: duty 12% x 1,000.00 = 120.00; VAT 20% x 1,120.00 = 224.00.
    // EU: duty 12% x 1,000.00 = 120.00; VAT 21% x 1,120.00 = 235.20 (courier, read as POSTAL).
    assertThat(run.out())
        .contains("europe-2026,GBP,,,,GB,1,1000.00,120.00,0.00,224.00,12.0000,0.00")
        .contains("europe-2026,EUR,,,,EU,1,1000.00,120.00,0.00,235.20,12.0000,0.00");
  }

  @Test
  void batchNeedsVatForAnEuScenarioAndRefusesItWithoutOne() throws IOException {
    CliRun missing = batch("--scenario", "eu-2026");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("--vat").doesNotContain("Exception");
    CliRun needless = batch("--scenario", "gb-2026", "--vat", "21");
    assertThat(needless.exitCode()).isEqualTo(2);
    assertThat(needless.err()).contains("--vat applies to EU scenarios");
  }

  @Test
  void quoteUnderAGbCatalogueScenarioWithTheReducedVatRate() throws IOException {
    CliRun run =
        CliRun.of(
            "quote",
            "--schedule",
            catalogue().toString(),
            "--scenario",
            "gb-2026",
            "--origin",
            "in",
            "--code",
            "6109.10.00",
            "--value",
            "1000",
            "--incoterm",
            "CIF",
            "--vat",
            "5",
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode a = JSON.readTree(run.out()).get("assessment");
    // duty 12% x 1,000.00 = 120.00; VAT 5% x 1,120.00 = 56.00
    assertThat(a.get("importer").asString()).isEqualTo("GB");
    assertThat(a.get("dutyTotal").asString()).isEqualTo("120.00");
    assertThat(a.get("taxTotal").asString()).isEqualTo("56.00");
  }

  @Test
  void quoteComparesAScheduleFileWithItsOverlayOnAnotherDate() throws IOException {
    catalogue();
    CliRun run =
        CliRun.of(
            "quote",
            "--schedule",
            dir.resolve("gb.json").toString(),
            "--schedule",
            dir.resolve("gb-surcharge.json").toString(),
            "--importer",
            "GB",
            "--origin",
            "IN",
            "--code",
            "6109.10.00",
            "--value",
            "1000",
            "--incoterm",
            "CIF",
            "--date",
            "2026-03-17",
            "--compare-date",
            "2026-07-01",
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("before").get("scenario").asString()).isEqualTo("gb.json@2026-03-17");
    assertThat(root.get("after").get("scenario").asString()).isEqualTo("gb.json@2026-07-01");
    // The overlay starts 2026-06-01: 5% x 1,000.00 = 50.00 more duty, VAT 20% x 50.00 = 10.00.
    assertThat(root.get("delta").get("dutyTotal").get("delta").asString()).isEqualTo("50.00");
    assertThat(root.get("delta").get("taxTotal").get("delta").asString()).isEqualTo("10.00");
  }

  @Test
  void aBundledGroupNameIsABatchScenario() throws IOException {
    Path csv = dir.resolve("us.csv");
    Files.writeString(
        csv,
        HEADER
            + "E1,US,IN,6109.10.00,5000.00,USD,200,doz.,,,,FOB,OCEAN,2025-09-15,,"
            + "textiles-and-apparel\n",
        StandardCharsets.UTF_8);
    CliRun run =
        CliRun.of(
            "batch",
            csv.toString(),
            "--scenario",
            "2025-peak",
            "--scenario",
            "2026-s122",
            "--output",
            dir.resolve("out").toString(),
            "--format",
            "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // 2025-peak runs us-in-2025-08-peak for US lines: 66.5% x 5,000.00 = 3,325.00;
    // 2026-s122 runs us-in-2026-s122: 26.5% x 5,000.00 = 1,325.00, delta -2,000.00.
    assertThat(run.out())
        .contains("2025-peak,USD,textiles-and-apparel,,,,1,5000.00,3325.00,")
        .containsPattern("2026-s122,USD,textiles-and-apparel,,,,1,5000.00,1325.00,.*,-2000.00");
  }
}
