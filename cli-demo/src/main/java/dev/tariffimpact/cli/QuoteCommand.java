package dev.tariffimpact.cli;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.AssessmentException;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.Incoterm;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.impact.Comparison;
import dev.tariffimpact.impact.Impact;
import dev.tariffimpact.rate.Dimension;
import dev.tariffimpact.rate.MissingInputException;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.RateInput;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.schedule.Countries;
import dev.tariffimpact.schedule.InvalidOriginException;
import dev.tariffimpact.schedule.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code quote}: duty, fees, taxes and landed cost of one line, optionally before and after. Its
 * picocli model (options, usage help) is {@link QuoteModel}, built without annotations.
 */
final class QuoteCommand implements Callable<Integer> {

  private CommandSpec spec;
  private FormatOption output;
  private ScenarioOptions sources;
  private ContentDefaultOption contentDefault;

  // The option values, read from the model when the command runs.
  private String importer;
  private String origin;
  private String code;
  private BigDecimal value;
  private String input;
  private String currency;
  private BigDecimal quantity;
  private String unit;
  private BigDecimal netKg;
  private Map<String, BigDecimal> components;
  private BigDecimal freight;
  private BigDecimal insurance;
  private Incoterm incoterm;
  private String mode;
  private LocalDate date;
  private List<String> claims;
  private LocalDate exportDate;
  private String scenarioName;
  private String compareScenario;
  private LocalDate compareDate;
  private BigDecimal vat;

  /** Connects the command to its model and the shared option blocks (by {@link QuoteModel}). */
  void bind(
      CommandSpec spec,
      FormatOption output,
      ScenarioOptions sources,
      ContentDefaultOption contentDefault) {
    this.spec = spec;
    this.output = output;
    this.sources = sources;
    this.contentDefault = contentDefault;
  }

  private void readOptions() {
    importer = value("--importer");
    origin = value("--origin");
    code = value("--code");
    value = value("--value");
    input = value("--input");
    currency = value("--currency");
    quantity = value("--quantity");
    unit = value("--unit");
    netKg = value("--net-kg");
    Map<String, BigDecimal> componentValues = value("--component");
    components = componentValues == null ? Map.of() : componentValues;
    freight = value("--freight");
    insurance = value("--insurance");
    incoterm = value("--incoterm");
    mode = value("--mode");
    date = value("--date");
    List<String> claimed = value("--claim");
    claims = claimed == null ? List.of() : claimed;
    exportDate = value("--export-date");
    scenarioName = value("--scenario");
    compareScenario = value("--compare-scenario");
    compareDate = value("--compare-date");
    vat = value("--vat");
  }

  private <T> T value(String option) {
    return spec.findOption(option).getValue();
  }

  /**
   * Whether to read the bundled schedules narrowed to the one code quoted (a one-quote start reads
   * one HTS heading, not the whole table); off for the rows of --input, which share one full read.
   */
  private boolean narrowToCode = true;

  /** The importer's currency, the default of --currency; set when the line is built. */
  private String scenarioCurrency;

  @Override
  public Integer call() throws IOException {
    readOptions();
    if (input != null) {
      if (origin != null || code != null || value != null) {
        throw new ParameterException(
            spec.commandLine(),
            "--input: every quote comes from the file; give --origin, --code and --value there");
      }
      return QuoteInput.run(spec.commandLine(), input, output.format());
    }
    required("--origin", origin, "country of origin, ISO 3166, e.g. IN");
    required("--code", code, "product code, e.g. 6109.10.00");
    required("--value", value, "invoice value of the line, e.g. 10000");
    if (scenarioName == null && date == null) {
      date = LocalDate.now(ZoneOffset.UTC); // no scenario, no date: an entry made today
    }
    if (scenarioName == null && importer == null) {
      throw new ParameterException(
          spec.commandLine(),
          "without --scenario give --importer (US or IN; EU and GB with --schedule FILE); the date"
              + " defaults to today");
    }
    String importerCode = importer != null ? sources.importer(importer) : null;
    if (narrowToCode) {
      sources.narrowTo(code); // one code: read its HTS heading, not the whole table
    }
    Scenario before = scenarioName != null ? sources.byName(scenarioName) : null;
    if (importerCode == null) {
      importerCode = before.schedule().importer();
    }
    if (before == null) {
      before = sources.byDate(importerCode, date);
    } else if (!before.schedule().importer().equals(importerCode)) {
      throw new ParameterException(
          spec.commandLine(),
          "scenario '"
              + before.name()
              + "' is for importer "
              + before.schedule().importer()
              + ", not "
              + importerCode);
    }
    LocalDate entryDate = date != null ? date : before.asOf();
    requireCovered(before, entryDate);
    CustomsRegime regime = regime(importerCode);
    Entry entry = Entry.of(importerCode, line(regime, entryDate));
    Assessor assessor = contentDefault.apply(Assessor.of(regime, sources.rates()));
    List<String> notes = notes(before, entryDate);
    PrintWriter out = spec.commandLine().getOut();
    Scenario scenario = before;
    if (compareScenario == null && compareDate == null) {
      Assessment first = assess(() -> assessor.assess(entry, scenario), scenario, entry);
      out.print(
          switch (output.format()) {
            case json -> QuoteTables.json(first, notes) + "\n";
            case csv -> QuoteTables.singleCsv(first, notes).toCsv();
            case table -> QuoteTables.single(first, notes, measuresOf(scenario)::measure);
          });
      return 0;
    }
    // What the comparison means (the same entry under another scenario, or the same shipment on
    // another date) is core's Comparison.
    Comparison comparison =
        compareScenario != null
            ? Comparison.withScenario(sources.byName(compareScenario))
            : Comparison.withDate(compareDate);
    if (compareDate != null) {
      requireCovered(scenario, compareDate);
    }
    Impact impact = assess(() -> comparison.assess(assessor, entry, scenario), scenario, entry);
    out.print(
        switch (output.format()) {
          case json -> QuoteTables.json(impact, notes) + "\n";
          case csv -> QuoteTables.comparedCsv(impact, notes).toCsv();
          case table -> QuoteTables.compared(impact, notes);
        });
    return 0;
  }

