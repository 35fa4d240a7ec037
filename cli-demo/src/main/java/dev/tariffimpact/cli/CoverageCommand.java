package dev.tariffimpact.cli;

import dev.tariffimpact.data.BundledDataset;
import dev.tariffimpact.data.IndiaLawCoverage;
import dev.tariffimpact.data.UsLawCoverage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coverage us}: the report of what the bundled US law covers (docs/us-law-coverage.md). */
@Command(
    name = "coverage",
    mixinStandardHelpOptions = true,
    description =
        "Report what the bundled law covers: every layer with its chapter 99 heading,"
            + " instrument, dates, list size and confidence, and the HTS lines each layer charges"
            + " on five dates (Markdown).",
    footer = {
      "",
      "Examples:",
      "  tariff-impact coverage us",
      "  tariff-impact coverage us --output docs/us-law-coverage.md",
      "  tariff-impact coverage in --output docs/india-law-coverage.md"
    })
final class CoverageCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IMPORTER", description = "Importer: us or in.")
  private String importer;

  @Option(names = "--output", description = "File to write (default: standard output).")
  private Path output;

  @Override
  public Integer call() throws IOException {
    String text;
    if (importer.equalsIgnoreCase("us")) {
      text = UsLawCoverage.of(BundledDataset.load()).markdown();
    } else if (importer.equalsIgnoreCase("in")) {
      text = IndiaLawCoverage.of(BundledDataset.load()).markdown();
    } else {
      throw new IllegalArgumentException(
          "coverage is reported for importer us or in, was '" + importer + "'");
    }
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      Files.writeString(output, text, StandardCharsets.UTF_8);
      spec.commandLine().getErr().println("wrote " + output);
    }
    return 0;
  }
}
