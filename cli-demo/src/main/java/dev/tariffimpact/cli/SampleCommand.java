package dev.tariffimpact.cli;

import dev.tariffimpact.sample.internal.SampleGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sample}: seeded, realistic shipment lines in the batch CSV format. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description =
        "Write seeded sample shipment lines (the batch CSV format) drawn from the bundled"
            + " US-India lines; the same seed gives the same file.",
    footer = {
      "",
      "Examples:",
      "  tariff-impact sample --lines 300 --output data/sample-shipments.csv",
      "  tariff-impact sample --lines 1000000 --seed 7 --output big.csv"
    })
final class SampleCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--lines", defaultValue = "300", description = "Number of lines (default 300).")
  private long lines;

  @Option(
      names = "--seed",
      defaultValue = "20261121",
      description = "Random seed (default ${DEFAULT-VALUE}, the bundled sample's).")
  private long seed;

  @Option(names = "--output", description = "File to write (default: standard output).")
  private Path output;

  @Override
  public Integer call() throws IOException {
    if (lines < 1) {
      throw new ParameterException(
          spec.commandLine(), "--lines: '" + lines + "' is too small; expected 1 or more");
    }
    // Metal content is declared so Section 232 duties on steel and aluminum content are computable.
    SampleGenerator generator =
        SampleGenerator.of(seed, SampleGenerator.bundledUniverse()).withMetalContent(true);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      generator.write(lines, out);
      out.flush();
      return 0;
    }
    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      generator.write(lines, w);
    }
    spec.commandLine().getErr().println("wrote " + lines + " lines to " + output);
    return 0;
  }
}
