package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

  private static final String HEADER =
      "entry_id,importer,origin,code,value,currency,quantity,unit,net_kg,freight,insurance,"
          + "incoterm,mode,entry_date,export_date,category\n";

  @Test
  void aggregatesRejectsAndReconciliation(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("lines.csv");
    Files.writeString(
        csv,
        HEADER
            // One entry, two cotton lines of 5,000 each from India, ocean, entered 2025-09-15.
            + "E1,US,IN,6109.10.00,5000.00,USD,200,doz.,,,,FOB,OCEAN,2025-09-15,,textiles-and-apparel\n"
            + "E1,US,IN,6109.10.00,5000.00,USD,200,doz.,,,,FOB,OCEAN,2025-09-15,,textiles-and-apparel\n"
            + "E2,US,IN,61O9.10.00,100.00,USD,1,doz.,,,,FOB,OCEAN,2025-09-15,,textiles-and-apparel\n"
            + "E3,US,IN,6109.10.00,-5.00,USD,1,doz.,,,,FOB,OCEAN,2025-09-15,,textiles-and-apparel\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.of(
            "batch",
            csv.toString(),
            "--scenario",
            "us-in-2025-08-peak",
            "--scenario",
            "us-in-2026-s122",
            "--by",
            "category",
            "--output",
            out.toString(),
            "--format",
            "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("read 4, assessed 2, rejected 2");
    // Entry E1 as one entry: duty 66.5% of 10,000 = 6,650.00 before; 26.5% = 2,650.00 after;
    // MPF 0.3464% of 10,000 = 34.64 once per entry; HMF 0.125% = 12.50.
    assertThat(run.out())
        .contains(
            "us-in-2025-08-peak,USD,textiles-and-apparel,,,,2,10000.00,6650.00,47.14,0.00,66.5000,0.00")
        .contains(
            "us-in-2026-s122,USD,textiles-and-apparel,,,,2,10000.00,2650.00,47.14,0.00,26.5000,-4000.00");
    String rejects = Files.readString(out.resolve("rejects.csv"));
    assertThat(rejects).contains("61O9.10.00").containsPattern("(?i)negative|-5.00");
    assertThat(out.resolve("aggregates.json")).exists();
  }

  @Test
  void linesEnteredOnAnotherDayThanAScenarioAreNotedAndCounted(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("lines.csv");
    Files.writeString(
        csv,
        HEADER
            // E1 on the peak scenario's date (2025-09-15); E2 and E3 on other days.
            + "E1,US,IN,6109.10.00,5000.00,USD,200,doz.,,,,FOB,OCEAN,2025-09-15,,textiles\n"
            + "E2,US,IN,6109.10.00,5000.00,USD,200,doz.,,,,FOB,OCEAN,2025-10-01,,textiles\n"
            + "E3,US,IN,6109.10.00,5000.00,USD,200,doz.,,,,FOB,OCEAN,2026-03-01,,textiles\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.of(
            "batch",
            csv.toString(),
            "--scenario",
            "us-in-2025-08-peak",
            "--scenario",
            "us-in-2026-s122",
            "--output",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    // peak is dated 2025-09-15: E2, E3 differ; s122 is dated 2026-03-01: E1, E2 differ.
    assertThat(run.out())
        .contains(
            "note entry-date-differs 2 lines under us-in-2025-08-peak, 2 under us-in-2026-s122:"
                + " entry date differs from the scenario date: measures are those in force on the"
                + " scenario date (what-if)");
    // every line pays the IEEPA layers (peak) or Section 122 (s122), which a claimed donation
    // removes under both: each line is "exempt if you claim donation"
    assertThat(run.out())
        .contains(
            "note claim-available 3 lines under us-in-2025-08-peak, 3 under us-in-2026-s122:"
                + " exempt from some layers if a claim is made");
    assertThat(run.err())
        .contains(
            "read 3, assessed 3, rejected 0; entry-date-differs 2 lines under"
                + " us-in-2025-08-peak, 2 under us-in-2026-s122; claim-available 3 lines under"
                + " us-in-2025-08-peak, 3 under us-in-2026-s122 (outputs");
    assertThat(Files.readString(out.resolve("aggregates.json")))
        .contains("\"entry-date-differs\" : 2")
        .contains("\"claim-available\" : 3");
  }

  @Test
  void anUnknownColumnIsBadInputUnlessAllowed(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("lines.csv");
    Files.writeString(
        csv,
        HEADER.replace("category\n", "category,note\n")
            + "E1,US,IN,6109.10.00,5000.00,USD,200,doz.,,,,FOB,OCEAN,2025-09-15,,textiles,x\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CliRun refused =
        CliRun.of(
            "batch", csv.toString(), "--scenario", "us-in-2026-s122", "--output", out.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .contains("unknown column ['note']")
        .contains("--ignore-unknown-columns");
    CliRun allowed =
        CliRun.of(
            "batch",
            csv.toString(),
            "--scenario",
            "us-in-2026-s122",
            "--output",
            out.toString(),
            "--ignore-unknown-columns");
    assertThat(allowed.exitCode()).as(allowed.err()).isZero();
    assertThat(allowed.err()).contains("read 1, assessed 1, rejected 0");
  }

  @Test
  void unknownDimensionIsBadInput(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("lines.csv");
    Files.writeString(csv, HEADER);
    CliRun run =
        CliRun.of("batch", csv.toString(), "--scenario", "us-in-2026-s122", "--by", "colour");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("colour").contains("category, chapter, origin or importer");
  }

  @Test
  void noDistributionsLeavesTheStatisticsEmptyAndTheMoneyTheSame(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("lines.csv");
    Files.writeString(
        csv,
        HEADER
            + "E1,US,IN,6109.10.00,5000.00,USD,200,doz.,,,,FOB,OCEAN,2025-09-15,,textiles-and-apparel\n"
            + "E1,US,IN,6109.10.00,5000.00,USD,200,doz.,,,,FOB,OCEAN,2025-09-15,,textiles-and-apparel\n",
        StandardCharsets.UTF_8);
    String[] with = new String[2];
    for (int k = 0; k < 2; k++) {
      Path out = dir.resolve("out" + k);
      List<String> args =
          new ArrayList<>(
              List.of(
                  "batch",
                  csv.toString(),
                  "--scenario",
                  "us-in-2025-08-peak",
                  "--by",
                  "category",
                  "--output",
                  out.toString(),
                  "--format",
                  "csv"));
      if (k == 1) {
        args.add("--no-distributions");
      }
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(run.err()).isZero();
      with[k] = Files.readString(out.resolve("aggregates.csv"));
    }
    // 66.5% of 10,000 = 6,650.00 either way; the per-line rate statistics (66.5 for both lines)
    // are there only without the flag
    assertThat(with[0]).contains(",2,10000.00,6650.00,47.14,").contains("66.5");
    assertThat(with[1]).contains(",2,10000.00,6650.00,47.14,");
    String header = with[1].lines().findFirst().orElseThrow();
    assertThat(header).contains("rate_mean");
    String totals = with[1].lines().skip(1).findFirst().orElseThrow();
    // the rate_mean cell onwards is empty
    int column = java.util.Arrays.asList(header.split(",")).indexOf("rate_mean");
    assertThat(totals.split(",", -1)[column]).isEmpty();
    String totalsWith = with[0].lines().skip(1).findFirst().orElseThrow();
    assertThat(totalsWith.split(",", -1)[column]).isNotEmpty();
  }
}
