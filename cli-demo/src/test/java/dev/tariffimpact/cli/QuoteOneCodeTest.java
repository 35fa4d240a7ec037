package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-line quote reads the bundled data narrowed to its code (one HTS heading); the rows of
 * {@code --input} read it whole. Both must print the same bytes for the same quote: figures, notes,
 * assumptions, and the errors that list rated codes under a heading.
 */
class QuoteOneCodeTest {

  /** importer, origin, code, value, date, net-kg: US lines across the HTS, errors, and India. */
  private static final List<String> ROWS =
      List.of(
          "US,IN,6109.10.00,10000,2025-09-15,", // README: 6,650.00 duty
          "US,IN,6109.10.00.12,10000,2026-03-01,",
          "US,IN,0802.12.00,1000,2025-09-15,100", // 24¢/kg, an HTS line not curated
          "US,IN,8703.23.01,30000,2026-03-01,",
          "US,IN,2836.99.50,1000,2025-09-15,",
          "US,IN,6403.59,1000,2025-09-15,", // no rate of its own: lists the lines under it
          "US,IN,61,1000,2025-09-15,",
          "US,IN,9999.99.99,1,2025-09-15,", // no such line
          "IN,US,0802.12,10000,2025-10-01,1500");

  @Test
  void eachQuoteAloneIsByteForByteTheSameAsItsRowInAnInputFile(@TempDir Path dir)
      throws IOException {
    for (String format : List.of("table", "json")) {
      for (String row : ROWS) {
        String[] c = row.split(",", -1);
        Path file = dir.resolve("quote.csv");
        Files.writeString(file, "importer,origin,code,value,date,net-kg\n" + row + "\n");
        CliRun many = CliRun.of("quote", "--input", file.toString(), "--format", format);
        List<String> args =
            new java.util.ArrayList<>(
                List.of(
                    "quote",
                    "--importer",
                    c[0],
                    "--origin",
                    c[1],
                    "--code",
                    c[2],
                    "--value",
                    c[3],
                    "--date",
                    c[4],
                    "--format",
                    format));
        if (!c[5].isEmpty()) {
          args.addAll(List.of("--net-kg", c[5]));
        }
        CliRun one = CliRun.of(args.toArray(String[]::new));
        if (one.exitCode() != 0) {
          // the file run names the row: "tariff-impact: FILE row 2: <the single quote's message>"
          assertThat(many.err())
              .as(row)
              .isEqualTo(
                  one.err()
                      .replaceFirst("^tariff-impact: ", "tariff-impact: " + file + " row 2: "));
          continue;
        }
        assertThat(one.err()).as(row).isEmpty();
        String expected =
            format.equals("table") ? "== " + file + " row 2\n" + one.out() + "\n" : null;
        if (expected != null) {
          assertThat(many.out()).as(row).isEqualTo(expected);
        } else {
          // the file run's JSON array holds {"row": 2, ...the single quote's object}
          assertThat(many.out().replaceAll("\\s", ""))
              .as(row)
              .isEqualTo("[{\"row\":2," + one.out().replaceAll("\\s", "").substring(1) + "]");
        }
      }
    }
    // the README's figure, so both sides cannot be wrong together: 16.5% + 25% + 25% of 10,000
    assertThat(
            CliRun.of(
                    "quote",
                    "--importer",
                    "US",
                    "--origin",
                    "IN",
                    "--code",
                    "6109.10.00",
                    "--value",
                    "10000",
                    "--date",
                    "2025-09-15")
                .out())
        .contains("duty                    6650.00");
  }
}
