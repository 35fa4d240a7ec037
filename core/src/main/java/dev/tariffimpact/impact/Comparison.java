package dev.tariffimpact.impact;

import dev.tariffimpact.customs.Assessor;
import dev.tariffimpact.customs.Entry;
import dev.tariffimpact.schedule.Scenario;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The "after" side of a before/after question about one entry, and what it means: another scenario
 * for the same shipment, or the same shipment on another date.
 *
 * <ul>
 *   <li>{@link #withScenario}: the same entry (same dates) assessed under another scenario, for
 *       example the peak 2025 duties against the announced framework rate.
 *   <li>{@link #withDate}: the same shipment entered on another date (each line's date of
 *       exportation moves with it, so the transit time is kept), assessed under the "before"
 *       scenario's schedule and overlays read as of that date. The after scenario is named {@code
 *       <before name>@<date>}; a trailing {@code @<before date>} of the before name is replaced, so
 *       {@code US@2025-09-15} becomes {@code US@2026-03-01}.
 * </ul>
 *
 * <pre>{@code
 * Impact impact = Comparison.withDate(LocalDate.parse("2026-03-01"))
 *     .assess(Assessor.of(CustomsRegime.US, rates), entry, bundled.asOf("US", entryDate));
 * impact.totalCharges().delta();   // -4000.00 for the FACTS.md cotton T-shirt example
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Comparison {

  private final Scenario scenario;
  private final LocalDate date;

  private Comparison(Scenario scenario, LocalDate date) {
    this.scenario = scenario;
    this.date = date;
  }

  /**
   * Compares with another scenario, the entry unchanged.
   *
   * @param after for example the bundled {@code us-in-2026-framework-18}
   * @return the comparison
   */
  public static Comparison withScenario(Scenario after) {
    return new Comparison(Objects.requireNonNull(after, "after"), null);
  }

  /**
   * Compares with the same shipment entered on another date, under the before scenario read then.
   *
   * @param date for example 2026-03-01
   * @return the comparison
   */
  public static Comparison withDate(LocalDate date) {
    return new Comparison(null, Objects.requireNonNull(date, "date"));
  }

  /**
   * Returns the after scenario for a before scenario.
   *
   * @param before the scenario of the "before" assessment
   * @return the given scenario, or {@code before} read as of the date (overlays and note kept)
   */
  public Scenario after(Scenario before) {
    Objects.requireNonNull(before, "before");
    if (scenario != null) {
      return scenario;
    }
    String suffix = "@" + before.asOf();
    String base =
        before.name().endsWith(suffix)
            ? before.name().substring(0, before.name().length() - suffix.length())
            : before.name();
    return Scenario.of(
            base + "@" + date,
            before.description() + " Read as of " + date + ".",
            before.schedule(),
            date,
            before.overlays())
        .withNote(before.note());
  }

  /**
   * Returns the after entry for a before entry.
   *
   * @param before the entry of the "before" assessment
   * @return the same entry, or the entry moved to the date ({@link Entry#withEntryDate})
   */
  public Entry after(Entry before) {
    Objects.requireNonNull(before, "before");
    return date == null ? before : before.withEntryDate(date);
  }

  /**
   * Assesses the entry before and after, with one assessor.
   *
   * @param assessor the regime and exchange rates of both sides
   * @param entry the entry of the "before" side
   * @param before the scenario of the "before" side
   * @return the impact, before first
   * @throws dev.tariffimpact.customs.AssessmentException naming the input that prevents either
   *     assessment (for example an after scenario for another importer)
   */
  public Impact assess(Assessor assessor, Entry entry, Scenario before) {
    Objects.requireNonNull(assessor, "assessor");
    return Impact.of(assessor.assess(entry, before), assessor.assess(after(entry), after(before)));
  }

  /**
   * Returns the date compared with, if this is a date comparison.
   *
   * @return the date, or null for a scenario comparison
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the scenario compared with, if this is a scenario comparison.
   *
   * @return the scenario, or null for a date comparison
   */
  public Scenario scenario() {
    return scenario;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Comparison other
        && Objects.equals(scenario, other.scenario)
        && Objects.equals(date, other.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scenario, date);
  }

  @Override
  public String toString() {
    return scenario != null
        ? "Comparison{scenario=" + scenario.name() + "}"
        : "Comparison{date=" + date + "}";
  }
}
