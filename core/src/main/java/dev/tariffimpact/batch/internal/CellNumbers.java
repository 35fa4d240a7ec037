package dev.tariffimpact.batch.internal;

import dev.tariffimpact.batch.RejectReason;
import dev.tariffimpact.io.DecimalGrammar;
import dev.tariffimpact.io.Excerpt;
import dev.tariffimpact.io.InvalidDecimalException;
import java.math.BigDecimal;

/**
 * The numbers of a shipment row, bounded so that one row can never sink a batch: the library's
 * decimal grammar ({@link DecimalGrammar}: the same answer as {@code quote}), then the batch's own
 * bounds: at most {@value #MAX_DECIMALS} decimals (trailing zeros aside), money at most {@link
 * #MAX_MONEY} and quantities at most {@link #MAX_QUANTITY}, non-negative. Beyond a bound the row is
 * rejected ({@code OUT_OF_RANGE}) naming the bound, before any arithmetic (a text like {@code
 * 1e999999999} is never expanded). The bounds keep every per-line amount and its charges inside the
 * fixed-point range; sums over many lines continue exactly ({@link ExactSum}).
 */
final class CellNumbers {

  /** The most decimals of a number (trailing zeros aside). */
  static final int MAX_DECIMALS = 12;

  /** The largest value, freight, insurance or component value: 100 trillion. */
  static final BigDecimal MAX_MONEY = new BigDecimal("100000000000000");

  /** The largest quantity or net mass: one trillion units. */
  static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000000");

  private static final long MAX_MONEY_UNSCALED = Fixed.unscaled(MAX_MONEY, Fixed.MONEY_SCALE);
  private static final long MAX_QUANTITY_UNSCALED =
      Fixed.unscaled(MAX_QUANTITY, Fixed.QUANTITY_SCALE);

  private CellNumbers() {}

  /**
   * A money cell ({@link Fixed#MONEY_SCALE}) or quantity cell ({@link Fixed#QUANTITY_SCALE}) as an
   * unscaled long: {@link Fixed#ABSENT} when empty, or when it is a valid number the columns cannot
   * hold (more decimals, another notation: the row then takes the exact path).
   *
   * @throws RowReject when the text is not a non-negative decimal within the bounds
   */
  static long fixed(String text, int scale, String column) {
    if (text.isEmpty()) {
      return Fixed.ABSENT;
    }
    long v = Fixed.parse(text, scale);
    long max = scale == Fixed.MONEY_SCALE ? MAX_MONEY_UNSCALED : MAX_QUANTITY_UNSCALED;
    if (v == Fixed.ABSENT) {
      decimal(text, column, scale == Fixed.MONEY_SCALE ? MAX_MONEY : MAX_QUANTITY);
      return Fixed.ABSENT;
    }
    if (v > max) {
      throw outOfRange(column, scale == Fixed.MONEY_SCALE ? MAX_MONEY : MAX_QUANTITY);
    }
    return v;
  }

  /**
   * A number cell as a decimal within the bounds.
   *
   * @param text the cell, not empty
   * @param column the column name for the message
   * @param max {@link #MAX_MONEY} or {@link #MAX_QUANTITY}
   * @return the decimal (zero as {@code 0})
   * @throws RowReject naming the problem and the bound
   */
  static BigDecimal decimal(String text, String column, BigDecimal max) {
    BigDecimal d;
    try {
      // the one grammar of the library (the CLI and every reader): signs, exponents, length
      d = DecimalGrammar.parse(text);
    } catch (InvalidDecimalException e) {
      boolean range =
          e.reason().contains("range")
              || e.reason().contains("limit")
              || e.reason().contains("longer than");
      throw new RowReject(
          range ? RejectReason.OUT_OF_RANGE : RejectReason.BAD_NUMBER,
          column + " " + e.getMessage());
    }
    if (d.signum() < 0) {
      throw new RowReject(
          RejectReason.BAD_NUMBER, "negative " + column + " '" + Excerpt.of(text) + "'");
    }
    if (d.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (d.compareTo(max) > 0) {
      throw outOfRange(column, max);
    }
    if (d.stripTrailingZeros().scale() > MAX_DECIMALS) {
      throw new RowReject(
          RejectReason.OUT_OF_RANGE,
          column + " '" + Excerpt.of(text) + "' has too many decimals: at most " + MAX_DECIMALS);
    }
    return d;
  }

  private static RowReject outOfRange(String column, BigDecimal max) {
    return new RowReject(
        RejectReason.OUT_OF_RANGE, column + " out of range: at most " + max.toPlainString());
  }
}
