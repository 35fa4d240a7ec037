package dev.tariffimpact.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Totals of the assessed lines of one group under one scenario: exact money sums, the
 * trade-weighted effective duty rate, the delta against the base scenario, and the distribution of
 * per-line effective rates and deltas.
 *
 * <p>Example: {@code Aggregate[scenario=after, currency=USD, category=textiles, chapter=null,
 * origin=IN, importer=null, lines=1200, duty=...]}; a null key field means "not grouped by it".
 * Entry-level amounts (US MPF and HMF) are allocated to the entry's lines in proportion to their
 * customs values (largest remainder, to the cent), so group sums add up to the entries' totals.
 *
 * <p>Money fields are at the currency's money scale: 2 decimals (cents, paise, pence), or the
 * regime's rounding scale when it is finer; never a scale that depends on the value. Built by the
 * engine, through {@link #of}; read through the accessors.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Aggregate {

  private final String scenario;
  private final String currency;
  private final String category;
  private final String chapter;
  private final String origin;
  private final String importer;
  private final long lines;
  private final BigDecimal customsValue;
  private final BigDecimal duty;
  private final BigDecimal fees;
  private final BigDecimal taxes;
  private final BigDecimal landedCost;
  private final long landedCostUnknown;
  private final BigDecimal delta;
  private final BigDecimal effectiveRate;
  private final Distribution rates;
  private final Distribution deltas;
  private final Map<BatchNote, Long> notes;

  private Aggregate(
      String scenario,
      String currency,
      String category,
      String chapter,
      String origin,
      String importer,
      long lines,
      BigDecimal customsValue,
      BigDecimal duty,
      BigDecimal fees,
      BigDecimal taxes,
      BigDecimal landedCost,
      long landedCostUnknown,
      BigDecimal delta,
      BigDecimal effectiveRate,
      Distribution rates,
      Distribution deltas,
      Map<BatchNote, Long> notes) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.category = category;
    this.chapter = chapter;
    this.origin = origin;
    this.importer = importer;
    this.lines = lines;
    this.customsValue = Objects.requireNonNull(customsValue, "customsValue");
    this.duty = Objects.requireNonNull(duty, "duty");
    this.fees = Objects.requireNonNull(fees, "fees");
    this.taxes = Objects.requireNonNull(taxes, "taxes");
    this.landedCost = landedCost;
    this.landedCostUnknown = landedCostUnknown;
    this.delta = Objects.requireNonNull(delta, "delta");
    this.effectiveRate = effectiveRate;
    this.rates = rates;
    this.deltas = deltas;
    this.notes = notes;
  }

  /**
   * Returns an aggregate (the engine builds them; a report or a test may too).
   *
   * @param scenario the scenario name
   * @param currency ISO 4217 code of every amount, for example {@code USD}
   * @param category the category, or null when not grouped by category
   * @param chapter the HS chapter ({@code "61"}), or null
   * @param origin the origin, or null
   * @param importer the importer, or null
   * @param lines number of assessed lines
   * @param customsValue sum of line customs values
   * @param duty sum of duties
   * @param fees sum of fees
   * @param taxes sum of taxes
   * @param landedCost sum of landed costs, or null when some line's CIF is unknown
   * @param landedCostUnknown number of lines whose CIF value is unknown
   * @param delta sum of total charges minus those under the base scenario
   * @param effectiveRate duty / customs value x 100, scale 4, or null for a zero value
   * @param rates distribution of per-line effective rates, or null
   * @param deltas distribution of per-line deltas, or null
   * @return the aggregate
   * @throws NullPointerException if the scenario, currency or a money sum other than the landed
   *     cost is null
   */
  public static Aggregate of(
      String scenario,
      String currency,
      String category,
      String chapter,
      String origin,
      String importer,
      long lines,
      BigDecimal customsValue,
      BigDecimal duty,
      BigDecimal fees,
      BigDecimal taxes,
      BigDecimal landedCost,
      long landedCostUnknown,
      BigDecimal delta,
      BigDecimal effectiveRate,
      Distribution rates,
      Distribution deltas) {
    return new Aggregate(
        scenario,
        currency,
        category,
        chapter,
        origin,
        importer,
        lines,
        customsValue,
        duty,
        fees,
        taxes,
        landedCost,
        landedCostUnknown,
        delta,
        effectiveRate,
        rates,
        deltas,
        Map.of());
  }

  /**
   * The effective rate of a group, as every aggregate carries it: duty / customs value x 100 at
   * scale 4, HALF_EVEN. One rule for the local engine and for partial sums merged elsewhere
   * (Spark).
   *
   * @param duty the group's duty
   * @param customsValue the group's customs value
   * @return the rate in percent, or null for a zero customs value
   */
  public static BigDecimal effectiveRate(BigDecimal duty, BigDecimal customsValue) {
    return customsValue.signum() == 0
        ? null
        : duty.multiply(BigDecimal.valueOf(100)).divide(customsValue, 4, RoundingMode.HALF_EVEN);
  }

  /**
   * Returns this aggregate with the lines of each note counted.
   *
   * @param value lines per note, for example {@code {ENTRY_DATE_DIFFERS=40}}; zero counts dropped
   * @return a new aggregate
   * @throws IllegalArgumentException if a count is negative or exceeds {@link #lines()}
   */
  public Aggregate withNotes(Map<BatchNote, Long> value) {
    Map<BatchNote, Long> counted = new EnumMap<>(BatchNote.class);
    value.forEach(
        (note, n) -> {
          if (n < 0 || n > lines) {
            throw new IllegalArgumentException(
                note.code() + ": " + n + " lines, outside 0.." + lines);
          }
          if (n > 0) {
            counted.put(note, n);
          }
        });
    return new Aggregate(
        scenario,
        currency,
        category,
        chapter,
        origin,
        importer,
        lines,
        customsValue,
        duty,
        fees,
        taxes,
        landedCost,
        landedCostUnknown,
        delta,
        effectiveRate,
        rates,
        deltas,
        Collections.unmodifiableMap(counted));
  }

  /**
   * Returns the lines of this group each note applies to, in {@link BatchNote} order.
   *
   * @return for example {@code {ENTRY_DATE_DIFFERS=40}}; empty when no line has a note
   */
  public Map<BatchNote, Long> notes() {
    return notes;
  }

  /**
   * Returns the scenario.
   *
   * @return the scenario name
   */
  public String scenario() {
    return scenario;
  }

  /**
   * Returns the currency.
   *
   * @return ISO 4217 code of every amount, for example {@code USD}
   */
  public String currency() {
    return currency;
  }

  /**
   * Returns the category.
   *
   * @return the category, or null when not grouped by category
   */
  public String category() {
    return category;
  }

  /**
   * Returns the chapter.
   *
   * @return the HS chapter ({@code "61"}), or null
   */
  public String chapter() {
    return chapter;
  }

  /**
   * Returns the origin.
   *
   * @return the origin, or null
   */
  public String origin() {
    return origin;
  }

  /**
   * Returns the importer.
   *
   * @return the importer, or null
   */
  public String importer() {
    return importer;
  }

  /**
   * Returns the lines.
   *
   * @return number of assessed lines
   */
  public long lines() {
    return lines;
  }

  /**
   * Returns the customs value.
   *
   * @return sum of line customs values
   */
  public BigDecimal customsValue() {
    return customsValue;
  }

  /**
   * Returns the duty.
   *
   * @return sum of duties
   */
  public BigDecimal duty() {
    return duty;
  }

  /**
   * Returns the fees.
   *
   * @return sum of fees
   */
  public BigDecimal fees() {
    return fees;
  }

  /**
   * Returns the taxes.
   *
   * @return sum of taxes
   */
  public BigDecimal taxes() {
    return taxes;
  }

  /**
   * Returns the landed cost.
   *
   * @return sum of landed costs (CIF + charges), null when some line's CIF is unknown
   */
  public BigDecimal landedCost() {
    return landedCost;
  }

  /**
   * Returns the landed cost unknown.
   *
   * @return number of lines whose CIF value (hence landed cost) is unknown
   */
  public long landedCostUnknown() {
    return landedCostUnknown;
  }

  /**
   * Returns the delta.
   *
   * @return sum of (total charges under this scenario - under the base scenario)
   */
  public BigDecimal delta() {
    return delta;
  }

  /**
   * Returns the effective rate.
   *
   * @return duty / customs value x 100, scale 4 HALF_EVEN, null for a zero value
   */
  public BigDecimal effectiveRate() {
    return effectiveRate;
  }

  /**
   * Returns the rates.
   *
   * @return distribution of per-line effective duty rates (percent; lines of zero value skipped);
   *     null when the batch ran with {@link BatchOptions.Builder#distributions}(false)
   */
  public Distribution rates() {
    return rates;
  }

  /**
   * Returns the deltas.
   *
   * @return distribution of per-line deltas of total charges (money); null likewise
   */
  public Distribution deltas() {
    return deltas;
  }

  /**
   * Returns duty + fees + taxes.
   *
   * @return the exact sum
   */
  public BigDecimal totalCharges() {
    return duty.add(fees).add(taxes);
  }

  /**
   * Returns the landed cost if every line's CIF value is known.
   *
   * @return the sum, or empty
   */
  public Optional<BigDecimal> landedCostIfKnown() {
    return Optional.ofNullable(landedCost);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Aggregate a
        && lines == a.lines
        && landedCostUnknown == a.landedCostUnknown
        && scenario.equals(a.scenario)
        && currency.equals(a.currency)
        && Objects.equals(category, a.category)
        && Objects.equals(chapter, a.chapter)
        && Objects.equals(origin, a.origin)
        && Objects.equals(importer, a.importer)
        && customsValue.equals(a.customsValue)
        && duty.equals(a.duty)
        && fees.equals(a.fees)
        && taxes.equals(a.taxes)
        && Objects.equals(landedCost, a.landedCost)
        && delta.equals(a.delta)
        && Objects.equals(effectiveRate, a.effectiveRate)
        && Objects.equals(rates, a.rates)
        && Objects.equals(deltas, a.deltas)
        && notes.equals(a.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        scenario,
        currency,
        category,
        chapter,
        origin,
        importer,
        lines,
        customsValue,
        duty,
        fees,
        taxes,
        landedCost,
        landedCostUnknown,
        delta,
        effectiveRate,
        rates,
        deltas,
        notes);
  }

  /** Prints the key, the line count and the money fields, as {@code Aggregate[scenario=...]}. */
  @Override
  public String toString() {
    return "Aggregate[scenario="
        + scenario
        + ", currency="
        + currency
        + ", category="
        + category
        + ", chapter="
        + chapter
        + ", origin="
        + origin
        + ", importer="
        + importer
        + ", lines="
        + lines
        + ", customsValue="
        + customsValue
        + ", duty="
        + duty
        + ", fees="
        + fees
        + ", taxes="
        + taxes
        + ", landedCost="
        + landedCost
        + ", landedCostUnknown="
        + landedCostUnknown
        + ", delta="
        + delta
        + ", effectiveRate="
        + effectiveRate
        + ", rates="
        + rates
        + ", deltas="
        + deltas
        + (notes.isEmpty() ? "" : ", notes=" + notes)
        + "]";
  }
}
