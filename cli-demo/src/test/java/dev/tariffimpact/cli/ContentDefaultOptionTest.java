package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --content-default bea} on {@code quote} and {@code batch}: 7326.90.86.10 (BEA steel share
 * 0.20934153930580277) from IN on 2025-09-15, USD 10,000, no declared steel content. With the
 * option: steel content 2,093.42; 232 50% = 1,046.71; India 25% on 7,906.58 = 1,976.65; MFN 2.9% =
 * 290.00; duty 3,313.36. Without it: a named missing input (quote) or a reject (batch).
 */
class ContentDefaultOptionTest {

  private static final String[] QUOTE = {
    "quote",
    "--importer",
    "US",
    "--origin",
    "IN",
    "--code",
    "7326.90.86.10",
    "--value",
    "10000",
    "--date",
    "2025-09-15"
  };

  private static String[] with(String[] base, String... extra) {
    String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return args;
  }

  @Test
  void quoteWithoutTheOptionNamesTheMissingContentAndTheOption() {
    CliRun run = CliRun.of(QUOTE);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("steel content")
        .contains("--content-default bea")
        .hasLineCount(1);
  }

  @Test
  void quoteWithBeaChargesTheEstimateAsAnAssumption() {
    CliRun run = CliRun.of(with(QUOTE, "--content-default", "bea", "--format", "json"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode a = JsonMapper.builder().build().readTree(run.out()).get("assessment");
    assertThat(a.get("dutyTotal").asString()).isEqualTo("3313.36");
    assertThat(a.get("notes").toString()).contains("content default used: steel content 2093.42");
    assertThat(a.toString()).contains("ASSUMPTION (U): steel content of 7326.90.86.10 estimated");
  }

  @Test
  void batchRejectsWithoutTheOptionAndAssessesWithIt(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("lines.csv");
    Files.writeString(
        csv,
        "entry_id,importer,origin,code,value,currency,quantity,unit,net_kg,freight,insurance,"
            + "incoterm,mode,entry_date,export_date\n"
            + "E1,US,IN,7326.90.86.10,10000,USD,100,kg,,,,FOB,OCEAN,2025-09-15,\n");
    String[] batch = {
      "batch", csv.toString(), "--scenario", "peak=us-in-2025-08-peak", "--format", "json"
    };
    CliRun plain = CliRun.of(with(batch, "--output", dir.resolve("a").toString()));
    assertThat(plain.exitCode()).as(plain.err()).isZero();
    assertThat(plain.err()).contains("read 1, assessed 0, rejected 1");
    assertThat(Files.readString(dir.resolve("a").resolve("rejects.csv"))).contains("steel content");

    CliRun bea =
        CliRun.of(with(batch, "--content-default", "bea", "--output", dir.resolve("b").toString()));
    assertThat(bea.exitCode()).as(bea.err()).isZero();
    assertThat(bea.err()).contains("read 1, assessed 1, rejected 0");
    JsonNode first = JsonMapper.builder().build().readTree(bea.out()).get(0);
    assertThat(first.get("duty").asString()).isEqualTo("3313.36");
  }

  @Test
  void anEightDigitCodeHasNoBeaShareAndTheMessageSaysToGiveTenDigits() {
    String[] eight = QUOTE.clone();
    eight[6] = "7326.90.86"; // the BEA table has shares for 7326.90.86.05, .10, .30 ... only
    CliRun run = CliRun.of(with(eight, "--content-default", "bea"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("steel content")
        .contains("found no BEA share for this code")
        .contains("10-digit")
        .doesNotContain("or --content-default bea for an estimate")
        .hasLineCount(1);
  }

  @Test
  void anUnknownSourceIsOneLine() {
    CliRun run = CliRun.of(with(QUOTE, "--content-default", "guess"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--content-default").hasLineCount(1);
  }
}
