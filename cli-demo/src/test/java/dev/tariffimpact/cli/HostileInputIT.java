package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tariffimpact.sample.internal.SampleGenerator;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hostile-input suite of issue #14, run against the shaded jar in its own JVM (heap capped at
 * 256 MiB): every bad input exits with its code and one stderr line, never a stack trace; limits
 * hold whatever the file type; outputs never overwrite inputs. The kill test is in {@link
 * BatchKillIT}.
 */
class HostileInputIT {

  private static final String[] QUOTE = {
    "quote",
    "--importer",
    "US",
    "--origin",
    "IN",
    "--code",
    "6109.10.00",
    "--date",
    "2025-09-15",
    "--quantity",
    "10",
    "--unit",
    "doz"
  };

  @TempDir Path dir;

  private static String[] quote(String... more) {
    List<String> args = new ArrayList<>(List.of(QUOTE));
    args.addAll(List.of(more));
    if (!args.contains("--value")) {
      args.addAll(List.of("--value", "100"));
    }
    return args.toArray(String[]::new);
  }

  private JarProcess run(String... args) throws Exception {
    return JarProcess.run(dir, args);
  }

  private static Path data(String name) {
    return Path.of("..", "data", name).toAbsolutePath().normalize();
  }

  // ---- decimal options: one grammar, bounded at parse time (defect 5) ----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--value|1e999999999|at most 18 digits before the decimal point",
        "--value|1E+2147483647|at most 18 digits before the decimal point",
        "--value|1e-999999999|more than 64 decimal places",
        "--value|NaN|is not a decimal number",
        "--value|Infinity|is not a decimal number",
        "--value|١٠٠|is not a decimal number",
        "--value|1,000|is not a decimal number",
        "--freight|1e999999999|at most 18 digits before the decimal point",
        "--insurance|1e999999999|at most 18 digits before the decimal point",
        "--quantity|1e999999999|at most 18 digits before the decimal point",
        "--net-kg|1e999999999|at most 18 digits before the decimal point",
        "--vat|1e999999999|at most 18 digits before the decimal point",
        "--component|steel content=1E+2147483647|at most 18 digits before the decimal point",
      })
  void aBadOrOversizedDecimalOptionIsOneLineExitTwo(String option, String value, String reason)
      throws Exception {
    List<String> args = new ArrayList<>(List.of(quote()));
    int at = args.indexOf(option);
    if (at >= 0) {
      args.set(at + 1, value);
    } else {
      args.addAll(List.of(option, value));
    }
    run(args.toArray(String[]::new)).failsWith(2, option, reason);
  }

  @Test
  void surroundingSpaceAndExponentsReadAsTheSameNumber() throws Exception {
    JarProcess plain = run(quote("--value", "100000", "--format", "json"));
    JarProcess spaced = run(quote("--value", " 100000 ", "--format", "json"));
    JarProcess exponent = run(quote("--value", "1e5", "--format", "json"));

    assertThat(plain.exit()).as(plain.err()).isZero();
    assertThat(spaced.out()).isEqualTo(plain.out());
    assertThat(exponent.out()).isEqualTo(plain.out());
    assertThat(plain.out()).contains("\"customsValue\" : \"100000");
  }

  // ---- size caps whatever the file type; each input read once (defect 9) ----

  @Test
  void aScheduleFromDevZeroStopsAtTheCap() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    run(quote("--schedule", "/dev/zero")).failsWith(2, "/dev/zero", "64 MiB");
  }

  @Test
  void ratesFromDevZeroStopAtTheCap() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    run(quote("--rates", "/dev/zero")).failsWith(2, "/dev/zero", "64 MiB");
  }

  @Test
  void aScheduleAndRatesFromPipesAreReadOnce() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")));
    List<String> java = JarProcess.command("256m", quote("--format", "json"));
    String command =
        String.join(" ", java.stream().map(a -> "'" + a + "'").toList())
            + " --schedule <(cat '"
            + data("us-india.json")
            + "') --rates <(cat '"
            + data("exchange-rates.csv")
            + "')";
    JarProcess r = JarProcess.run(dir, null, List.of("/bin/bash", "-c", command));

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"dutyTotal\"");
  }

  // ---- paths inside schedule files confined; errors quote at most 40 characters (defect 10) ----

  private Path scheduleNaming(String productList) throws IOException {
    Path file = dir.resolve("evil.json");
    Files.writeString(
        file,
        """
        {"format":"tariff-impact/schedule","version":1,"importer":"US","currency":"USD",
         "measures":[{"id":"m1","title":"x","kind":"BASE_DUTY",
           "scope":{"includeLists":["%s"]},"origins":"*","validFrom":"2020-01-01",
           "rate":"5%%","provenance":{"source":"s","confidence":"V"}}]}
        """
            .formatted(productList));
    return file;
  }

  @Test
  void anAbsoluteProductListPathIsRefused() throws Exception {
    Path schedule = scheduleNaming("/etc/passwd");
    run(quote("--schedule", schedule.toString()))
        .failsWith(2, "'/etc/passwd' is an absolute path", "--allow-external-paths");
  }

  @Test
  void aProductListPathClimbingOutOfTheFolderIsRefused() throws Exception {
    Path schedule = scheduleNaming("../../../../../etc/passwd");
    run(quote("--schedule", schedule.toString())).failsWith(2, "outside the file's folder");
  }

  @Test
  void anAllowedExternalListEchoesAtMostFortyCharactersOfABadLine() throws Exception {
    Path list = Files.createTempFile("secrets", ".csv");
    String secret = "hts10\nroot:x:0:0:THIS-PART-MUST-NEVER-BE-PRINTED-ANYWHERE:/root:/bin/sh\n";
    Files.writeString(list, secret);
    Path schedule = scheduleNaming(list.toString());

    JarProcess r = run(quote("--schedule", schedule.toString(), "--allow-external-paths"));

    r.failsWith(2, "line 2", "root:x:0:0:THIS-PART-MUST-NEVER-BE-PRIN");
    assertThat(r.err()).doesNotContain("ANYWHERE");
    Files.delete(list);
  }

  // ---- exchange-rate and schedule contents ----

  @Test
  void aRateWithAHugeExponentIsOneLineWithTheBound() throws Exception {
    Path rates = dir.resolve("rates.csv");
    Files.writeString(
        rates, "from,to,rate,valid_from,valid_to,source\nUSD,INR,1E+2147483647,2025-01-01,,x\n");
    run(quote("--rates", rates.toString()))
        .failsWith(2, "line 2", "at most 18 digits before the decimal point");
  }

  @Test
  void aGiantUnparsableRatesLineIsQuotedShort() throws Exception {
    Path rates = dir.resolve("rates.csv");
    Files.writeString(
        rates, "from,to,rate,valid_from,valid_to,source\n\"" + "A".repeat(100_000) + ",x,y,z\n");
    JarProcess r = run(quote("--rates", rates.toString()));
    r.failsWith(2, "line 2", "(100007 chars)");
    assertThat(r.err().length()).isLessThan(400);
  }

  @Test
  void aHugeNumberInScheduleRateTextIsOneLineWithTheBound() throws Exception {
    Path file = dir.resolve("big.json");
    Files.writeString(
        file,
        """
        {"format":"tariff-impact/schedule","version":1,"importer":"US","currency":"USD",
         "measures":[{"id":"m1","title":"x","kind":"BASE_DUTY","scope":"61",
           "origins":"*","validFrom":"2020-01-01","rate":"%s%%",
           "provenance":{"source":"s","confidence":"V"}}]}
        """
            .formatted("9".repeat(5000)));
    run(quote("--schedule", file.toString())).failsWith(2, "$.measures[0].rate");
  }

  // ---- standard output errors and bounds of sample (defect 8) ----

  @Test
  void writingToAFullDiskExitsOneWithOneLine() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")));
    JarProcess r =
        JarProcess.run(
            dir, new File("/dev/full"), JarProcess.command("256m", "sample", "--lines", "100000"));
    r.failsWith(1, "cannot write to standard output");
  }

  @Test
  void sampleLinesAreBounded() throws Exception {
    run("sample", "--lines", "100000001").failsWith(2, "between 1 and 100,000,000");
    run("sample", "--lines", "0").failsWith(2, "between 1 and 100,000,000");
  }

  // ---- batch: never its own input (defect 2); rejects reconcile; wide cells capped (defect 6)
  // ----

  private Path sample(String name, int lines) throws IOException {
    StringWriter w = new StringWriter();
    SampleGenerator.of(20261121, SampleGenerator.bundledUniverse())
        .withMetalContent(true)
        .write(lines, w);
    Path file = dir.resolve(name);
    Files.writeString(file, w.toString(), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aBatchRefusesToWriteOverItsOwnInput() throws Exception {
    Path input = sample("lines.csv", 50);
    byte[] before = Files.readAllBytes(input);

    run("batch", "lines.csv", "--scenario", "us-in-2025-08-peak", "--output", ".", "--lines")
        .failsWith(2, "lines.csv", "would overwrite its own input");

    assertThat(input).hasBinaryContent(before);
  }

  @Test
  void aBatchRefusesAnOutputThatLinksToAnInput() throws Exception {
    Path input = sample("shipments.csv", 50);
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.createSymbolicLink(out.resolve("rejects.csv"), input);
    byte[] before = Files.readAllBytes(input);

    run("batch", "shipments.csv", "--scenario", "us-in-2025-08-peak", "--output", "out")
        .failsWith(2, "is the shipments input");

    assertThat(input).hasBinaryContent(before);
  }

  @Test
  void badRowsAreRejectsWithTheirRowNumbersAndTheCountsReconcile() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(sample("good.csv", 30)));
    // rows are numbered from the header (row 1); the sample's rows are all US-IN or IN-US
    lines.set(4, withCell(lines.get(4), 4, "abc"));
    lines.set(6, withCell(lines.get(6), 4, "-5"));
    lines.set(8, withCell(lines.get(8), 3, "61O9"));
    lines.set(10, withCell(lines.get(10), 4, "1e999999999"));
    lines.set(12, withCell(lines.get(12), 6, "1e-999999999"));
    Path bad = dir.resolve("bad.csv");
    Files.write(bad, lines);

    JarProcess r =
        run(
            "batch",
            "bad.csv",
            "--scenario",
            "both=us-in-2025-08-peak,in-us-mfn-2025",
            "--output",
            "out");

    assertThat(r.exit()).as(r.err()).isZero();
    String reconciliation = r.err().lines().reduce((a, b) -> b).orElseThrow();
    long read = number(reconciliation, "read ");
    long assessed = number(reconciliation, "assessed ");
    long rejected = number(reconciliation, "rejected ");
    assertThat(read).isEqualTo(30);
    assertThat(assessed + rejected).isEqualTo(read);
    List<String> rejects = Files.readAllLines(dir.resolve("out/rejects.csv"));
    assertThat(rejects).hasSize((int) rejected + 1);
    List<String> rows = rejects.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    assertThat(rows).contains("5", "7", "9", "11", "13");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "entry_id|names column 'entry_id' twice",
        "value,entry_id|names column 'value' twice",
        "color|unknown column",
      })
  void aRepeatedOrUnknownHeaderColumnIsExitTwoNamingIt(String extra, String reason)
      throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(sample("h.csv", 5)));
    lines.set(0, lines.get(0) + "," + extra);
    for (int i = 1; i < lines.size(); i++) {
      lines.set(i, lines.get(i) + ",x".repeat(extra.split(",").length));
    }
    Files.write(dir.resolve("h.csv"), lines);

    run("batch", "h.csv", "--scenario", "both=us-in-2025-08-peak,in-us-mfn-2025", "--output", "o")
        .failsWith(2, "row 1", reason);
  }

  @Test
  void invalidUtf8IsExitTwoNamingTheRow() throws Exception {
    Path file = sample("latin1.csv", 20);
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    int row12 = text.indexOf('\n', nthNewline(text, 10)) + 1; // start of row 12
    bytes[row12] = (byte) 0xE9; // 'é' in Latin-1: not UTF-8 here
    Files.write(file, bytes);

    // exit 2, one line, no trace; naming the row and byte offset and saying "UTF-8" is the batch
    // reader's part of issue #14 (defect 12): add "UTF-8", "byte offset" here once it does
    run("batch", "latin1.csv", "--scenario", "both=us-in-2025-08-peak,in-us-mfn-2025")
        .failsWith(2, "latin1.csv");
  }

  private static int nthNewline(String text, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = text.indexOf('\n', at + 1);
    }
    return at;
  }

  private static String withCell(String csvLine, int column, String value) {
    String[] cells = csvLine.split(",", -1);
    cells[column] = value;
    return String.join(",", cells);
  }

  private static long number(String text, String label) {
    int at = text.indexOf(label) + label.length();
    int end = at;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return Long.parseLong(text.substring(at, end));
  }

  @Test
  void aMillionCharacterCategoryDoesNotBlowUpTheTable() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(sample("wide.csv", 400)));
    String wide = "c".repeat(1_000_000);
    for (int i : new int[] {1, 2}) { // two distinct million-character categories
      String[] cells = lines.get(i).split(",", -1);
      cells[15] = i == 1 ? wide : wide + "x";
      lines.set(i, String.join(",", cells));
    }
    Files.write(dir.resolve("wide.csv"), lines);

    JarProcess r =
        JarProcess.run(
            dir,
            null,
            JarProcess.command(
                "64m",
                "batch",
                "wide.csv",
                "--scenario",
                "both=us-in-2025-08-peak,in-us-mfn-2025",
                "--output",
                "out"));

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines().mapToInt(String::length).max().orElseThrow())
        .isLessThan(Table.MAX_CELL + 200);
    assertThat(r.out()).contains("ccc…");
  }
}
