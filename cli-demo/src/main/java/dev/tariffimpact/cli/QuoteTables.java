package dev.tariffimpact.cli;

import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.AssessmentComponent;
import dev.tariffimpact.customs.Assumption;
import dev.tariffimpact.customs.ExchangeRate;
import dev.tariffimpact.customs.ShipmentLine;
import dev.tariffimpact.impact.Change;
import dev.tariffimpact.impact.Impact;
import dev.tariffimpact.impact.ImpactComponent;
import dev.tariffimpact.io.json.AssessmentJson;
import dev.tariffimpact.schedule.DutyBase;
import dev.tariffimpact.schedule.Measure;
import dev.tariffimpact.schedule.MeasureKind;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders assessments and impacts for a terminal. Presentation only: every figure comes from core.
 */
final class QuoteTables {

  private static final String NOT_COMPUTABLE = "n/a";
  private static final String TOTAL = "TOTAL";
  private static final String NOTE = "NOTE";

  private QuoteTables() {}

  /** Built on first JSON output only: a table or CSV quote never builds a databind mapper. */
  private static final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
  }

  static Table components(Assessment a) {
    Table t = Table.of("measure", "title", "kind", "base>", "rate", "amount>").truncateText(44);
    for (AssessmentComponent c : a.components()) {
      t.row(c.measureId(), c.title(), c.kind(), plain(c.base()), c.rate(), plain(c.amount()));
    }
    return t;
  }

  /**
   * The component table of a quote for India: a {@code base of} column says what each levy is
   * charged on, as a bill of entry shows it (BCD, AIDC and Health Cess on the assessable value; SWS
   * on BCD + AIDC, the duties its measure names; IGST on the assessable value plus the customs
   * duties), read from the measure's {@link DutyBase}, so the table cannot disagree with the sums.
   */
  static Table componentsWithBase(Assessment a, Function<String, Optional<Measure>> measures) {
    Table t =
        Table.of("measure", "title", "kind", "base of", "base>", "rate", "amount>")
            .truncateText(44);
    for (AssessmentComponent c : a.components()) {
      String of = measures.apply(c.measureId()).map(QuoteTables::baseOf).orElse("");
      t.row(c.measureId(), c.title(), c.kind(), of, plain(c.base()), c.rate(), plain(c.amount()));
    }
    return t;
  }

  /** What an Indian levy is charged on, in the words of a bill of entry. */
  static String baseOf(Measure m) {
    return switch (m.base()) {
      case CUSTOMS_VALUE -> "AV";
      case VALUE_PLUS_DUTIES -> "AV + customs duties";
      case DUTY_AMOUNT ->
          m.dutyBaseMeasures().isEmpty()
              ? "customs duties"
              : String.join(
                  " + ",
                  m.dutyBaseMeasures().stream().map(QuoteTables::dutyName).distinct().toList());
    };
  }

  /**
   * A duty named in a surcharge's base: BASE_DUTY is India's BCD, and so is a PREFERENCE (an
   * effective rate claimed in its place); a measure goes by its family.
   */
  private static String dutyName(String reference) {
    if (reference.equals(MeasureKind.BASE_DUTY.name())
        || reference.equals(MeasureKind.PREFERENCE.name())) {
      return "BCD";
    }
    String family = reference.startsWith("in-") ? reference.substring(3).split("-")[0] : reference;
    return family.toUpperCase(java.util.Locale.ROOT);
  }

  static String single(Assessment a, List<String> quoteNotes) {
    return single(a, quoteNotes, id -> Optional.empty());
  }

  /**
   * The quote as text; for importer IN the component table says what each levy is charged on.
   *
   * @param measures the scenario's measures by id (schedule and overlays)
   */
  static String single(
      Assessment a, List<String> quoteNotes, Function<String, Optional<Measure>> measures) {
    StringBuilder sb = new StringBuilder();
    sb.append("Scenario ").append(a.scenario()).append(", importer ").append(a.entry().importer());
    sb.append(", amounts in ").append(a.currency().getCurrencyCode()).append("\n\n");
    Table table =
        a.entry().importer().equals("IN") ? componentsWithBase(a, measures) : components(a);
    sb.append(table.toText()).append('\n');
    Table totals = Table.of("total", "amount>");
    totals.row("customs value", plain(a.customsValue()));
    totals.row("duty", plain(a.dutyTotal()));
    totals.row("fees", plain(a.feeTotal()));
    totals.row("taxes", plain(a.taxTotal()));
    totals.row("landed cost", plain(a.landedCost()));
    totals.row("effective duty rate %", plain(a.effectiveDutyRate()));
    payable(a).ifPresent(p -> totals.row("payable (rounded)", p));
    sb.append(totals.toText());
    appendNotes(sb, notes(quoteNotes, List.of(a)));
    appendNotes(sb, a.exchangeRates(), a.assumptions());
    return sb.toString();
  }

  /** CSV: one row per component, then the totals and the notes as rows of their own. */
  static Table singleCsv(Assessment a, List<String> quoteNotes) {
    Table t = components(a);
    t.row(TOTAL, "customs value", "", "", "", plain(a.customsValue()));
    t.row(TOTAL, "duty", "", "", "", plain(a.dutyTotal()));
    t.row(TOTAL, "fees", "", "", "", plain(a.feeTotal()));
    t.row(TOTAL, "taxes", "", "", "", plain(a.taxTotal()));
    t.row(TOTAL, "landed cost", "", "", "", plain(a.landedCost()));
    t.row(TOTAL, "effective duty rate %", "", "", "", plain(a.effectiveDutyRate()));
    payable(a).ifPresent(p -> t.row(TOTAL, "payable", "", "", "", p));
    for (String note : notes(quoteNotes, List.of(a))) {
      t.row(NOTE, note, "", "", "", "");
    }
    return t;
  }

  /** JSON: {@code {"assessment": {...}, "notes": [...]}} (see docs/cli.md). */
  static String json(Assessment a, List<String> quoteNotes) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.set("assessment", AssessmentJson.assessment(a));
    putNotes(root, notes(quoteNotes, List.of(a)));
    return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /** JSON of a comparison: {@code {"before", "after", "delta", "notes"}}. */
  static String json(Impact impact, List<String> quoteNotes) {
    ObjectNode root = (ObjectNode) Json.MAPPER.readTree(AssessmentJson.comparison(impact));
    putNotes(root, notes(quoteNotes, List.of(impact.before(), impact.after())));
    return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static void putNotes(ObjectNode root, List<String> notes) {
    ArrayNode list = root.putArray("notes");
    notes.forEach(list::add);
  }

  /**
   * The quote's notes, then each assessment's own (de minimis applied, tax exemptions), then why a
   * landed cost could not be computed, naming the options that would supply it.
   */
  static List<String> notes(List<String> quoteNotes, List<Assessment> assessments) {
    Set<String> all = new LinkedHashSet<>(quoteNotes);
    for (Assessment a : assessments) {
      all.addAll(a.notes());
    }
    for (Assessment a : assessments) {
      landedCostHint(a).ifPresent(all::add);
    }
    return List.copyOf(all);
  }

  /** Which input a missing landed cost needs: {@code --freight}, {@code --insurance}. */
  static Optional<String> landedCostHint(Assessment a) {
    if (a.landedCost().isPresent()) {
      return Optional.empty();
    }
    Set<String> missing = new LinkedHashSet<>();
    for (ShipmentLine line : a.entry().lines()) {
      if (line.freight().isEmpty() && !line.incoterm().includesFreight()) {
        missing.add("--freight");
      }
      if (line.insurance().isEmpty() && !line.incoterm().includesInsurance()) {
        missing.add("--insurance");
      }
    }
    return Optional.of(
        "landed cost n/a: "
            + (missing.isEmpty()
                ? "freight or insurance unknown"
                : String.join(" and ", missing) + " not given")
            + "; give "
            + (missing.isEmpty() ? "--freight and --insurance" : String.join(" and ", missing))
            + ", or --incoterm CIF when the value already includes them");
  }

  /** The total payable when the regime rounds it differently (India: to the rupee). */
  private static Optional<String> payable(Assessment a) {
    BigDecimal payable = a.payable();
    BigDecimal exact = a.totalCharges();
    if (payable.compareTo(exact) == 0 && payable.scale() == exact.scale()) {
      return Optional.empty();
    }
    return Optional.of(payable.toPlainString() + " (exact " + exact.toPlainString() + ")");
  }

  static Table comparison(Impact impact) {
    Table t =
        Table.of(
                "measure",
                "title",
                "present",
                "rate before",
                "rate after",
                "before>",
                "after>",
                "delta>")
            .truncateText(44);
    for (ImpactComponent c : impact.components()) {
      Change ch = c.change();
      t.row(
          c.measureId(),
          c.title(),
          c.presentIn(),
          c.rateBefore(),
          c.rateAfter(),
          plain(ch.before()),
          plain(ch.after()),
          plain(ch.delta()));
    }
    return t;
  }

  /** CSV of a comparison: one row per component, then totals and notes as rows. */
  static Table comparedCsv(Impact impact, List<String> quoteNotes) {
    Table t = comparison(impact);
    t.row(
        TOTAL,
        "duty",
        "",
        "",
        "",
        plain(impact.duty().before()),
        plain(impact.duty().after()),
        plain(impact.duty().delta()));
    t.row(
        TOTAL,
        "fees",
        "",
        "",
        "",
        plain(impact.fees().before()),
        plain(impact.fees().after()),
        plain(impact.fees().delta()));
    t.row(
        TOTAL,
        "taxes",
        "",
        "",
        "",
        plain(impact.taxes().before()),
        plain(impact.taxes().after()),
        plain(impact.taxes().delta()));
    Optional<Change> landed = impact.landedCost();
    t.row(
        TOTAL,
        "landed cost",
        "",
        "",
        "",
        landed.map(c -> plain(c.before())).orElse(NOT_COMPUTABLE),
        landed.map(c -> plain(c.after())).orElse(NOT_COMPUTABLE),
        landed.map(c -> plain(c.delta())).orElse(NOT_COMPUTABLE));
    t.row(
        TOTAL,
        "effective duty rate %",
        "",
        "",
        "",
        plain(impact.before().effectiveDutyRate()),
        plain(impact.after().effectiveDutyRate()),
        plain(impact.effectiveRateChange()));
    for (String note : notes(quoteNotes, List.of(impact.before(), impact.after()))) {
      t.row(NOTE, note, "", "", "", "", "", "");
    }
    return t;
  }

  static String compared(Impact impact, List<String> quoteNotes) {
    Assessment before = impact.before();
    Assessment after = impact.after();
    StringBuilder sb = new StringBuilder();
    sb.append("Before: ").append(before.scenario()).append('\n');
    sb.append("After:  ").append(after.scenario()).append('\n');
    sb.append("Amounts in ").append(before.currency().getCurrencyCode()).append("\n\n");
    sb.append(comparison(impact).toText()).append('\n');
    Table totals = Table.of("total", "before>", "after>", "delta>");
    totals.row(
        "duty",
        plain(impact.duty().before()),
        plain(impact.duty().after()),
        plain(impact.duty().delta()));
    totals.row(
        "fees",
        plain(impact.fees().before()),
        plain(impact.fees().after()),
        plain(impact.fees().delta()));
    totals.row(
        "taxes",
        plain(impact.taxes().before()),
        plain(impact.taxes().after()),
        plain(impact.taxes().delta()));
    Optional<Change> landed = impact.landedCost();
    totals.row(
        "landed cost",
        landed.map(c -> plain(c.before())).orElse(NOT_COMPUTABLE),
        landed.map(c -> plain(c.after())).orElse(NOT_COMPUTABLE),
        landed.map(c -> plain(c.delta())).orElse(NOT_COMPUTABLE));
    totals.row(
        "effective duty rate %",
        plain(before.effectiveDutyRate()),
        plain(after.effectiveDutyRate()),
        plain(impact.effectiveRateChange()));
    sb.append(totals.toText());
    sb.append("\nLanded cost change: ")
        .append(
            impact
                .landedCostPercentChange()
                .map(p -> p.toPlainString() + "%")
                .orElse(NOT_COMPUTABLE))
        .append('\n');
    appendNotes(sb, notes(quoteNotes, List.of(before, after)));
    appendNotes(
        sb,
        concat(before.exchangeRates(), after.exchangeRates()),
        concat(before.assumptions(), after.assumptions()));
    return sb.toString();
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
  }

  private static void appendNotes(StringBuilder sb, List<String> notes) {
    if (!notes.isEmpty()) {
      sb.append("\nNotes:\n");
      notes.forEach(n -> sb.append("  - ").append(n).append('\n'));
    }
  }

  private static void appendNotes(
      StringBuilder sb, List<ExchangeRate> rates, List<Assumption> assumptions) {
    for (ExchangeRate r : rates) {
      sb.append("\nExchange rate: 1 ")
          .append(r.from().getCurrencyCode())
          .append(" = ")
          .append(r.rate().toPlainString())
          .append(' ')
          .append(r.to().getCurrencyCode())
          .append(" (")
          .append(r.source())
          .append(")");
    }
    if (!rates.isEmpty()) {
      sb.append('\n');
    }
    if (!assumptions.isEmpty()) {
      sb.append("\nAssumptions (unverified facts this result depends on):\n");
      for (Assumption x : assumptions) {
        sb.append("  - ").append(x.text()).append(" [").append(x.source()).append("]\n");
      }
    }
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  private static String plain(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse(NOT_COMPUTABLE);
  }
}
