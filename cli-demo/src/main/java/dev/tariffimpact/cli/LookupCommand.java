package dev.tariffimpact.cli;

import dev.tariffimpact.classification.ProductCode;
import dev.tariffimpact.impact.Comparison;
import dev.tariffimpact.schedule.Countries;
import dev.tariffimpact.schedule.Declaration;
import dev.tariffimpact.schedule.InvalidOriginException;
import dev.tariffimpact.schedule.LookupExplanation;
import dev.tariffimpact.schedule.LookupExplanation.Consideration;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.Scenario;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code lookup}: every measure that applies to a code and origin on a date, and why others do not.
 */
@Command(
    name = "lookup",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Every measure that applies to a product from an origin on a date, and every one that"
            + " does not, with the reason.",
    footer = {
      "",
      "Examples:",
      "  tariff-impact lookup --importer US --code 3004.90.92 --origin IN --date 2025-09-15",
      "  tariff-impact lookup --scenario us-in-2026-s122 --code 6109.10.00 --origin IN --format json",
      "  tariff-impact lookup --scenario us-in-2026-s122 --code 8807.30.00 --origin IN"
          + " --claim civil-aircraft"
    })
final class LookupCommand implements Callable<Integer>, SharedOptions.User {

  @Spec private CommandSpec spec;

  @Option(names = "--code", required = true, description = "Product code (6109.10.00).")
  private String code;

  @Option(names = "--origin", required = true, description = "Country of origin, ISO 3166 (IN).")
  private String origin;

  @Option(
      names = "--importer",
      description =
          "US or IN (bundled), EU or GB (give --schedule FILE, see docs/examples/); default: the"
              + " scenario's.")
  private String importer;

  @Option(names = "--date", description = "Date the schedule is read at (YYYY-MM-DD).")
  private LocalDate date;

  @Option(names = "--scenario", description = "A named scenario instead of --date.")
  private String scenarioName;

  @Option(
      names = "--all",
      description =
          "Also list every other measure of the scenario (verdict NOT_IN_SCOPE), so nothing"
              + " considered is hidden.")
  private boolean all;

  @Option(
      names = "--claim",
      paramLabel = "NAME",
      description =
          "Look up the layers as they apply with this claim made (civil-aircraft, donation, usmca,"
              + " metal-under-15-percent, patented-pharmaceutical, ...); repeatable.")
  private List<String> claims = List.of();

  private FormatOption output;

  private ScenarioOptions sources;

  @Override
  public void addSharedOptions(CommandSpec command) {
    output = FormatOption.addTo(command);
    sources = ScenarioOptions.addTo(command);
  }

