package dev.tariffimpact.cli;

import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.customs.Rounding;
import dev.tariffimpact.data.BundledDataset;
import dev.tariffimpact.io.schedule.ScenarioCatalogJson;
import dev.tariffimpact.io.schedule.ScheduleJson;
import dev.tariffimpact.schedule.Scenario;
import dev.tariffimpact.schedule.TariffSchedule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where scenarios and exchange rates come from: the bundled US-India data, or the user's files.
 *
 * <p>{@code --schedule FILE} is repeatable. A scenario catalogue file ({@code
 * "format":"tariff-impact/scenarios"}) contributes its named scenarios; schedule files make one
 * ad-hoc scenario per {@code --date}: the first schedule file is the base, later ones are overlays.
 * Without {@code --schedule} the bundled data is used.
 */
final class ScenarioOptions {

  /** Derived exchange rates: 10 decimals, HALF_EVEN (far below a cent on any customs value). */
  private static final Rounding DERIVED_RATE_ROUNDING = Rounding.of(10, RoundingMode.HALF_EVEN);

  private static final List<String> IMPORTERS = List.of("US", "IN", "EU", "GB");

  private static final String CATALOGUE_MARKER = "\"" + ScenarioCatalogJson.FORMAT + "\"";

  /** The command this block belongs to, so a bad name is that command's argument error. */
  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

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

  /** Loaded once per JVM: immutable, and shared by the quotes of one {@code quote --input}. */
  private static volatile BundledDataset bundled;

  BundledDataset bundled() {
    BundledDataset data = bundled;
    if (data == null) {
      synchronized (ScenarioOptions.class) {
        data = bundled;
        if (data == null) {
          data = BundledDataset.load();
          bundled = data;
        }
      }
    }
    return data;
  }

  /** The named scenarios available: from catalogue files if given, else the bundled ones. */
  List<Scenario> named() {
    if (scheduleFiles.isEmpty()) {
      return bundled().scenarios();
    }
    List<Scenario> result = new ArrayList<>();
    for (Path file : scheduleFiles) {
      if (isCatalogue(file)) {
        result.addAll(ScenarioCatalogJson.read(file));
      }
    }
    return result;
  }

  Scenario byName(String name) {
    List<Scenario> all = named();
    return all.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new ParameterException(
                    command.commandLine(),
                    "--scenario: unknown scenario '"
                        + name
                        + "'; known: "
                        + String.join(", ", all.stream().map(Scenario::name).toList())
                        + " (see 'tariff-impact scenarios')"));
  }

  /**
   * The schedule of an importer as of a date: the user's schedule files, or the bundled schedule.
   */
  Scenario byDate(String importer, LocalDate date) {
    List<Path> schedules = scheduleFiles.stream().filter(f -> !isCatalogue(f)).toList();
    if (schedules.isEmpty()) {
      if (!scheduleFiles.isEmpty()) {
        throw new ParameterException(
            command.commandLine(),
            "--date needs a schedule file, but every --schedule file is a scenario catalogue;"
                + " use --scenario NAME");
      }
      if (!bundled().importers().contains(importer)) {
        throw new ParameterException(command.commandLine(), noBundledSchedule(importer));
      }
      return bundled().asOf(importer, date);
    }
    TariffSchedule base = ScheduleJson.read(schedules.get(0));
    Scenario scenario =
        Scenario.of(
            schedules.get(0).getFileName() + "@" + date,
            "Schedule " + schedules.get(0).getFileName() + " as of " + date + ".",
            base,
            date);
    for (Path overlay : schedules.subList(1, schedules.size())) {
      for (var measure : ScheduleJson.read(overlay).measures()) {
        scenario = scenario.withOverlay(measure);
      }
    }
    return scenario;
  }

  /** The same scenario read at another date, named so the output says so. */
  Scenario movedTo(Scenario scenario, LocalDate date) {
    return Scenario.of(
        scenario.name() + "@" + date,
        scenario.description() + " Read as of " + date + ".",
        scenario.schedule(),
        date,
        scenario.overlays());
  }

  /**
   * The exchange rates, answering unpublished pairs with derived inverses and cross rates through
   * USD (each marked as derived), so a USD invoice into the EU quotes with the bundled EUR->USD.
   */
  ExchangeRates rates() {
    return Optional.ofNullable(ratesFile)
        .map(ExchangeRates::load)
        .orElseGet(() -> bundled().exchangeRates())
        .withDerivedRates(DERIVED_RATE_ROUNDING);
  }

  /**
   * Checks an {@code --importer} value: US, IN, EU or GB, any case; {@code UK} is pointed to {@code
   * GB}, the ISO 3166 code of the United Kingdom.
   */
  String importer(String text) {
    String code = text.strip().toUpperCase(Locale.ROOT);
    if (code.equals("UK")) {
      throw new ParameterException(
          command.commandLine(),
          "--importer: 'UK' is not an ISO 3166 code; use GB for the United Kingdom");
    }
    if (!IMPORTERS.contains(code)) {
      throw new ParameterException(
          command.commandLine(),
          "--importer: '" + text + "' is not supported; expected US, IN, EU or GB");
    }
    return code;
  }

  /** EU and GB have regimes but no bundled tariff: the user brings the schedule. */
  static String noBundledSchedule(String importer) {
    return "--importer "
        + importer
        + ": no bundled tariff schedule for "
        + importer
        + " (bundled: US and IN); give your schedule with --schedule FILE (format and an"
        + " illustrative example: docs/examples/"
        + importer.toLowerCase(Locale.ROOT)
        + "-schedule.json)";
  }

  private static boolean isCatalogue(Path file) {
    try (var reader = Files.newBufferedReader(file)) {
      char[] head = new char[4096];
      int n = reader.read(head);
      return n > 0 && new String(head, 0, n).contains(CATALOGUE_MARKER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
