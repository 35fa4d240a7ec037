package dev.tariffimpact.cli;

import dev.tariffimpact.io.hts.HtsReader;
import dev.tariffimpact.io.hts.HtsTable;
import dev.tariffimpact.io.hts.RateClassification;
import dev.tariffimpact.rate.RateKind;
import dev.tariffimpact.rate.Specific;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hts parse FILE} and {@code hts summary FILE}: how every rate text of a USITC CSV reads.
 */
@Command(
    name = "hts",
    mixinStandardHelpOptions = true,
    description = "Classify the rate texts of a USITC HTS CSV export.",
    subcommands = {HtsCommand.Parse.class, HtsCommand.Summary.class},
    footer = {
      "",
      "Examples:",
      "  tariff-impact hts summary ../shared/reference/us-hts/hts_2025_basic_edition.csv",
      "  tariff-impact hts parse hts.csv --format csv > classified.csv"
    })
final class HtsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return TariffImpactCli.EXIT_BAD_INPUT;
  }

  /** Prints one row per rated line: code, text, kind, ad valorem part, specific part, status. */
  @Command(
      name = "parse",
      mixinStandardHelpOptions = true,
      description = "Print the classification of every General-column rate text.",
      footer = {
        "",
        "Example:",
        "  tariff-impact hts parse ../shared/reference/us-hts/hts_2025_basic_edition.csv"
      })
  static final class Parse implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "USITC HTS CSV export (hts.usitc.gov).")
    private Path file;

    @Option(
        names = "--format",
        defaultValue = "table",
        description = "table or csv (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Override
    public Integer call() {
      HtsTable hts = HtsReader.read(file);
      Table table =
          Table.of("code", "text", "kind", "ad_valorem_pct", "specific", "specific_unit", "status");
      for (RateClassification c : hts.classify()) {
        Specific specific = c.specific().orElse(null);
        table.row(
            c.code(),
            c.text(),
            c.kind().map(RateKind::name).orElse(""),
            c.adValoremPercent().map(BigDecimal::toPlainString).orElse(""),
            specific == null ? "" : specific.amount().toPlainString() + " " + specific.currency(),
            specific == null ? "" : specific.per().toPlainString() + " " + specific.unit().symbol(),
            c.status().label());
      }
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.json) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "hts parse prints table or csv; use --format csv for files");
      }
      out.print(format == OutputFormat.csv ? table.toCsv() : table.toText());
      return 0;
    }
  }

  /** Prints the number of rate texts of each kind and status. */
  @Command(
      name = "summary",
      mixinStandardHelpOptions = true,
      description = "Print the counts of rate texts by kind and by status.",
      footer = {
        "",
        "Example:",
        "  tariff-impact hts summary ../shared/reference/us-hts/hts_2025_basic_edition.csv"
      })
  static final class Summary implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "USITC HTS CSV export (hts.usitc.gov).")
    private Path file;

    @Override
    public Integer call() {
      HtsTable hts = HtsReader.read(file);
      PrintWriter out = spec.commandLine().getOut();
      int total = hts.classify().size();
      out.println(file.getFileName() + ": " + total + " rate texts");
      out.println();
      out.print(countTable("kind", hts.countsByKind()).toText());
      out.println();
      out.print(countTable("status", hts.countsByStatus()).toText());
      return 0;
    }

    private static Table countTable(String name, Map<?, Integer> counts) {
      Table table = Table.of(name, "count>");
      counts.forEach((k, v) -> table.row(k, v));
      return table;
    }
  }
}
