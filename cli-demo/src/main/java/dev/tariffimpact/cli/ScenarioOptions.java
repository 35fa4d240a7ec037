package dev.tariffimpact.cli;

import dev.tariffimpact.batch.BatchScenario;
import dev.tariffimpact.classification.InvalidCodeException;
import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.ExchangeRates;
import dev.tariffimpact.customs.Rounding;
import dev.tariffimpact.io.csv.ExchangeRateCsv;
import dev.tariffimpact.io.schedule.ReferencePolicy;
import dev.tariffimpact.io.schedule.ScenarioSource;
import dev.tariffimpact.schedule.Scenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Where scenarios and exchange rates come from: the bundled US-India data, or the user's files. The
 * resolution itself (catalogues, schedules with overlays, dates, regimes) is core's {@link
 * ScenarioSource}; this block only turns the options into one. Defined once, programmatically
 * ({@link SharedOptions}).
 */
final class ScenarioOptions {

  /** Derived exchange rates: 10 decimals, HALF_EVEN (far below a cent on any customs value). */
  private static final Rounding DERIVED_RATE_ROUNDING = Rounding.of(10, RoundingMode.HALF_EVEN);

  private static final List<String> IMPORTERS = List.of("US", "IN", "EU", "GB");

  /** The command this block belongs to, so a bad value is that command's argument error. */
  private final CommandSpec command;

  private final OptionSpec scheduleOption;
  private final OptionSpec ratesOption;
  private final OptionSpec allowExternalOption;

  private ScenarioOptions(
      CommandSpec command, OptionSpec schedule, OptionSpec rates, OptionSpec allowExternal) {
    this.command = command;
    this.scheduleOption = schedule;
    this.ratesOption = rates;
    this.allowExternalOption = allowExternal;
  }

  /**
   * Adds {@code --schedule}, {@code --rates} and {@code --allow-external-paths} to a command's
   * model, in that order; the returned block reads their values.
   */
  static ScenarioOptions addTo(CommandSpec command) {
    OptionSpec schedule =
        OptionSpec.builder("--schedule")
            .type(List.class)
            .auxiliaryTypes(Path.class)
            .paramLabel("FILE")
            .description(
                "Your schedule or scenario-catalogue JSON instead of the bundled data (repeatable:"
                    + " the first schedule is the base, later ones overlays).")
            .build();
    OptionSpec rates =
        OptionSpec.builder("--rates")
            .type(Path.class)
            .paramLabel("FILE")
            .description("Exchange rates CSV (from,to,rate,valid_from,valid_to,source).")
            .build();
    OptionSpec allowExternal =
        OptionSpec.builder("--allow-external-paths")
            .type(boolean.class)
            .description(
                "Let schedule and catalogue files name files outside their own folder (absolute"
                    + " paths, '..'); refused by default.")
            .build();
    command.addOption(schedule);
    command.addOption(rates);
    command.addOption(allowExternal);
    return new ScenarioOptions(command, schedule, rates, allowExternal);
  }

  /** The --schedule files, in the order given (none: the bundled data). */
  List<Path> scheduleFiles() {
    List<Path> files = scheduleOption.getValue();
    return files == null ? List.of() : files;
  }

  /** The --rates file, or null. */
  Path ratesFile() {
    return ratesOption.getValue();
  }

  private boolean allowExternalPaths() {
    return Boolean.TRUE.equals(allowExternalOption.getValue());
  }

  private ScenarioSource source;

  /** The bundled data, or the --schedule files; with the --rates file when given. */
  ScenarioSource source() {
    if (source == null) {
      List<Path> scheduleFiles = scheduleFiles();
      ScenarioSource s =
          scheduleFiles.isEmpty()
              ? ScenarioSource.bundled()
              : ScenarioSource.fromFiles(
                  scheduleFiles,
                  allowExternalPaths() ? ReferencePolicy.ALLOW_EXTERNAL : ReferencePolicy.CONFINED);
      Path ratesFile = ratesFile();
      source = ratesFile == null ? s : s.withExchangeRates(ExchangeRateCsv.read(ratesFile));
    }
    return source;
  }

  /**
   * Narrows the source to what a quote of one code reads ({@link ScenarioSource#forCode}): the
   * bundled US schedule then holds that code's HTS lines, not all 13,000. A code that does not
   * parse leaves the source as it is, so its error is reported where it always was.
   */
  void narrowTo(String code) {
    ProductCode parsed;
    try {
      parsed = ProductCode.parse(code);
    } catch (InvalidCodeException e) {
      return;
    }
    source = source().forCode(parsed);
  }

  /** The schedule and catalogue files and the rates file, the inputs a batch manifest records. */
  List<Path> inputFiles() {
    List<Path> files = new ArrayList<>(scheduleFiles());
    if (ratesFile() != null) {
      files.add(ratesFile());
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
    if (scheduleFiles().isEmpty() && !source().importers().contains(importer)) {
      throw new ParameterException(command.commandLine(), noBundledSchedule(importer));
    }
    return source().asOf(importer, date);
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

  CustomsRegime regime(String importer, BigDecimal vatPercent) {
    return source().regime(importer, vatPercent);
  }

  /**
   * The exchange rates, answering unpublished pairs with derived inverses and cross rates through
   * USD (each marked as derived), so a USD invoice into the EU quotes with the bundled EUR->USD.
   */
  ExchangeRates rates() {
    return source().exchangeRates().withDerivedRates(DERIVED_RATE_ROUNDING);
  }

  /**
   * A batch scenario from a {@code --scenario} value: a scenario name, a catalogue group name (its
   * scenarios under the group's name) or {@code LABEL=NAME,NAME} (one scenario per importer).
   */
  BatchScenario batchScenario(String text) {
    ScenarioSource source = source();
    int eq = text.indexOf('=');
    if (eq < 0 && source.isGroup(text)) {
      return BatchScenario.of(text, source.group(text).toArray(Scenario[]::new));
    }
    String label = eq < 0 ? text : text.substring(0, eq);
    List<Scenario> list = new ArrayList<>();
    for (String name : (eq < 0 ? text : text.substring(eq + 1)).split(",")) {
      list.add(byName(name.strip()));
    }
    return BatchScenario.of(label, list.toArray(Scenario[]::new));
  }

  /** Every catalogue group as a batch scenario, in catalogue order: the demo's moments. */
  List<BatchScenario> groups() {
    return source().groups().stream().map(g -> batchScenario(g.name())).toList();
  }
}
