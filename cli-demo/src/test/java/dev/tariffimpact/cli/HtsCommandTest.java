package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tariffimpact.testing.SharedReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtsCommandTest {

  @Test
  void summaryOfTheOfficialScheduleCountsEveryRateText() {
    Path hts = SharedReference.require("us-hts/hts_2025_basic_edition.csv");
    CliRun run = CliRun.of("hts", "summary", hts.toString());
    assertThat(run.exitCode()).isZero();
    // 13,611 General-column texts per shared/reference/README.md; 6,212 "N%" and 5,960 "Free".
    assertThat(run.out())
        .contains("13611 rate texts")
        .containsPattern("AD_VALOREM +6212")
        .containsPattern("FREE +5960");
  }

  @Test
  void parseListsEachLineWithItsKind(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("mini.csv");
    Files.writeString(
        csv,
        "HTS Number,Indent,Description,Unit of Quantity,General Rate of Duty,"
            + "Special Rate of Duty,Column 2 Rate of Duty,Quota Quantity,Additional Duties\n"
            + "6109,0,\"T-shirts, singlets\",,,,,,\n"
            + "6109.10.00,1,Of cotton,,16.5%,,90%,,\n"
            + "0802.12.00,1,\"Almonds, shelled\",[\"kg\"],24¢/kg,,\"55.1¢/kg\",,\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("hts", "parse", csv.toString(), "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("code,text,kind,ad_valorem_pct,specific,specific_unit,status\n")
        .contains("6109.10.00,16.5%,AD_VALOREM,16.5,,,COMPUTABLE")
        .contains("0802.12.00,24¢/kg,SPECIFIC,,0.24 USD,1 kg,COMPUTABLE");
  }

  @Test
  void missingFileIsBadInputNamingTheFile() {
    CliRun run = CliRun.of("hts", "summary", "no-such-file.csv");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no-such-file.csv").doesNotContain("Exception");
  }

  @Test
  void anEndlessFileIsBadInputNamingTheCapNotAnExhaustedHeap() {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.isReadable(zero), "needs /dev/zero");
    CliRun run = CliRun.of("hts", "parse", zero.toString());
    CliErrorsTest.assertBadInput(run, "/dev/zero", "more than the limit of 64 MiB");
  }
}