  /**
   * Makes the quote read the whole bundled schedules, as the rows of --input do: each row has its
   * own code, and one full read (kept by the bundled source) serves them all.
   */
  void readWholeSchedules() {
    narrowToCode = false;
  }

  /** A date after the data's coverage end is an error naming that end, never a silent quote. */
  private void requireCovered(Scenario scenario, LocalDate entryDate) {
    scenario
        .coverageEnd()
        .filter(end -> entryDate.isAfter(end))
        .ifPresent(
            end -> {
              throw new ParameterException(
                  spec.commandLine(),
                  "entry date "
                      + entryDate
                      + " is after "
                      + end
                      + ", the last day the data of scenario '"
                      + scenario.name()
                      + "' is complete; give --date "
                      + end
                      + " or earlier");
            });
  }

  /**
   * Runs an assessment; a rate input the line lacks becomes an argument error naming the option to
   * give, and a code without a rate of its own lists the rated codes under it.
   */
  private <T> T assess(Supplier<T> assessment, Scenario scenario, Entry entry) {
    try {
      return assessment.get();
    } catch (AssessmentException e) {
      if (e.getCause() instanceof MissingInputException missing) {
        throw new ParameterException(
            spec.commandLine(),
            e.getMessage() + "; give " + optionFor(missing.input(), contentDefault.isSet()));
      }
      if (e.reason() == AssessmentException.Reason.NO_BASE_DUTY) {
        ProductCode typed = entry.lines().get(0).code();
        String rated = RatedCodes.describe(RatedCodes.under(scenario, typed));
        if (!rated.isEmpty()) {
          throw new ParameterException(
              spec.commandLine(),
              "--code "
                  + typed
                  + " has no rate of its own in schedule "
                  + scenario.schedule().importer()
                  + rated);
        }
      }
      throw e;
    }
  }

  /** The scenario's measures (schedule and overlays), to say what each levy is charged on. */
  private static dev.tariffimpact.schedule.TariffSchedule measuresOf(Scenario scenario) {
    return scenario.schedule().withAll(scenario.overlays());
  }

  /**
   * The quote option that supplies a rate input; with {@code --content-default} given, a content
   * still missing means the BEA table has no share for the code (it has one per 10-digit line).
   */
  static String optionFor(RateInput input, boolean contentDefaultGiven) {
    if (input instanceof RateInput.QuantityIn q) {
      return q.dimension() == Dimension.MASS
          ? "--net-kg KG"
          : "--quantity N --unit U (a " + q.dimension().name().toLowerCase(Locale.ROOT) + " unit)";
    }
    if (input instanceof RateInput.ComponentValue c) {
      if (!c.component().endsWith(" content")) {
        return "--component " + c.component() + "=VALUE";
      }
      return contentDefaultGiven
          ? "--component "
              + c.component()
              + "=VALUE (--content-default bea found no BEA share for this code: the table has one"
              + " per 10-digit HTS line, so give the 10-digit code)"
          : "--component " + c.component() + "=VALUE (or --content-default bea for an estimate)";
    }
    return "the " + input.describe();
  }

