package dev.tariffimpact.cli;

import dev.tariffimpact.customs.Assessment;
import dev.tariffimpact.customs.AssessmentComponent;
import dev.tariffimpact.customs.Assumption;
import dev.tariffimpact.customs.ExchangeRate;
import dev.tariffimpact.impact.Change;
import dev.tariffimpact.impact.Impact;
import dev.tariffimpact.impact.ImpactComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Renders assessments and impacts for a terminal. Presentation only: every figure comes from core.
 */
final class QuoteTables {

  private static final String NOT_COMPUTABLE = "n/a";

  private QuoteTables() {}

  static Table components(Assessment a) {
    Table t = Table.of("measure", "title", "kind", "base>", "rate", "amount>").truncateText(44);
    for (AssessmentComponent c : a.components()) {
      t.row(c.measureId(), c.title(), c.kind(), plain(c.base()), c.rate(), plain(c.amount()));
    }
    return t;
  }

  static String single(Assessment a) {
    StringBuilder sb = new StringBuilder();
    sb.append("Scenario ").append(a.scenario()).append(", importer ").append(a.entry().importer());
    sb.append(", amounts in ").append(a.currency().getCurrencyCode()).append("\n\n");
    sb.append(components(a).toText()).append('\n');
    Table totals = Table.of("total", "amount>");
    totals.row("customs value", plain(a.customsValue()));
    totals.row("duty", plain(a.dutyTotal()));
    totals.row("fees", plain(a.feeTotal()));
    totals.row("taxes", plain(a.taxTotal()));
    totals.row("landed cost", plain(a.landedCost()));
    totals.row("effective duty rate %", plain(a.effectiveDutyRate()));
    sb.append(totals.toText());
    appendNotes(sb, a.exchangeRates(), a.assumptions());
    appendLegalNotes(sb, a.notes());
    return sb.toString();
  }

  /** The rules the assessment applied or could apply: claims, in-transit, low-value relief. */
  private static void appendLegalNotes(StringBuilder sb, List<String> notes) {
    if (!notes.isEmpty()) {
      sb.append("\nNotes:\n");
      for (String n : notes) {
        sb.append("  - ").append(n).append('\n');
      }
    }
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

  static String compared(Impact impact) {
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
    appendNotes(
        sb,
        concat(before.exchangeRates(), after.exchangeRates()),
        concat(before.assumptions(), after.assumptions()));
    appendLegalNotes(sb, concat(before.notes(), after.notes()));
    return sb.toString();
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
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
