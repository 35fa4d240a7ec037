package dev.tariffimpact.report;

import dev.tariffimpact.batch.Aggregate;
import dev.tariffimpact.batch.BatchResult;
import dev.tariffimpact.batch.BatchScenario;
import dev.tariffimpact.batch.Reject;
import dev.tariffimpact.schedule.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
 * BatchResult result = engine.run(BatchInput.csv(csv), BatchSink.lines(changes));
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
        sections.add(new CurrencySection(result, base, compare, rateChanges, currency).build());
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

    /** One sentence per distinct scenario, naming the batch labels that use it. */
    private List<String> sentences() {
      Map<String, Scenario> byName = new LinkedHashMap<>();
      Map<String, List<String>> labels = new LinkedHashMap<>();
      for (BatchScenario s : scenarios) {
        for (Scenario sc : s.byImporter().values()) {
          byName.putIfAbsent(sc.name(), sc);
          labels.computeIfAbsent(sc.name(), k -> new ArrayList<>()).add(s.name());
        }
      }
      List<String> out = new ArrayList<>();
      byName.forEach(
          (name, sc) ->
              out.add(
                  name
                      + " ("
                      + sc.schedule().importer()
                      + ", as of "
                      + sc.asOf()
                      + "; in "
                      + String.join(", ", labels.get(name))
                      + "): "
                      + sc.description()));
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
}
