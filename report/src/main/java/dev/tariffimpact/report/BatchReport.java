package dev.tariffimpact.report;

import dev.tariffimpact.batch.Aggregate;
import dev.tariffimpact.batch.BatchResult;
import dev.tariffimpact.batch.BatchScenario;
import dev.tariffimpact.batch.GroupBy;
import dev.tariffimpact.batch.Reject;
import dev.tariffimpact.report.DataTable.Kind;
import dev.tariffimpact.report.Figure.ChartType;
import dev.tariffimpact.report.Headline.KeyFigure;
import dev.tariffimpact.report.Rollup.Group;
import dev.tariffimpact.schedule.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds a {@link Report} from a batch: one section per currency (amounts are never added across
 * currencies) comparing a base scenario with another, with a headline, the change in duty by
 * category (bar chart), the effective duty rate by origin under both scenarios (grouped bars), the
 * distribution of per-line rate changes (histogram, when {@link RateChanges} were collected) and a
 * table of every scenario's totals.
 *
 * <p>Every number is an aggregate of the batch (or an exact sum or difference of aggregates), so
 * the report agrees with {@code aggregates.csv} to the cent.
 *
 * <pre>{@code
 * RateChanges changes = RateChanges.between("peak", "s122");
 * BatchResult result = engine.run(csv, changes, reject -> {});
 * Report report = BatchReport.builder(result).compare("s122").rateChanges(changes).build();
 * report.writeHtml(Path.of("report.html"));
 * }</pre>
 */
public final class BatchReport {

  private BatchReport() {}

  /**
   * Starts a report of a batch result.
   *
   * @param result the batch result; its aggregates must include the totals (always there)
   * @return a builder
   */
  public static Builder builder(BatchResult result) {
    return new Builder(Objects.requireNonNull(result, "result"));
  }

  /** Collects the report's options. */
  public static final class Builder {
    private final BatchResult result;
    private String title = "Tariff impact report";
    private String input = "";
    private String base;
    private String compare;
    private final List<BatchScenario> scenarios = new ArrayList<>();
    private RateChanges rateChanges;
    private Assumptions assumptions =
        new Assumptions(List.of(), null, "not stated by the caller of this report");

    private Builder(BatchResult result) {
      this.result = result;
      List<String> names = result.scenarios();
      this.base = names.get(0);
      this.compare = names.get(names.size() - 1);
    }

    /**
     * Sets the title.
     *
     * @param value the document title
     * @return this builder
     */
    public Builder title(String value) {
      title = Objects.requireNonNull(value, "title");
      return this;
    }

    /**
     * Names the input (for example the shipment file), shown under the title.
     *
     * @param value the name
     * @return this builder
     */
    public Builder input(String value) {
      input = Objects.requireNonNull(value, "input");
      return this;
    }

    /**
     * Sets the scenario changes are measured from (default: the batch's first).
     *
     * @param name a scenario of the batch
     * @return this builder
     */
    public Builder base(String name) {
      base = known(name);
      return this;
    }

    /**
     * Sets the scenario compared with the base (default: the batch's last).
     *
     * @param name a scenario of the batch
     * @return this builder
     */
    public Builder compare(String name) {
      compare = known(name);
      return this;
    }

    /**
     * Adds the batch scenarios, so the report says in one sentence what each one is.
     *
     * @param values the scenarios the batch ran
     * @return this builder
     */
    public Builder scenarios(List<BatchScenario> values) {
      scenarios.addAll(values);
      return this;
    }

    /**
     * Adds the per-line rate changes (collected while the batch ran) for the histogram.
     *
     * @param value collected between the same base and compared scenarios
     * @return this builder
     */
    public Builder rateChanges(RateChanges value) {
      rateChanges = value;
      return this;
    }

    /**
     * Sets the assumptions and the data's coverage.
     *
     * @param value for the bundled data: {@link BundledAssumptions#of}
     * @return this builder
     */
    public Builder assumptions(Assumptions value) {
      assumptions = Objects.requireNonNull(value, "assumptions");
      return this;
    }

    private String known(String name) {
      if (!result.scenarios().contains(name)) {
        throw new IllegalArgumentException(
            "scenario '" + name + "' is not in this batch (have " + result.scenarios() + ")");
      }
      return name;
    }

