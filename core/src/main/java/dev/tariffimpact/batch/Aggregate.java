package dev.tariffimpact.batch;

import java.math.BigDecimal;
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
 * <p>This class is immutable and thread-safe.
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
 * @param landedCost sum of landed costs (CIF + charges), null when some line's CIF is unknown
 * @param landedCostUnknown number of lines whose CIF value (hence landed cost) is unknown
 * @param delta sum of (total charges under this scenario - under the base scenario)
 * @param effectiveRate duty / customs value x 100, scale 4 HALF_EVEN, null for a zero value
 * @param rates distribution of per-line effective duty rates (percent; lines of zero value
 *     skipped); null when the batch ran with {@link BatchOptions.Builder#distributions}(false)
 * @param deltas distribution of per-line deltas of total charges (money); null likewise
 */
public record Aggregate(
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

  /**
   * Validates the aggregate.
   *
   * @throws NullPointerException if a required field is null
   */
  public Aggregate {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(customsValue, "customsValue");
    Objects.requireNonNull(duty, "duty");
    Objects.requireNonNull(fees, "fees");
    Objects.requireNonNull(taxes, "taxes");
    Objects.requireNonNull(delta, "delta");
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
}
