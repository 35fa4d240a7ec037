package dev.tariffimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-code quote in a fresh JVM builds no Jackson databind mapper and loads no CLDR locale data
 * (issue #15, start-up): the bundled files are read with the streaming parsers, and the table
 * output needs no mapper. Building one loads about a thousand classes, a fifth of the quote's CPU
 * time. The JVM's own class-load log is the witness; {@code --format json} is the control that
 * shows the log does catch a mapper when one is built.
 */
class QuoteClassLoadIT {

  private static final String OBJECT_MAPPER = "tools.jackson.databind.ObjectMapper ";
  private static final String CSV_MAPPER = "tools.jackson.dataformat.csv.CsvMapper ";
  private static final String CLDR = "sun.util.cldr.CLDRLocaleProviderAdapter ";

  @TempDir Path dir;

  /** The classes a quote loads, as the JVM logs them: one {@code name source: ...} per line. */
  private List<String> classesLoadedBy(String... quote) throws Exception {
    Path log = dir.resolve("classes-" + System.nanoTime() + ".txt");
    List<String> command = new ArrayList<>(JarProcess.command("256m", quote));
    command.add(1, "-Xlog:class+load=info:file=" + log);
    JarProcess r = JarProcess.run(dir, null, command);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).as("the quote ran").contains("duty");
    return Files.readAllLines(log);
  }

  private static boolean loaded(List<String> log, String className) {
    return log.stream().anyMatch(line -> line.contains(" " + className));
  }

  @Test
  void aUsQuoteAsATableBuildsNoMapperAndLoadsNoLocaleData() throws Exception {
    List<String> log =
        classesLoadedBy(
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
            "2025-09-15");
    assertThat(loaded(log, "dev.tariffimpact.io.hts.HtsReader ")).as("the log is read").isTrue();
    assertThat(loaded(log, OBJECT_MAPPER)).as("ObjectMapper loaded").isFalse();
    assertThat(loaded(log, CSV_MAPPER)).as("CsvMapper loaded").isFalse();
    assertThat(loaded(log, CLDR)).as("CLDR locale data loaded").isFalse();
  }

  @Test
  void anIndiaQuoteInAnotherCurrencyBuildsNoMapperEither() throws Exception {
    List<String> log =
        classesLoadedBy(
            "quote",
            "--importer",
            "IN",
            "--origin",
            "US",
            "--code",
            "0802.12",
            "--claim",
            "in-9-2025-I-23",
            "--value",
            "10000",
            "--currency",
            "USD",
            "--net-kg",
            "1500",
            "--incoterm",
            "FOB",
            "--mode",
            "ocean",
            "--scenario",
            "in-us-mfn-2025");
    // the exchange rates were read: the invoice is in USD, the duty in INR
    assertThat(loaded(log, "dev.tariffimpact.io.csv.CustomsExchangeRateCsv ")).isTrue();
    assertThat(loaded(log, OBJECT_MAPPER)).as("ObjectMapper loaded").isFalse();
    assertThat(loaded(log, CSV_MAPPER)).as("CsvMapper loaded").isFalse();
    assertThat(loaded(log, CLDR)).as("CLDR locale data loaded").isFalse();
  }

  @Test
  void jsonOutputDoesBuildAMapperSoTheLogWouldShowOne() throws Exception {
    List<String> log =
        classesLoadedBy(
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
            "2025-09-15",
            "--format",
            "json");
    assertThat(loaded(log, OBJECT_MAPPER)).isTrue();
  }
}