    /**
     * Builds the report.
     *
     * @return the report
     * @throws IllegalArgumentException if the rate changes were collected between other scenarios
     */
    public Report build() {
      if (rateChanges != null
          && !(rateChanges.base().equals(base) && rateChanges.compare().equals(compare))) {
        throw new IllegalArgumentException(
            "rate changes collected from "
                + rateChanges.base()
                + " to "
                + rateChanges.compare()
                + ", the report compares "
                + base
                + " with "
                + compare);
      }
      List<Section> sections = new ArrayList<>();
      for (String currency : currencies()) {
        sections.add(new CurrencySection(this, currency).build());
      }
      String subtitle =
          (input.isEmpty() ? "" : input + ": ")
              + result.assessed()
              + " lines assessed under "
              + result.scenarios().size()
              + " scenarios; "
              + compare
              + " compared with "
              + base
              + ".";
      return new Report(title, subtitle, sentences(), sections, assumptions, notes());
    }

    /** The currencies, the one with the most lines first. */
    private List<String> currencies() {
      Set<String> all = new TreeSet<>();
      result.aggregates().forEach(a -> all.add(a.currency()));
      List<String> out = new ArrayList<>(all);
      out.sort(
          Comparator.comparingLong(
                  (String c) -> {
                    Aggregate t = Rollup.total(result.aggregates(), base, c);
                    return t == null ? 0 : -t.lines();
                  })
              .thenComparing(c -> c));
      return out;
    }

    private List<String> sentences() {
      List<String> out = new ArrayList<>();
      for (BatchScenario s : scenarios) {
        for (Scenario sc : s.byImporter().values()) {
          out.add(
              s.name()
                  + " - "
                  + sc.schedule().importer()
                  + ": "
                  + sc.name()
                  + " (as of "
                  + sc.asOf()
                  + "). "
                  + sc.description());
        }
      }
      return out;
    }

    private List<String> notes() {
      List<String> out = new ArrayList<>();
      out.add(
          "Reconciliation: read "
              + result.read()
              + " rows, assessed "
              + result.assessed()
              + ", rejected "
              + result.rejected()
              + ". Every row is a result or a reject; rejected rows are in no figure.");
      int shown = 0;
      for (Reject r : result.rejects()) {
        if (shown++ == 20) {
          out.add("... " + (result.rejected() - 20) + " more rejects (see rejects.csv).");
          break;
        }
        out.add("Rejected row " + r.row() + ": " + r.reason());
      }
      out.add(
          "Method: amounts are exact decimal sums of the batch aggregates (aggregates.csv). A rate"
              + " is duty / customs value x 100, to 4 decimals (half-even). Entry fees (US MPF,"
              + " HMF) are allocated to lines in proportion to customs value.");
      return out;
    }
  }

  /** The section of one currency. */
  private record CurrencySection(Builder b, String currency) {

    Section build() {
      List<Aggregate> all = b.result.aggregates();
      Aggregate before = Rollup.total(all, b.base, currency);
      Aggregate after = Rollup.total(all, b.compare, currency);
      String id = "part-" + currency.toLowerCase(Locale.ROOT);
      List<String> paragraphs = new ArrayList<>();
      List<Figure> figures = new ArrayList<>();
      Map<String, Group> catBefore = Rollup.by(all, GroupBy.CATEGORY, b.base, currency);
      Map<String, Group> catAfter = Rollup.by(all, GroupBy.CATEGORY, b.compare, currency);
      if (catBefore.isEmpty()) {
        paragraphs.add("No chart by category: the batch was not grouped by category (--by).");
      } else {
        figures.add(byCategory(id, catBefore, catAfter));
      }
      Map<String, Group> orgBefore = Rollup.by(all, GroupBy.ORIGIN, b.base, currency);
      Map<String, Group> orgAfter = Rollup.by(all, GroupBy.ORIGIN, b.compare, currency);
      if (orgBefore.isEmpty()) {
        paragraphs.add("No chart by origin: the batch was not grouped by origin (--by).");
      } else {
        figures.add(byOrigin(id, orgBefore, orgAfter));
      }
      if (b.rateChanges == null) {
        paragraphs.add("No histogram of per-line rate changes: line results were not collected.");
      } else {
        RateChanges.Histogram h = b.rateChanges.histogram(currency);
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
              new KeyFigure("duty-before", "Duty, " + b.base, c, before.duty(), Kind.MONEY),
              new KeyFigure("duty-after", "Duty, " + b.compare, c, after.duty(), Kind.MONEY),
              new KeyFigure("duty-change", "Change in duty", c, dutyChange, Kind.MONEY),
              new KeyFigure(
                  "charges-change", "Change in duty, fees and taxes", c, chargesChange, Kind.MONEY),
              new KeyFigure(
                  "rate-before",
                  "Effective rate, " + b.base,
                  "%",
                  before.effectiveRate(),
                  Kind.PERCENT),
              new KeyFigure(
                  "rate-after",
                  "Effective rate, " + b.compare,
                  "%",
                  after.effectiveRate(),
                  Kind.PERCENT));
      String sentence =
          "Under "
              + b.compare
              + ", "
              + DataTable.format(after.lines(), Kind.COUNT)
              + " lines worth "
              + c
              + " "
              + DataTable.format(before.customsValue(), Kind.MONEY)
              + " pay "
              + c
              + " "
              + DataTable.format(after.duty(), Kind.MONEY)
              + " in duty ("
              + DataTable.format(after.effectiveRate(), Kind.PERCENT)
              + "% of value), against "
              + c
              + " "
              + DataTable.format(before.duty(), Kind.MONEY)
              + " ("
              + DataTable.format(before.effectiveRate(), Kind.PERCENT)
              + "%) under "
              + b.base
              + ": "
              + (dutyChange.signum() < 0
                  ? "down "
                  : dutyChange.signum() > 0 ? "up " : "unchanged, ")
              + c
              + " "
              + DataTable.format(dutyChange.abs(), Kind.MONEY)
              + ".";
      return new Headline(figures, List.of(sentence));
    }

