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

  /**
   * Forwards to a PrintWriter, which swallows I/O errors, and stops at the first one: every 64 KiB
   * written it flushes and asks {@link PrintWriter#checkError()}.
   */
  private static final class CheckedWriter extends Writer {
    private final PrintWriter out;
    private long sinceCheck;

    CheckedWriter(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
      out.write(buffer, offset, length);
      written(length);
    }

    @Override
    public void write(String text, int offset, int length) {
      out.write(text, offset, length);
      written(length);
    }

    private void written(int length) {
      sinceCheck += length;
      if (sinceCheck >= 1 << 16) {
        sinceCheck = 0;
        if (out.checkError()) {
          throw new StandardOutputException();
        }
      }
    }

    @Override
    public void flush() {
      out.flush();
    }

    @Override
    public void close() {
      out.flush();
    }
  }

  @Spec private CommandSpec spec;

  /** The most lines one call writes: 100,000,000 (about 12 GB of CSV). */
  static final long MAX_LINES = 100_000_000L;

  @Option(
      names = "--lines",
      defaultValue = "300",
      description = "Number of lines, 1 to 100,000,000 (default 300).")
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
    if (lines < 1 || lines > MAX_LINES) {
      throw new ParameterException(
          spec.commandLine(),
          "--lines: '" + lines + "' is out of range; expected a number between 1 and 100,000,000");
    }
    // Metal content is declared so Section 232 duties on steel and aluminum content are computable.
    SampleGenerator generator =
        SampleGenerator.of(seed, SampleGenerator.bundledUniverse()).withMetalContent(true);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      generator.write(lines, new CheckedWriter(out));
      out.flush();
      if (out.checkError()) {
        throw new StandardOutputException();
      }
      return 0;
    }
    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      generator.write(lines, w);
    }
    spec.commandLine().getErr().println("wrote " + lines + " lines to " + output);
    return 0;
  }
}
