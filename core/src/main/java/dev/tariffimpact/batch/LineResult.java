package dev.tariffimpact.batch;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The result of one assessed line under one scenario, streamed in input order to a listener or to
 * {@code lines.csv}. Entry-level amounts (US MPF, HMF) are included in {@code fees}, allocated to
 * the entry's lines in proportion to customs value (largest remainder, to the cent).
 *
 * <p>Money fields are at the currency's money scale: 2 decimals, or the regime's finest rounding
 * scale when finer (at most 4); never a scale that depends on the value.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param row the input row number
 * @param entryId the entry id
 * @param importer the importer
 * @param origin the origin
 * @param code the product code, dotted
 * @param category the category, empty when none
 * @param scenario the scenario name
 * @param currency the currency of the amounts
 * @param customsValue the line's customs value
 * @param duty duties of the line
 * @param fees fees of the line, with its share of entry-level fees
 * @param taxes taxes of the line
 * @param landedCost CIF + duty + fees + taxes, null when the CIF value is unknown
 * @param delta total charges minus those under the base scenario
 * @param notes the notes of the line's assessment under the scenario, in {@link BatchNote} order
 *     (the same the aggregates count), empty when none
 */
public record LineResult(
    long row,
    String entryId,
    String importer,
    String origin,
    String code,
    String category,
    String scenario,
    String currency,
    BigDecimal customsValue,
    BigDecimal duty,
    BigDecimal fees,
    BigDecimal taxes,
    BigDecimal landedCost,
    BigDecimal delta,
    Set<BatchNote> notes) {

  /** Copies the notes. */
  public LineResult {
    notes = notes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(notes));
  }

  /**
   * A line result without notes (a line read back from a {@code lines.csv} that has none).
   *
   * @param row the input row number
   * @param entryId the entry id
   * @param importer the importer
   * @param origin the origin
   * @param code the product code, dotted
   * @param category the category, empty when none
   * @param scenario the scenario name
   * @param currency the currency of the amounts
   * @param customsValue the line's customs value
   * @param duty duties of the line
   * @param fees fees of the line, with its share of entry-level fees
   * @param taxes taxes of the line
   * @param landedCost CIF + duty + fees + taxes, null when the CIF value is unknown
   * @param delta total charges minus those under the base scenario
   */
  public LineResult(
      long row,
      String entryId,
      String importer,
      String origin,
      String code,
      String category,
      String scenario,
      String currency,
      BigDecimal customsValue,
      BigDecimal duty,
      BigDecimal fees,
      BigDecimal taxes,
      BigDecimal landedCost,
      BigDecimal delta) {
    this(
        row,
        entryId,
        importer,
        origin,
        code,
        category,
        scenario,
        currency,
        customsValue,
        duty,
        fees,
        taxes,
        landedCost,
        delta,
        Set.of());
  }

  /**
   * Returns duty + fees + taxes.
   *
   * @return the exact sum
   */
  public BigDecimal totalCharges() {
    return duty.add(fees).add(taxes);
  }
}