    private Figure byCategory(String id, Map<String, Group> before, Map<String, Group> after) {
      String c = currency;
      DataTable.Builder t =
          DataTable.builder("Duty by category, " + b.base + " and " + b.compare + " (" + c + ")")
              .column("category", "category", Kind.TEXT)
              .column("lines", "lines", Kind.COUNT)
              .column("customs_value", "customs value (" + c + ")", Kind.MONEY)
              .column("duty_before", "duty, " + b.base + " (" + c + ")", Kind.MONEY)
              .column("duty_after", "duty, " + b.compare + " (" + c + ")", Kind.MONEY)
              .column("duty_change", "change in duty (" + c + ")", Kind.MONEY);
      List<Group> rows = new ArrayList<>(before.values());
      rows.sort(
          Comparator.comparing((Group g) -> change(g, after.get(g.key())))
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
          "Change in duty by category, " + b.base + " to " + b.compare + " (" + c + ")",
          ChartType.BAR,
          t.build(),
          "category",
          List.of("duty_change"),
          "Change in duty (" + c + ")",
          "Category",
          "Each bar is the change in duty of one category when "
              + b.compare
              + " replaces "
              + b.base
              + "; bars to the left of zero are falls. The value is printed at the end of each"
              + " bar and in the table below.");
    }

    private static BigDecimal change(Group before, Group after) {
      return after == null ? before.duty().negate() : after.duty().subtract(before.duty());
    }

    private Figure byOrigin(String id, Map<String, Group> before, Map<String, Group> after) {
      String c = currency;
      DataTable.Builder t =
          DataTable.builder("Effective duty rate by origin (percent of customs value)")
              .column("origin", "origin", Kind.TEXT)
              .column("lines", "lines", Kind.COUNT)
              .column("customs_value", "customs value (" + c + ")", Kind.MONEY)
              .column("rate_before", b.base + " (%)", Kind.PERCENT)
              .column("rate_after", b.compare + " (%)", Kind.PERCENT);
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
          "Effective duty rate by origin, " + b.base + " and " + b.compare + " (" + c + ")",
          ChartType.GROUPED_BAR,
          t.build(),
          "origin",
          List.of("rate_before", "rate_after"),
          "Effective duty rate (% of customs value)",
          "Origin",
          "For each origin, the light bar is the trade-weighted duty rate under "
              + b.base
              + " and the dark bar under "
              + b.compare
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
        t.row(
            bin.label(), BigDecimal.valueOf(bin.from()), BigDecimal.valueOf(bin.to()), bin.lines());
      }
      if (h.bins().isEmpty()) {
        t.row("no line", null, null, 0L);
      }
      return new Figure(
          id + "-rate-change-histogram",
          "Per-line change in effective duty rate, " + b.base + " to " + b.compare,
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
      for (String s : b.result.scenarios()) {
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

    private static String label(String key) {
      return key.isEmpty() ? "(none)" : key;
    }
  }
}
