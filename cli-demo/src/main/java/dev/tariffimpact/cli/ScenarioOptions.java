package dev.tariffimpact.cli;

import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.io.csv.ExchangeRateCsv;
import dev.tariffimpact.io.schedule.ReferencePolicy;
import dev.tariffimpact.io.schedule.ScenarioSource;
import dev.tariffimpact.schedule.Scenario;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
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

  @Option(
      names = "--allow-external-paths",
      description =
          "Let schedule and catalogue files name files outside their own folder (absolute paths,"
              + " '..'); refused by default.")
  boolean allowExternalPaths;

  private ScenarioSource source;

  /** The bundled data, or the --schedule files; with the --rates file when given. */
  ScenarioSource source() {
    if (source == null) {
      ScenarioSource s =
          scheduleFiles.isEmpty()
              ? ScenarioSource.bundled()
              : ScenarioSource.fromFiles(
                  scheduleFiles,
                  allowExternalPaths ? ReferencePolicy.ALLOW_EXTERNAL : ReferencePolicy.CONFINED);
      source = ratesFile == null ? s : s.withExchangeRates(ExchangeRateCsv.read(ratesFile));
    }
    return source;
  }

  /** The schedule and catalogue files and the rates file, the inputs a batch manifest records. */
  List<Path> inputFiles() {
    List<Path> files = new ArrayList<>(scheduleFiles);
    if (ratesFile != null) {
      files.add(ratesFile);
    }
    return files;
  }

  /** The named scenarios available: from catalogue files if given, else the bundled ones. */
  List<Scenario> named() {
    return source().scenarios();
  }

  Scenario byName(String name) {
    return source().scenario(name);
  }

  /** The schedule of an importer as of a date: the user's schedule files, or the bundled one. */
  Scenario byDate(String importer, LocalDate date) {
    return source().asOf(importer, date);
  }

  CustomsRegime regime(String importer, BigDecimal vatPercent) {
    return source().regime(importer, vatPercent);
  }

  ExchangeRates rates() {
    return source().exchangeRates();
  }
}
