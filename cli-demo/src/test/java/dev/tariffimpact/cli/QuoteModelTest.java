package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code quote} and the top-level command are built by hand ({@link QuoteModel}), not from
 * annotations. Their help and argument errors must read exactly as they did when they were
 * annotated: the golden files are the output of commit 16e4a23 (annotated), captured with {@code
 * java -jar tariff-impact-cli-all.jar quote --help > quote-help.txt} and so on.
 */
class QuoteModelTest {

  private static final String[] LINE = {
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
    "2025-09-15"
  };

  private static String golden(String name) throws IOException {
    try (InputStream in = QuoteModelTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A run as main makes it: the command line built for the first argument only. */
  private static CliRun runAlone(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = TariffImpactCli.commandLine(args[0]);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  private static String[] line(String... more) {
    return Stream.concat(Stream.of(LINE), Stream.of(more)).toArray(String[]::new);
  }

  private static String nl(String text) {
    return text.replace(System.lineSeparator(), "\n");
  }

  @Test
  void quoteHelpIsTheAnnotatedCommandsHelpByteForByte() throws IOException {
    String expected = golden("quote-help.txt");
    assertThat(nl(runAlone("quote", "--help").out())).isEqualTo(expected);
    assertThat(nl(runAlone("quote", "-h").out())).isEqualTo(expected);
    assertThat(nl(CliRun.of("help", "quote").out())).isEqualTo(expected);
    assertThat(nl(CliRun.of("quote", "--help").out())).isEqualTo(expected);
  }

  @Test
  void topLevelHelpIsUnchanged() throws IOException {
    String expected = golden("top-help.txt");
    assertThat(nl(CliRun.of("--help").out())).isEqualTo(expected);
    assertThat(nl(CliRun.of("help").out())).isEqualTo(expected);
    CliRun bare = CliRun.of();
    assertThat(bare.exitCode()).isEqualTo(2);
    assertThat(nl(bare.out())).isEqualTo(expected);
  }

  @Test
  void aCommandSharingTheProgrammaticOptionsKeepsItsHelpOrder() throws IOException {
    // batch declares its own options with annotations and gets --format, --schedule, --rates,
    // --allow-external-paths and --content-default from the shared blocks, before -h and -V.
    assertThat(nl(CliRun.of("batch", "--help").out())).isEqualTo(golden("batch-help.txt"));
  }

  @Test
  void argumentErrorsAreTheSameOneLines() {
    String run = " Run 'tariff-impact quote --help'.\n";
    List<String[]> cases = new ArrayList<>();
    cases.add(
        new String[] {
          "tariff-impact: missing required option --origin (country of origin, ISO 3166, e.g. IN)."
              + run,
          "quote"
        });
    cases.add(
        line(
            "--compare-scenario",
            "x",
            "--compare-date",
            "2026-01-01",
            "=",
            "tariff-impact: Error: --compare-scenario=<scenario>, --compare-date=<date> are"
                + " mutually exclusive (specify only one)."
                + run));
    cases.add(
        line(
            "--date",
            "2026-02-30",
            "=",
            "tariff-impact: --date: '2026-02-30' is not a calendar date; expected YYYY-MM-DD, e.g."
                + " 2025-09-15."
                + run));
    cases.add(
        line(
            "--value",
            "abc",
            "=",
            "tariff-impact: --value: 'abc' is not a decimal number; expected digits 0-9 with an"
                + " optional sign, '.' and exponent, such as 1250.50 or 1.5e3."
                + run));
    cases.add(
        line(
            "--format",
            "xml",
            "=",
            "tariff-impact: --format: expected one of [table, json, csv] (case-insensitive) but"
                + " was 'xml'."
                + run));
    cases.add(
        line(
            "--frieght",
            "5",
            "=",
            "tariff-impact: unknown option or argument '--frieght'; did you mean --freight?"
                + run));
    cases.add(
        line(
            "--incoterm",
            "XYZ",
            "=",
            "tariff-impact: --incoterm: expected one of [EXW, FCA, FAS, FOB, CFR, CIF, CPT, CIP,"
                + " DAP, DPU, DDP] (case-insensitive) but was 'XYZ'."
                + run));
    cases.add(
        line(
            "--component",
            "bad",
            "=",
            "tariff-impact: --component: 'bad' is not NAME=VALUE; expected for example case=120.00."
                + run));
    cases.add(
        line(
            "--content-default",
            "xyz",
            "=",
            "tariff-impact: --content-default: expected one of [bea] (case-insensitive) but was"
                + " 'xyz'."
                + run));
    cases.add(
        line(
            "--quantity",
            "=",
            "tariff-impact: missing required option --quantity (Quantity in --unit (400))." + run));
    cases.add(
        line(
            "--format",
            "json",
            "--format",
            "csv",
            "=",
            "tariff-impact: option '--format' (<format>) should be specified only once." + run));
    cases.add(line("extra", "=", "tariff-impact: unknown option or argument 'extra'." + run));
    cases.add(
        line(
            "--mode",
            "boat",
            "=",
            "tariff-impact: --mode: transport mode must be ocean, air, road, rail, postal or"
                + " courier, was 'boat'."
                + run));
    for (String[] c : cases) {
      int eq = List.of(c).indexOf("=");
      String[] args =
          eq < 0 ? new String[] {c[1]} : List.of(c).subList(0, eq).toArray(String[]::new);
      String expected = eq < 0 ? c[0] : c[eq + 1];
      CliRun r = runAlone(args);
      assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(nl(r.err())).as(String.join(" ", args)).isEqualTo(expected);
      assertThat(r.out()).as(String.join(" ", args)).isEmpty();
    }
  }

  @Test
  void defaultsAndRepeatableOptionsReachTheQuote() {
    CliRun csv = runAlone(line("--format", "CSV", "--claim", "usmca", "--claim", "donation"));
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.out().lines().findFirst().orElseThrow())
        .isEqualTo("measure,title,kind,base,rate,amount");
    // --mode ocean is the default: the note names it as defaulted; both claims reach the line.
    assertThat(csv.out())
        .contains("NOTE,\"defaults used: --mode ocean, --currency USD (the importer's)")
        .contains("claim usmca not used")
        .contains("claim donation used: us-ieepa-donations");
    CliRun explicit = runAlone(line("--mode", "ocean"));
    assertThat(explicit.exitCode()).isZero();
    assertThat(explicit.out())
        .contains("defaults used: --currency USD (the importer's)")
        .doesNotContain("--mode ocean");
  }

  @Test
  void theQuotePathReadsNoAnnotations() {
    // One annotation read spins a proxy class the start-up archive cannot keep; these are the
    // classes a one-quote run builds its command line from.
    for (Class<?> type :
        List.of(
            TariffImpactCli.class,
            QuoteCommand.class,
            QuoteModel.class,
            FormatOption.class,
            ScenarioOptions.class,
            ContentDefaultOption.class)) {
      assertThat(picocliAnnotations(type.getDeclaredAnnotations())).as(type.getName()).isEmpty();
      for (Field f : type.getDeclaredFields()) {
        assertThat(picocliAnnotations(f.getDeclaredAnnotations()))
            .as(type.getName() + "." + f.getName())
            .isEmpty();
      }
    }
  }

  private static List<Annotation> picocliAnnotations(Annotation[] annotations) {
    return Stream.of(annotations)
        .filter(a -> a.annotationType().getName().startsWith("picocli."))
        .toList();
  }
}
