package dev.tariffimpact.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A schedule evaluated as of a date, optionally with overlay measures added on top.
 *
 * <p>"Before" and "after" are two scenarios: two dates, or one date with and without an overlay.
 * Example:
 *
 * <pre>{@code
 * Scenario before = Scenario.of("us-in-2025-09-15",
 *     "US duties on Indian goods on 2025-09-15, with the Russian-oil layer.", us,
 *     LocalDate.parse("2025-09-15"));
 * CompiledSchedule index = before.compile();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scenario {

  private final String name;
  private final String description;
  private final TariffSchedule schedule;
  private final LocalDate asOf;
  private final List<Measure> overlays;
  private final String note;
  // The last day the scenario's data is complete, or null when not stated.
  private final LocalDate coverageEnd;
  // Compiled on first use and kept: every assessment and batch run under the scenario shares it.
  private volatile CompiledSchedule compiled;

  private Scenario(
      String name,
      String description,
      TariffSchedule schedule,
      LocalDate asOf,
      List<Measure> overlays,
      String note) {
    this(name, description, schedule, asOf, overlays, note, null);
  }

  private Scenario(
      String name,
      String description,
      TariffSchedule schedule,
      LocalDate asOf,
      List<Measure> overlays,
      String note,
      LocalDate coverageEnd) {
    this.coverageEnd = coverageEnd;
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.overlays = List.copyOf(Objects.requireNonNull(overlays, "overlays"));
    this.note = Objects.requireNonNull(note, "note");
    if (name.isBlank() || !name.equals(name.strip())) {
      throw new IllegalArgumentException(
          "Scenario name must be non-blank without surrounding white space: '" + name + "'");
    }
    if (description.isBlank() || description.indexOf('\n') >= 0 || description.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          "Scenario '" + name + "': the description must be one non-blank sentence on one line");
    }
    // Fail now, not at compile time, on an overlay id clashing with the schedule.
    schedule.withAll(this.overlays);
  }

  /**
   * Returns a scenario without overlays.
   *
   * @param name short name, e.g. {@code "us-in-2026-03-01"}
   * @param description one sentence saying what the scenario is
   * @param schedule the schedule
   * @param asOf the date the schedule is evaluated at (entry date)
   * @return the scenario
   * @throws IllegalArgumentException if the name or description is blank or the description has
   *     line breaks
   */
  public static Scenario of(
      String name, String description, TariffSchedule schedule, LocalDate asOf) {
    return new Scenario(name, description, schedule, asOf, List.of(), "");
  }

  /**
   * Returns a scenario with overlays.
   *
   * @param name short name
   * @param description one sentence
   * @param schedule the schedule
   * @param asOf the evaluation date
   * @param overlays measures added on top of the schedule, declared after its measures
   * @return the scenario
   * @throws InvalidScheduleException if an overlay id is already used by the schedule
   */
  public static Scenario of(
      String name,
      String description,
      TariffSchedule schedule,
      LocalDate asOf,
      List<Measure> overlays) {
    return new Scenario(name, description, schedule, asOf, overlays, "");
  }

  /**
   * Returns this scenario with one more overlay.
   *
   * @param overlay for example the announced 18% framework rate
   * @return a new scenario
   * @throws InvalidScheduleException if the id is already used
   */
  public Scenario withOverlay(Measure overlay) {
    List<Measure> more = new ArrayList<>(overlays);
    more.add(Objects.requireNonNull(overlay, "overlay"));
    return new Scenario(name, description, schedule, asOf, more, note, coverageEnd);
  }

  /**
   * Returns this scenario with a status note.
   *
   * @param value for example {@code "announced 2026-02-07, not shown to be collected (R)"}
   * @return a new scenario
   */
  public Scenario withNote(String value) {
    return new Scenario(name, description, schedule, asOf, overlays, value, coverageEnd);
  }

  /**
   * Returns this scenario with the last day its data is complete.
   *
   * <p>Example: the bundled US scenarios cover entries up to 2026-11-30; a quote for a later entry
   * date is refused, naming that day, instead of silently using law that may have changed.
   *
   * @param value the last covered day, or null when not stated
   * @return a new scenario
   */
  public Scenario withCoverageEnd(LocalDate value) {
    return new Scenario(name, description, schedule, asOf, overlays, note, value);
  }

  /**
   * Returns the last day the scenario's data is complete, if stated.
   *
   * @return the day, or empty
   */
  public java.util.Optional<LocalDate> coverageEnd() {
    return java.util.Optional.ofNullable(coverageEnd);
  }

  /**
   * Returns this scenario evaluated at another date.
   *
   * @param date the new evaluation date
   * @return a new scenario
   */
  public Scenario withAsOf(LocalDate date) {
    return new Scenario(name, description, schedule, date, overlays, note, coverageEnd);
  }

  /**
   * Returns the schedule plus overlays compiled as of the scenario date into a lookup index;
   * compiled on the first call and kept, so every later call returns the same index.
   *
   * @return the compiled schedule
   * @throws InvalidScheduleException if a stacking rule names no measure or exclusions form a cycle
   */
  public CompiledSchedule compile() {
    CompiledSchedule index = compiled;
    if (index == null) {
      // A race compiles twice at worst; both results are equal and immutable.
      index = CompiledSchedule.of(schedule.withAll(overlays), asOf);
      compiled = index;
    }
    return index;
  }

  /**
   * Returns the name.
   *
   * @return for example {@code "us-in-2026-03-01"}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the one-sentence description.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the schedule without overlays.
   *
   * @return the schedule
   */
  public TariffSchedule schedule() {
    return schedule;
  }

  /**
   * Returns the evaluation date.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the overlay measures.
   *
   * @return an unmodifiable list
   */
  public List<Measure> overlays() {
    return overlays;
  }

  /**
   * Returns the status note (whether the scenario is collected law, announced or hypothetical).
   *
   * @return free text, possibly empty
   */
  public String note() {
    return note;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scenario other
        && name.equals(other.name)
        && description.equals(other.description)
        && schedule.equals(other.schedule)
        && asOf.equals(other.asOf)
        && overlays.equals(other.overlays)
        && note.equals(other.note)
        && Objects.equals(coverageEnd, other.coverageEnd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, schedule, asOf, overlays, note);
  }

  @Override
  public String toString() {
    return "Scenario[" + name + " as of " + asOf + ", " + overlays.size() + " overlays]";
  }
}