  @Override
  public Integer call() {
    Scenario scenario;
    if (scenarioName != null) {
      scenario = sources.byName(scenarioName);
      if (date != null) {
        // The scenario read on another date, named so the output says so (name@date).
        scenario = Comparison.withDate(date).after(scenario);
      }
    } else if (date != null && importer != null) {
      scenario = sources.byDate(sources.importer(importer), date);
    } else {
      throw new ParameterException(
          spec.commandLine(), "give --scenario NAME, or --importer and --date");
    }
    Declaration declared;
    try {
      declared = Declaration.of(claims, null);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--claim: " + e.getMessage());
    }
    LookupExplanation explanation =
        scenario.compile().explain(ProductCode.parse(code), origin(), declared);
    List<Row> rows = rows(scenario, explanation);
    Table table =
        Table.of("measure", "kind", "verdict", "rate", "valid", "conf", "title").truncateText(60);
    for (Row r : rows) {
      Measure m = r.measure();
      table.row(
          m.id(),
          m.kind(),
          r.describe(),
          m.rate(),
          m.validity(),
          m.provenance().confidence(),
          m.title());
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (output.format()) {
      case json -> out.println(json(scenario, explanation, rows));
      case csv -> out.print(table.toCsv());
      case table -> {
        out.println(
            "Product "
                + explanation.code()
                + " from "
                + explanation.origin()
                + " into "
                + scenario.schedule().importer()
                + " as of "
                + explanation.asOf()
                + " ("
                + scenario.name()
                + ")"
                + (claims.isEmpty() ? "" : ", claimed: " + String.join(", ", declared.claims())));
        out.println();
        out.print(table.toText());
        out.println();
        out.println(
            "Applies: "
                + String.join(" + ", explanation.applicable().stream().map(Measure::id).toList()));
        if (!all) {
          out.print(groupedLine(explanation, groupedFamilies(explanation)));
        }
      }
    }
    return 0;
  }

  /** One listed measure: a consideration of the lookup, or (with --all) a measure out of scope. */
  private record Row(
      Measure measure, String verdict, boolean applies, String by, String describe) {}

  /**
   * The measures whose scope contains the code, with their verdicts; with {@code --all} also every
   * other measure of the scenario, as {@code NOT_IN_SCOPE}.
   */
  private List<Row> rows(Scenario scenario, LookupExplanation explanation) {
    List<Row> rows = new ArrayList<>();
    Set<Measure> listed = new HashSet<>();
    Set<String> grouped = all ? Set.of() : groupedFamilies(explanation);
    for (Consideration c : explanation.considered()) {
      listed.add(c.measure());
      if (!c.applies() && grouped.contains(c.measure().family())) {
        continue; // counted in the line under the table; --all lists each
      }
      if (all || c.verdict() != LookupExplanation.Verdict.NOT_IN_SCOPE) {
        rows.add(new Row(c.measure(), c.verdict().name(), c.applies(), c.by(), c.describe()));
      }
    }
    if (all) {
      Stream.concat(scenario.schedule().measures().stream(), scenario.overlays().stream())
          .filter(m -> !listed.contains(m))
          .forEach(
              m ->
                  rows.add(
                      new Row(
                          m,
                          LookupExplanation.Verdict.NOT_IN_SCOPE.name(),
                          false,
                          null,
                          "NOT_IN_SCOPE " + m.scope())));
    }
    return rows;
  }

  /**
   * Families with more than {@value #GROUP_ABOVE} conditional measures for the code that do not
   * apply (the "any chapter" entries of an exemption notification: unclaimed, or out of their
   * dates), which the table lists as one line.
   */
  private static Set<String> groupedFamilies(LookupExplanation explanation) {
    java.util.Map<String, Integer> count = new java.util.TreeMap<>();
    for (Consideration c : explanation.considered()) {
      if (!c.applies() && c.measure().isConditional() && !c.measure().family().isEmpty()) {
        count.merge(c.measure().family(), 1, Integer::sum);
      }
    }
    count.values().removeIf(n -> n <= GROUP_ABOVE);
    return count.keySet();
  }

  /** As in the quote notes: above this many unclaimed alternatives of a family, one line. */
  private static final int GROUP_ABOVE = 5;

  private static String groupedLine(LookupExplanation explanation, Set<String> families) {
    StringBuilder sb = new StringBuilder();
    for (String f : families) {
      java.util.Map<String, Integer> verdicts = new java.util.TreeMap<>();
      for (Consideration c : explanation.considered()) {
        if (!c.applies() && c.measure().family().equals(f)) {
          verdicts.merge(c.verdict().name(), 1, Integer::sum);
        }
      }
      sb.append("Not listed above: ")
          .append(verdicts.values().stream().mapToInt(Integer::intValue).sum())
          .append(" conditional entries of family ")
          .append(f)
          .append(" ")
          .append(verdicts)
          .append("; --all lists each with its claim name.")
          .append(System.lineSeparator());
    }
    return sb.toString();
  }

  private String json(Scenario scenario, LookupExplanation e, List<Row> rows) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode();
    root.put("scenario", scenario.name());
    root.put("importer", scenario.schedule().importer());
    root.put("code", e.code().toString());
    root.put("origin", e.origin());
    root.put("asOf", e.asOf().toString());
    ArrayNode claimed = root.putArray("claims");
    new java.util.TreeSet<>(claims).forEach(claimed::add);
    ArrayNode list = root.putArray("measures");
    for (Row r : rows) {
      ObjectNode item = list.addObject();
      Measure m = r.measure();
      item.put("measure", m.id());
      item.put("title", m.title());
      item.put("kind", m.kind().name());
      item.put("applies", r.applies());
      item.put("verdict", r.verdict());
      item.put("by", r.by());
      item.put("rate", m.rate().toString());
      item.put("validity", m.validity().toString());
      item.put("confidence", m.provenance().confidence().name());
      item.put("source", m.provenance().source());
    }
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
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
