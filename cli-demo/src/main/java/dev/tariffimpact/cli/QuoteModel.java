package dev.tariffimpact.cli;

import dev.tariffimpact.customs.Incoterm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The picocli model of {@code quote}, built by hand rather than read from annotations: reading
 * annotations makes the JDK spin a proxy class per annotation type and resolve generic field types
 * by reflection, about a third of a warm one-quote start-up, and the class-data-sharing archive
 * cannot keep those classes (docs/architecture.md). Options are listed in usage-help order;
 * parameter labels are the ones picocli derived from the former field names ({@code <netKg>}), so
 * help and errors read as before.
 */
final class QuoteModel {

  private QuoteModel() {}

  /**
   * A new {@code quote} command and its model.
   *
   * @return the model, whose user object is the {@link QuoteCommand}
   */
  static CommandSpec create() {
    QuoteCommand quote = new QuoteCommand();
    CommandSpec spec = CommandSpec.wrapWithoutInspection(quote);
    spec.name("quote");
    spec.usageMessage()
        .sortOptions(false)
        .description("Itemised duty, fees, taxes and landed cost of one shipment line.")
        .footer(FOOTER);
    spec.addOption(
        option(
            "--importer",
            String.class,
            "<importer>",
            "Importing country: US or IN (bundled tariffs), EU or GB (no bundled tariff: give"
                + " --schedule FILE, examples in docs/examples/); default: the scenario's."));
    spec.addOption(
        option(
            "--origin",
            String.class,
            "<origin>",
            "Country of origin, ISO 3166 (IN); required unless --input."));
    spec.addOption(
        option(
            "--code",
            String.class,
            "<code>",
            "Product code (6109.10.00); required unless --input."));
    spec.addOption(
        option(
            "--value",
            BigDecimal.class,
            "<value>",
            "Invoice value of the line; required unless --input."));
    spec.addOption(
        option(
            "--input",
            String.class,
            "FILE",
            "Many quotes in one start: a CSV whose header names quote options without '--'"
                + " (importer,origin,code,value,date,...), one quote a row; '-' reads stdin."));
    spec.addOption(
        option(
            "--currency",
            String.class,
            "<currency>",
            "Invoice currency, ISO 4217 (default: the importer's currency)."));
    spec.addOption(
        option("--quantity", BigDecimal.class, "<quantity>", "Quantity in --unit (400)."));
    spec.addOption(
        option(
            "--unit",
            String.class,
            "<unit>",
            "Unit of --quantity: pcs, doz, kg, l, pair, pf.l, m2, ... (default: pcs)."));
    spec.addOption(
        option(
            "--net-kg",
            BigDecimal.class,
            "<netKg>",
            "Net mass in kilograms (1500), for rates per kg (Rs 100/kg, 2.2¢/kg)."));
    spec.addOption(
        OptionSpec.builder("--component")
            .type(Map.class)
            .auxiliaryTypes(String.class, BigDecimal.class)
            .paramLabel("NAME=VALUE")
            .description("Value of a named component a rate needs (case=120.00); repeatable.")
            .build());
    spec.addOption(
        option(
            "--freight",
            BigDecimal.class,
            "<freight>",
            "International freight, invoice currency."));
    spec.addOption(
        option("--insurance", BigDecimal.class, "<insurance>", "Insurance, invoice currency."));
    spec.addOption(
        option(
            "--incoterm",
            Incoterm.class,
            "<incoterm>",
            "Incoterm of the invoice value: ${COMPLETION-CANDIDATES}."));
    spec.addOption(
        OptionSpec.builder("--mode")
            .type(String.class)
            .paramLabel("<mode>")
            .defaultValue("ocean")
            .description(
                "ocean, air, road, rail, postal or courier (= postal) (default: ${DEFAULT-VALUE}).")
            .build());
    spec.addOption(
        option(
            "--date",
            LocalDate.class,
            "<date>",
            "Entry date (YYYY-MM-DD, default: today); without --scenario it also picks the"
                + " schedule date. A date after the bundled data's coverage end is refused."));
    spec.addOption(
        OptionSpec.builder("--claim")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .paramLabel("NAME")
            .description(
                "Claim a conditional exemption or preference (civil-aircraft, donation, usmca,"
                    + " metal-under-15-percent, patented-pharmaceutical, ...); repeatable. An"
                    + " unclaimed one leaves the duty in place and the notes say so.")
            .build());
    spec.addOption(
        option(
            "--export-date",
            LocalDate.class,
            "<exportDate>",
            "Date of exportation (default: entry date)."));
    spec.addOption(
        option(
            "--scenario",
            String.class,
            "<scenarioName>",
            "A named scenario (see 'tariff-impact scenarios')."));
    spec.addArgGroup(
        ArgGroupSpec.builder()
            .exclusive(true)
            .multiplicity("0..1")
            .addArg(
                option(
                    "--compare-scenario",
                    String.class,
                    "<scenario>",
                    "Compare with this named scenario."))
            .addArg(
                option(
                    "--compare-date",
                    LocalDate.class,
                    "<date>",
                    "Compare with the schedule as of this date."))
            .build());
    spec.addOption(
        option(
            "--vat",
            BigDecimal.class,
            "<vat>",
            "VAT rate in percent: the member state's, required with --importer EU (21); for GB"
                + " it replaces the standard 20%% (5)."));
    quote.bind(
        spec,
        FormatOption.addTo(spec),
        ScenarioOptions.addTo(spec),
        ContentDefaultOption.addTo(spec));
    UsageHelp.addStandardOptions(spec);
    return spec;
  }

  private static OptionSpec option(String name, Class<?> type, String label, String description) {
    return OptionSpec.builder(name).type(type).paramLabel(label).description(description).build();
  }

  private static final String[] FOOTER = {
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
  };
}
