package dev.tariffimpact.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The measures of one importing country (or the EU customs union), in declaration order.
 *
 * <p>Example: {@code TariffSchedule.of("US", Currency.getInstance("USD"), List.of(mfn, ieepa))}.
 * Declaration order matters in two places: among equally specific base duties the later one wins
 * (so an overlay appended last overrides), and measures of one kind are assessed in that order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TariffSchedule {

  private final String importer;
  private final Currency currency;
  private final String description;
  private final List<Measure> measures;
  private final Map<String, Measure> byId;

  private TariffSchedule(
      String importer, Currency currency, String description, List<Measure> measures) {
    this.importer = importer;
    this.currency = currency;
    this.description = description;
    this.measures = List.copyOf(measures);
    Map<String, Measure> map = new LinkedHashMap<>();
    for (Measure m : this.measures) {
      if (map.putIfAbsent(m.id(), m) != null) {
        throw new InvalidScheduleException(
            "Duplicate measure id '" + m.id() + "' in the schedule of " + importer);
      }
    }
    this.byId = map;
  }

  /**
   * Returns a schedule.
   *
   * @param importer an ISO 3166 alpha-2 country, or {@code "EU"}, e.g. {@code "US"}
   * @param currency the currency of duty amounts, e.g. USD
   * @param measures the measures, in declaration order
   * @return the schedule
   * @throws InvalidOriginException if the importer is not a country or EU
   * @throws InvalidScheduleException naming a duplicate measure id
   */
  public static TariffSchedule of(String importer, Currency currency, List<Measure> measures) {
    return of(importer, currency, "", measures);
  }

  /**
   * Returns a schedule with a description.
   *
   * @param importer an ISO 3166 alpha-2 country, or {@code "EU"}, e.g. {@code "IN"}
   * @param currency the currency of duty amounts, e.g. INR
   * @param description what the schedule holds and where it comes from; may be empty
   * @param measures the measures, in declaration order
   * @return the schedule
   * @throws InvalidOriginException if the importer is not a country or EU
   * @throws InvalidScheduleException naming a duplicate measure id
   */
  public static TariffSchedule of(
      String importer, Currency currency, String description, List<Measure> measures) {
    Objects.requireNonNull(importer, "importer");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(measures, "measures");
    if (!Countries.isImporter(importer)) {
      throw new InvalidOriginException(
          importer, "the importer must be an upper-case ISO 3166 alpha-2 country or EU");
    }
    return new TariffSchedule(importer, currency, description, measures);
  }

  /**
   * Returns the importing country.
   *
   * @return for example {@code "US"} or {@code "EU"}
   */
  public String importer() {
    return importer;
  }

  /**
   * Returns the currency of duty amounts.
   *
   * @return for example USD
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the description.
   *
   * @return free text, possibly empty
   */
  public String description() {
    return description;
  }

  /**
   * Returns the measures in declaration order.
   *
   * @return an unmodifiable list
   */
  public List<Measure> measures() {
    return measures;
  }

  /**
   * Finds a measure by id.
   *
   * @param id for example {@code "us-ieepa-india"}
   * @return the measure, or empty
   */
  public Optional<Measure> measure(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns the number of measures.
   *
   * @return the count
   */
  public int size() {
    return measures.size();
  }

  /**
   * Returns this schedule with one more measure, declared last.
   *
   * @param measure the measure to add
   * @return a new schedule
   * @throws InvalidScheduleException if the id is already used
   */
  public TariffSchedule with(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    return withAll(List.of(measure));
  }

  /**
   * Returns this schedule with more measures, declared last in the given order.
   *
   * @param more the measures to add, for example a scenario's overlays
   * @return a new schedule
   * @throws InvalidScheduleException if an id is already used
   */
  public TariffSchedule withAll(Collection<Measure> more) {
    Objects.requireNonNull(more, "more");
    List<Measure> all = new ArrayList<>(measures);
    all.addAll(more);
    return new TariffSchedule(importer, currency, description, all);
  }

  /**
   * Returns this schedule without the measures of the given ids.
   *
   * @param ids the ids to drop; ids not in the schedule are an error
   * @return a new schedule
   * @throws InvalidScheduleException naming an id that is not in the schedule
   */
  public TariffSchedule without(Collection<String> ids) {
    for (String id : ids) {
      if (!byId.containsKey(id)) {
        throw new InvalidScheduleException(
            "No measure '" + id + "' in the schedule of " + importer);
      }
    }
    return new TariffSchedule(
        importer,
        currency,
        description,
        measures.stream().filter(m -> !ids.contains(m.id())).toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TariffSchedule other
        && importer.equals(other.importer)
        && currency.equals(other.currency)
        && description.equals(other.description)
        && measures.equals(other.measures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(importer, currency, description, measures);
  }

  @Override
  public String toString() {
    return "TariffSchedule[" + importer + ", " + currency + ", " + measures.size() + " measures]";
  }
}
