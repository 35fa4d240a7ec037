package dev.tariffimpact.report;

import dev.tariffimpact.batch.Aggregate;
import dev.tariffimpact.batch.BatchResult;
import dev.tariffimpact.batch.GroupBy;
import dev.tariffimpact.report.DataTable.Kind;
import dev.tariffimpact.report.Figure.ChartType;
import dev.tariffimpact.report.Headline.KeyFigure;
import dev.tariffimpact.report.Rollup.Group;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The section of one currency of a {@link BatchReport}: headline, duty change by category, rate by
 * origin, histogram of per-line rate changes, every scenario's totals.
 *
 * @param result the batch
 * @param base the scenario changes are measured from
 * @param compare the scenario compared with it
 * @param rateChanges per-line changes, or null when not collected
 * @param currency the currency of every amount of the section
 */
record CurrencySection(
    BatchResult result, String base, String compare, RateChanges rateChanges, String currency) {

  Section build() {
    List<Aggregate> all = result.aggregates();
    Aggregate before = Rollup.total(all, base, currency);
    Aggregate after = Rollup.total(all, compare, currency);
    String id = "part-" + currency.toLowerCase(Locale.ROOT);
    List<String> paragraphs = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    Map<String, Group> catBefore = Rollup.by(all, GroupBy.CATEGORY, base, currency);
    Map<String, Group> catAfter = Rollup.by(all, GroupBy.CATEGORY, compare, currency);
    if (catBefore.isEmpty()) {
      paragraphs.add("No chart by category: the batch was not grouped by category (--by).");
    } else {
      figures.add(byCategory(id, catBefore, catAfter));
    }
    Map<String, Group> orgBefore = Rollup.by(all, GroupBy.ORIGIN, base, currency);
    Map<String, Group> orgAfter = Rollup.by(all, GroupBy.ORIGIN, compare, currency);
    if (orgBefore.isEmpty()) {
      paragraphs.add("No chart by origin: the batch was not grouped by origin (--by).");
    } else {
      figures.add(byOrigin(id, orgBefore, orgAfter));
    }
    if (rateChanges == null) {
      paragraphs.add("No histogram of per-line rate changes: line results were not collected.");
    } else {
      RateChanges.Histogram h = rateChanges.histogram(currency);
      figures.add(histogram(id, h));
      paragraphs.add(
          h.lines()
              + " lines have a rate under both scenarios; "
              + h.unchanged()
              + " of them keep the same rate"
              + (h.skipped() == 0
                  ? "."
                  : "; " + h.skipped() + " lines of zero customs value have no rate."));
    }
    return new Section(
        id,
        "Imports in " + currency + importers(all),
        before == null || after == null ? null : headline(before, after),
        paragraphs,
        figures,
        List.of(allScenarios(all)));
  }

  private String importers(List<Aggregate> all) {
    Set<String> out = new LinkedHashSet<>();
    all.stream()
        .filter(a -> a.currency().equals(currency) && a.importer() != null)
        .forEach(a -> out.add(a.importer()));
    return out.isEmpty() ? "" : " (importer " + String.join(", ", out) + ")";
  }

  private Headline headline(Aggregate before, Aggregate after) {
    String c = currency;
    BigDecimal dutyChange = after.duty().subtract(before.duty());
    BigDecimal chargesChange = after.totalCharges().subtract(before.totalCharges());
    List<KeyFigure> figures =
        List.of(
            new KeyFigure("lines", "Lines", "", after.lines(), Kind.COUNT),
            new KeyFigure("customs-value", "Customs value", c, before.customsValue(), Kind.MONEY),
            new KeyFigure("duty-before", "Duty, " + base, c, before.duty(), Kind.MONEY),
            new KeyFigure("duty-after", "Duty, " + compare, c, after.duty(), Kind.MONEY),
            new KeyFigure("duty-change", "Change in duty", c, dutyChange, Kind.MONEY),
            new KeyFigure(
                "charges-change", "Change in duty, fees and taxes", c, chargesChange, Kind.MONEY),
            new KeyFigure(
                "rate-before",
                "Effective rate, " + base,
                "%",
                before.effectiveRate(),
                Kind.PERCENT),
            new KeyFigure(
                "rate-after",
                "Effective rate, " + compare,
                "%",
                after.effectiveRate(),
                Kind.PERCENT));
    String change =
        dutyChange.signum() == 0
            ? "unchanged"
            : (dutyChange.signum() < 0 ? "down " : "up ") + money(dutyChange.abs());
    String sentence =
        String.format(
            Locale.ROOT,
            "Under %s, %s lines worth %s pay %s in duty (%s%% of value), against %s (%s%%)"
                + " under %s: %s.",
            compare,
            DataTable.format(after.lines(), Kind.COUNT),
            money(before.customsValue()),
            money(after.duty()),
            DataTable.format(after.effectiveRate(), Kind.PERCENT),
            money(before.duty()),
            DataTable.format(before.effectiveRate(), Kind.PERCENT),
            base,
            change);
    return new Headline(figures, List.of(sentence));
  }

  private Figure byCategory(String id, Map<String, Group> before, Map<String, Group> after) {
    String c = currency;
    DataTable.Builder t =
        DataTable.builder("Duty by category, " + base + " and " + compare + " (" + c + ")")
            .column("category", "category", Kind.TEXT)
            .column("lines", "lines", Kind.COUNT)
            .column("customs_value", "customs value (" + c + ")", Kind.MONEY)
            .column("duty_before", "duty, " + base + " (" + c + ")", Kind.MONEY)
            .column("duty_after", "duty, " + compare + " (" + c + ")", Kind.MONEY)
            .column("duty_change", "change in duty (" + c + ")", Kind.MONEY);
    List<Group> rows = new ArrayList<>(before.values());
    rows.sort(
        Comparator.comparing(
                (Group g) -> change(g, after.get(g.key())),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Group::key));
    for (Group g : rows) {
      Group a = after.get(g.key());
      t.row(
          label(g.key()),
          g.lines(),
          g.customsValue(),
          g.duty(),
          a == null ? null : a.duty(),
          change(g, a));
    }
    return new Figure(
        id + "-duty-change-by-category",
        "Change in duty by category, " + base + " to " + compare + " (" + c + ")",
        ChartType.BAR,
        t.build(),
        "category",
        List.of("duty_change"),
        "Change in duty (" + c + ")",
        "Category",
        "Each bar is the change in duty of one category when "
            + compare
            + " replaces "
            + base
            + "; bars to the left of zero are falls. The value is printed at the end of each"
            + " bar and in the table below.");
  }

  /** The change in duty; null (n/a, never a zero) if the compared scenario lacks the group. */
  private static BigDecimal change(Group before, Group after) {
    return after == null ? null : after.duty().subtract(before.duty());
  }

  private Figure byOrigin(String id, Map<String, Group> before, Map<String, Group> after) {
    String c = currency;
    DataTable.Builder t =
        DataTable.builder("Effective duty rate by origin (percent of customs value)")
            .column("origin", "origin", Kind.TEXT)
            .column("lines", "lines", Kind.COUNT)
            .column("customs_value", "customs value (" + c + ")", Kind.MONEY)
            .column("rate_before", base + " (%)", Kind.PERCENT)
            .column("rate_after", compare + " (%)", Kind.PERCENT);
    List<Group> rows = new ArrayList<>(before.values());
    rows.sort(Comparator.comparing(Group::customsValue).reversed().thenComparing(Group::key));
    for (Group g : rows) {
      Group a = after.get(g.key());
      t.row(
          label(g.key()),
          g.lines(),
          g.customsValue(),
          g.effectiveRate(),
          a == null ? null : a.effectiveRate());
    }
    return new Figure(
        id + "-rate-by-origin",
        "Effective duty rate by origin, " + base + " and " + compare + " (" + c + ")",
        ChartType.GROUPED_BAR,
        t.build(),
        "origin",
        List.of("rate_before", "rate_after"),
        "Effective duty rate (% of customs value)",
        "Origin",
        "For each origin, the light bar is the trade-weighted duty rate under "
            + base
            + " and the dark bar under "
            + compare
            + "; each bar is labelled with its rate.");
  }

  private Figure histogram(String id, RateChanges.Histogram h) {
    DataTable.Builder t =
        DataTable.builder("Lines by change in their effective duty rate (percentage points)")
            .column("bin", "change (pp)", Kind.TEXT)
            .column("from", "from (pp)", Kind.POINTS)
            .column("to", "to (pp, exclusive)", Kind.POINTS)
            .column("lines", "lines", Kind.COUNT);
    for (RateChanges.Bin bin : h.bins()) {
      t.row(bin.label(), BigDecimal.valueOf(bin.from()), BigDecimal.valueOf(bin.to()), bin.lines());
    }
    if (h.bins().isEmpty()) {
      t.row("no line", null, null, 0L);
    }
    return new Figure(
        id + "-rate-change-histogram",
        "Per-line change in effective duty rate, " + base + " to " + compare,
        ChartType.HISTOGRAM,
        t.build(),
        "bin",
        List.of("lines"),
        "Lines (count)",
        "Change in effective duty rate (percentage points)",
        "How many lines see their duty rate change by how much: each bar counts the lines whose"
            + " rate moved by at least the lower bound and less than the upper one; the"
            + " 'no change' bar counts the lines whose rate stayed exactly the same (the bar"
            + " from 0 after it then counts rises only).");
  }

  private DataTable allScenarios(List<Aggregate> all) {
    String c = currency;
    DataTable.Builder t =
        DataTable.builder("Every scenario's totals (" + c + "; change against the batch base)")
            .column("scenario", "scenario", Kind.TEXT)
            .column("lines", "lines", Kind.COUNT)
            .column("customs_value", "customs value (" + c + ")", Kind.MONEY)
            .column("duty", "duty (" + c + ")", Kind.MONEY)
            .column("fees", "fees (" + c + ")", Kind.MONEY)
            .column("taxes", "taxes (" + c + ")", Kind.MONEY)
            .column("rate", "effective rate (%)", Kind.PERCENT)
            .column("delta", "change in charges (" + c + ")", Kind.MONEY);
    for (String s : result.scenarios()) {
      Aggregate a = Rollup.total(all, s, c);
      if (a != null) {
        t.row(
            s,
            a.lines(),
            a.customsValue(),
            a.duty(),
            a.fees(),
            a.taxes(),
            a.effectiveRate(),
            a.delta());
      }
    }
    return t.build();
  }

  private String money(BigDecimal amount) {
    return currency + " " + DataTable.format(amount, Kind.MONEY);
  }

  private static String label(String key) {
    return key.isEmpty() ? "(none)" : key;
  }
}