  /**
   * What the quote assumed on the user's behalf: the defaults it filled in, and an entry date that
   * differs from the date the scenario's layers are read at.
   */
  private List<String> notes(Scenario scenario, LocalDate entryDate) {
    List<String> notes = new ArrayList<>();
    List<String> defaults = new ArrayList<>();
    if (!spec.commandLine().getParseResult().hasMatchedOption("--mode")) {
      defaults.add("--mode " + mode);
    }
    if (currency == null) {
      defaults.add("--currency " + scenarioCurrency + " (the importer's)");
    }
    if (incoterm == null) {
      defaults.add("--incoterm FOB (the value excludes freight and insurance)");
    }
    if (quantity != null && unit == null) {
      defaults.add("--unit pcs");
    }
    if (!defaults.isEmpty()) {
      notes.add("defaults used: " + String.join(", ", defaults));
    }
    if (!entryDate.equals(scenario.asOf())) {
      notes.add(
          "entry date "
              + entryDate
              + " differs from the scenario date "
              + scenario.asOf()
              + ": the layers in force on "
              + scenario.asOf()
              + " are applied to an entry on "
              + entryDate
              + " (fees, de minimis and exchange rates follow the entry date)");
    }
    return notes;
  }

  private CustomsRegime regime(String importerCode) {
    if (importerCode.equals("EU") && vat == null) {
      throw new ParameterException(
          spec.commandLine(), "--importer EU needs --vat PERCENT (the member state's VAT rate)");
    }
    nonNegative("--vat", vat);
    return sources.regime(importerCode, vat);
  }

  /**
   * The line the options describe. The builder's own checks (one quantity per dimension, export
   * date not after entry date, no negative component value) are about what the user typed, so they
   * are reported as argument errors, not as failures of the tool.
   */
  private ShipmentLine line(CustomsRegime regime, LocalDate entryDate) {
    try {
      return buildLine(regime, entryDate);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ParameterException(spec.commandLine(), "the line's options: " + e.getMessage());
    }
  }

  private ShipmentLine buildLine(CustomsRegime regime, LocalDate entryDate) {
    scenarioCurrency = regime.currency().getCurrencyCode();
    String invoiceCurrency = currency != null ? currency : scenarioCurrency;
    nonNegative("--value", value);
    nonNegative("--freight", freight);
    nonNegative("--insurance", insurance);
    nonNegative("--quantity", quantity);
    nonNegative("--net-kg", netKg);
    ShipmentLine.Builder b =
        ShipmentLine.builder(ProductCode.parse(code), origin())
            .value(value.toPlainString(), invoiceCurrency)
            .transportMode(mode())
            .entryDate(entryDate);
    if (exportDate != null) {
      b.exportDate(exportDate);
    }
    if (quantity != null) {
      b.quantity(Quantity.of(quantity, unit == null ? Unit.EACH : unit(unit)));
    } else if (unit != null) {
      throw new ParameterException(spec.commandLine(), "--unit needs --quantity");
    }
    if (netKg != null) {
      b.quantity(Quantity.of(netKg, Unit.KG));
    }
    components.forEach(b::componentValue);
    claims.forEach(b::claim);
    if (incoterm != null) {
      b.incoterm(incoterm);
    }
    if (freight != null) {
      b.freight(freight);
    }
    if (insurance != null) {
      b.insurance(insurance);
    }
    return b.build();
  }

  private void required(String option, Object given, String what) {
    if (given == null) {
      throw new ParameterException(
          spec.commandLine(), "missing required option " + option + " (" + what + ")");
    }
  }

  private void nonNegative(String option, BigDecimal amount) {
    if (amount != null && amount.signum() < 0) {
      throw new ParameterException(
          spec.commandLine(),
          option + ": '" + amount.toPlainString() + "' is negative; expected 0 or more");
    }
  }

  private Unit unit(String text) {
    try {
      return Unit.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--unit: unknown unit '"
              + text
              + "'; expected pcs, doz, pair, kg, g, t, l, pf.l, m, m2, m3, ... (docs/rate-syntax.md)");
    }
  }

  private TransportMode mode() {
    try {
      return TransportMode.parse(mode);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--mode: " + e.getMessage());
    }
  }

  /** The --origin value as core reads it (any case); a bad one is this option's error. */
  private String origin() {
    try {
      return Countries.origin(origin);
    } catch (InvalidOriginException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--origin: "
              + e.getMessage()
              + "; expected ISO 3166 alpha-2, e.g. IN, US, CN"
              + (origin.strip().equalsIgnoreCase("UK") ? " (GB for the United Kingdom)" : ""));
    }
  }
}
