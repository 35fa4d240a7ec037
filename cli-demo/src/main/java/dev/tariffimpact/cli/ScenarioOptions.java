package dev.tariffimpact.cli;

import dev.tariffimpact.io.csv.ExchangeRateCsv;
import dev.tariffimpact.io.schedule.ScenarioSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where scenarios and exchange rates come from: the bundled US-India data, or the user's files. The
 * resolution itself (catalogues, schedules with overlays, dates, regimes) is core's {@link
 * ScenarioSource}; this mixin only turns the options into one.
 */
final class ScenarioOptions {

  @Option(
      names = "--schedule",
      paramLabel = "FILE",
      description =
          "Your schedule or scenario-catalogue JSON instead of the bundled data (repeatable: the"
              + " first schedule is the base, later ones overlays).")
  List<Path> scheduleFiles = new ArrayList<>();

  @Option(
      names = "--rates",
      paramLabel = "FILE",
      description = "Exchange rates CSV (from,to,rate,valid_from,valid_to,source).")
  Path ratesFile;

  private ScenarioSource source;

  /** The bundled data, or the --schedule files; with the --rates file when given. */
  ScenarioSource source() {
    if (source == null) {
      ScenarioSource s =
          scheduleFiles.isEmpty()
              ? ScenarioSource.bundled()
              : ScenarioSource.fromFiles(scheduleFiles);
      source = ratesFile == null ? s : s.withExchangeRates(ExchangeRateCsv.read(ratesFile));
    }
    return source;
  }
}
