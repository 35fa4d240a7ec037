package dev.tariffimpact.cli;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.CustomsRegime;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.customs.Incoterm;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.customs.TransportMode;
import dev.tariffimpact.impact.Comparison;
import dev.tariffimpact.impact.Impact;
import dev.tariffimpact.io.json.AssessmentJson;
import dev.tariffimpact.rate.Quantity;
import dev.tariffimpact.rate.Unit;
import dev.tariffimpact.schedule.Countries;
import dev.tariffimpact.schedule.InvalidOriginException;
import dev.tariffimpact.schedule.Scenario;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
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
      "  tariff-impact quote --importer US --origin IN --code 6109.10.00 --value 10000 \\",
      "      --quantity 400 --unit doz --mode ocean --date 2025-09-15 --compare-date 2026-03-01",
      "  tariff-impact quote --importer IN --origin US --code 0802.12 --value 10000 --currency USD \\",
      "      --net-kg 1500 --incoterm FOB --mode ocean --scenario in-us-mfn-2025 --format json"
    })
final class QuoteCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--importer",
      description = "Importing country: US, IN, EU or GB (default: the scenario's).")
  private String importer;

  @Option(names = "--origin", required = true, description = "Country of origin, ISO 3166 (IN).")
  private String origin;

  @Option(names = "--code", required = true, description = "Product code (6109.10.00).")
  private String code;

  @Option(names = "--value", required = true, description = "Invoice value of the line.")
  private BigDecimal value;

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

  @Option(names = "--net-kg", description = "Net weight in kilograms.")
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
              + " replaces the standard 20% (5).")
  private BigDecimal vat;

  @Mixin private FormatOption output;

  @Mixin private ScenarioOptions sources;

  @Override
  public Integer call() {
    if (scenarioName == null && date == null) {
      date = LocalDate.now(ZoneOffset.UTC); // no scenario, no date: an entry made today
    }
    if (scenarioName == null && importer == null) {
      throw new ParameterException(
          spec.commandLine(),
          "without --scenario give --importer (US, IN, EU or GB); the date defaults to today");
    }
    Scenario before = scenarioName != null ? sources.byName(scenarioName) : null;
    String importerCode =
        importer != null ? importer.toUpperCase(Locale.ROOT) : before.schedule().importer();
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
    Assessor assessor = Assessor.of(regime, sources.rates());
    PrintWriter out = spec.commandLine().getOut();
    if (compare == null) {
      Assessment first = assessor.assess(entry, before);
      out.print(
          switch (output.format) {
            case json -> AssessmentJson.single(first) + "\n";
            case csv -> QuoteTables.components(first).toCsv();
            case table -> QuoteTables.single(first);
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
      requireCovered(before, compare.date);
    }
    Impact impact = comparison.assess(assessor, entry, before);
    out.print(
        switch (output.format) {
          case json -> AssessmentJson.comparison(impact) + "\n";
          case csv -> QuoteTables.comparison(impact).toCsv();
          case table -> QuoteTables.compared(impact);
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

  private CustomsRegime regime(String importerCode) {
    if (importerCode.equals("EU") && vat == null) {
      throw new ParameterException(
          spec.commandLine(), "--importer EU needs --vat PERCENT (the member state's VAT rate)");
    }
    return sources.regime(importerCode, vat);
  }

  private ShipmentLine line(CustomsRegime regime, LocalDate entryDate) {
    String invoiceCurrency = currency != null ? currency : regime.currency().getCurrencyCode();
    ShipmentLine.Builder b =
        ShipmentLine.builder(ProductCode.parse(code), origin())
            .value(value.toPlainString(), invoiceCurrency)
            .transportMode(mode())
            .entryDate(entryDate);
    if (exportDate != null) {
      b.exportDate(exportDate);
    }
    if (quantity != null) {
      b.quantity(Quantity.of(quantity, unit == null ? Unit.EACH : Unit.parse(unit)));
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
      throw new ParameterException(spec.commandLine(), "--origin: " + e.getMessage());
    }
  }
}
