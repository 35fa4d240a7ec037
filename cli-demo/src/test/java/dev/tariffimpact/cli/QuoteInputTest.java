package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class QuoteInputTest {

  private static final String QUOTES =
      "importer,origin,code,value,date,scenario,net-kg,currency,claims\n"
          + "US,IN,6109.10.00,10000,2025-09-15,,,,\n"
          + "US,IN,6109.10.00,10000,2026-03-01,,,,\n"
          + ",US,0802.12,10000,,in-us-mfn-2025,1500,USD,in-9-2025-I-23\n";

  @Test
  void manyQuotesShareOneStartAndGiveTheSameFiguresAsSingleQuotes(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("quotes.csv");
    Files.writeString(file, QUOTES);
    CliRun run = CliRun.of("quote", "--input", file.toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode all = JsonMapper.builder().build().readTree(run.out());
    assertThat(all.size()).isEqualTo(3);
    // 16.5% + 25% + 25% of 10,000 on 2025-09-15; 16.5% + 10% Section 122 on 2026-03-01;
    // almonds into India: BCD Rs 100/kg x 1,500 kg = 150,000.00.
    assertThat(all.get(0).get("row").asInt()).isEqualTo(2);
    assertThat(all.get(0).get("assessment").get("dutyTotal").asString()).isEqualTo("6650.00");
    assertThat(all.get(1).get("assessment").get("dutyTotal").asString()).isEqualTo("2650.00");
    assertThat(all.get(2).get("assessment").get("dutyTotal").asString()).isEqualTo("150000.00");
  }

  @Test
  void aBadRowIsOneLineNamingTheRowAndTheOthersStillRun(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("quotes.csv");
    Files.writeString(
        file,
        "importer,origin,code,value,date\n"
            + "US,IN,6109.10.00,10000,2025-09-15\n"
            + "US,IN,6109.10.00,ten,2025-09-15\n");
    CliRun run = CliRun.of("quote", "--input", file.toString(), "--format", "csv");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("quotes.csv row 3: --value: 'ten' is not a decimal number");
    assertThat(run.out().lines().findFirst()).contains("row,measure,title,kind,base,rate,amount");
    assertThat(run.out()).contains("\n2,TOTAL,duty,,,,6650.00\n");
  }

  @Test
  void theClaimsColumnMakesOneClaimPerValueAndAnUnclaimedIndiaEntryIsABadRow(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("quotes.csv");
    Files.writeString(
        file,
        "origin,code,value,scenario,net-kg,currency,claims\n"
            + "US,0802.12,10000,in-us-mfn-2025,1500,USD,in-9-2025-I-23\n"
            + "US,0802.12,10000,in-us-mfn-2025,1500,USD,\n");
    CliRun run = CliRun.of("quote", "--input", file.toString(), "--format", "json");
    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode all = JsonMapper.builder().build().readTree(run.out());
    // Row 2 claims 9/2025-IT(R) Sch. I S.No. 23 (dried nuts, 5%): it is priced.
    assertThat(all.get(0).get("assessment").get("dutyTotal").asString()).isEqualTo("150000.00");
    // Row 3 claims nothing: the IGST of 0802.12 depends on the description, never a guessed slab.
    assertThat(all.get(1).get("error").asString()).contains("in-9-2025-I-23");
    assertThat(run.err()).contains("quotes.csv row 3: ").doesNotContain("quotes.csv row 2");
  }

  @Test
  void repeatableColumnsSplitOnSemicolons() {
    java.util.List<String> args = new java.util.ArrayList<>();
    QuoteInput.addOption(args, "claims", "donation; usmca");
    QuoteInput.addOption(args, "component", "steel content=10");
    QuoteInput.addOption(args, "value", "10000");
    assertThat(args)
        .containsExactly(
            "--claim",
            "donation",
            "--claim",
            "usmca",
            "--component",
            "steel content=10",
            "--value",
            "10000");
  }
}
