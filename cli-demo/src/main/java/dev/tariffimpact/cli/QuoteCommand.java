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
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code quote}: duty, fees, taxes and landed cost of one line, optionally before and after. */
@Command(
    name = "quote",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Itemised duty, fees, taxes and landed cost of one shipment line.",
    footer = {
      "",
      "Examples:",
      "  tariff-impact quote --importer US --origin IN --code 6109.10.00 --value 10000"
          + " --quantity 400 --unit doz --freight 450 --insurance 25 --mode ocean"
          + " --date 2025-09-15 --compare-date 2026-03-01",
      "  tariff-impact quote --importer IN --origin US --code 0802.12 --value 10000 --currency USD"
          + " --net-kg 1500 --incoterm FOB --mode ocean --scenario in-us-mfn-2025 --format json",
      "  tariff-impact quote --input quotes.csv   (header: importer,origin,code,value,date,...;"
          + " one quote a row, one start)",
      "",
      "EU and GB have no bundled tariff: give --schedule FILE (illustrative examples in"
          + " docs/examples/), for example:",
      "  tariff-impact quote --importer EU --vat 21 --origin US --code 6109.10.00 --value 10000"
          + " --currency USD --freight 400 --insurance 20 --date 2025-09-15"
          + " --schedule docs/examples/eu-schedule.json"
    })
final class QuoteCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--importer",
      description =
          "Importing country: US or IN (bundled tariffs), EU or GB (no bundled tariff: give"
              + " --schedule FILE, examples in docs/examples/); default: the scenario's.")
  private String importer;

  @Option(
      names = "--origin",
      description = "Country of origin, ISO 3166 (IN); required unless --input.")
  private String origin;

  @Option(names = "--code", description = "Product code (6109.10.00); required unless --input.")
  private String code;

  @Option(names = "--value", description = "Invoice value of the line; required unless --input.")
  private BigDecimal value;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description =
          "Many quotes in one start: a CSV whose header names quote options without '--'"
              + " (importer,origin,code,value,date,...), one quote a row; '-' reads stdin.")
  private String input;

  @Option(
      names = "--currency",
      description = "Invoice currency, ISO 4217 (default: the importer's currency).")
  private String currency;

  @Option(names = "--quantity", description = "Quantity in --unit (400).")
  private BigDecimal quantity;

  @Option(
      names = "--unit",
      description = "Unit of --quantity: pcs, doz, kg, l, pair, pf.l, m2, ... (default: pcs).")
  private String unit;

  @Option(
      names = "--net-kg",
      description = "Net mass in kilograms (1500), for rates per kg (Rs 100/kg, 2.2¢/kg).")
  private BigDecimal netKg;

  @Option(
      names = "--component",
      paramLabel = "NAME=VALUE",
      description = "Value of a named component a rate needs (case=120.00); repeatable.")
  private Map<String, BigDecimal> components = Map.of();

  @Option(names = "--freight", description = "International freight, invoice currency.")
  private BigDecimal freight;

  @Option(names = "--insurance", description = "Insurance, invoice currency.")
  private BigDecimal insurance;

  @Option(
      names = "--incoterm",
      description = "Incoterm of the invoice value: ${COMPLETION-CANDIDATES}.")
  private Incoterm incoterm;

  @Option(
      names = "--mode",
      defaultValue = "ocean",
      description =
          "ocean, air, road, rail, postal or courier (= postal) (default: ${DEFAULT-VALUE}).")
  private String mode;

  @Option(
      names = "--date",
      description =
          "Entry date (YYYY-MM-DD, default: today); without --scenario it also picks the schedule"
              + " date. A date after the bundled data's coverage end is refused.")
  private LocalDate date;

  @Option(
      names = "--claim",
      paramLabel = "NAME",
      description =
          "Claim a conditional exemption or preference (civil-aircraft, donation, usmca,"
              + " metal-under-15-percent, patented-pharmaceutical, ...); repeatable. An unclaimed"
              + " one leaves the duty in place and the notes say so.")
  private List<String> claims = List.of();

  @Option(names = "--export-date", description = "Date of exportation (default: entry date).")
  private LocalDate exportDate;

  @Option(names = "--scenario", description = "A named scenario (see 'tariff-impact scenarios').")
  private String scenarioName;

  @ArgGroup(exclusive = true)
  private Compare compare;

  static final class Compare {
    @Option(names = "--compare-scenario", description = "Compare with this named scenario.")
    String scenario;

    @Option(names = "--compare-date", description = "Compare with the schedule as of this date.")
    LocalDate date;
  }

  @Option(
      names = "--vat",
      description =
          "VAT rate in percent: the member state's, required with --importer EU (21); for GB it"
              + " replaces the standard 20%% (5).")
  private BigDecimal vat;

  @Mixin private FormatOption output;

  @Mixin private ScenarioOptions sources;

  @Mixin private ContentDefaultOption contentDefault;

  /** The importer's currency, the default of --currency; set when the line is built. */
  private String scenarioCurrency;

  @Override
  public Integer call() throws IOException {
    if (input != null) {
      if (origin != null || code != null || value != null) {
        throw new ParameterException(
            spec.commandLine(),
            "--input: every quote comes from the file; give --origin, --code and --value there");
      }
      return QuoteInput.run(spec.commandLine(), input, output.format);
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
    if (compare == null) {
      Assessment first = assess(() -> assessor.assess(entry, scenario), scenario, entry);
      out.print(
          switch (output.format) {
            case json -> QuoteTables.json(first, notes) + "\n";
            case csv -> QuoteTables.singleCsv(first, notes).toCsv();
            case table -> QuoteTables.single(first, notes, measuresOf(scenario)::measure);
          });
      return 0;
    }
    // What the comparison means (the same entry under another scenario, or the same shipment on
    // another date) is core's Comparison.
    Comparison comparison =
        compare.scenario != null
            ? Comparison.withScenario(sources.byName(compare.scenario))
            : Comparison.withDate(compare.date);
    if (compare.date != null) {
      requireCovered(scenario, compare.date);
    }
    Impact impact = assess(() -> comparison.assess(assessor, entry, scenario), scenario, entry);
    out.print(
        switch (output.format) {
          case json -> QuoteTables.json(impact, notes) + "\n";
          case csv -> QuoteTables.comparedCsv(impact, notes).toCsv();
          case table -> QuoteTables.compared(impact, notes);
        });
    return 0;
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
