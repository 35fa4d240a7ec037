package dev.tariffimpact.batch.internal;

import dev.tariffimpact.batch.RejectReason;
import java.math.BigDecimal;

/**
 * The numbers of a shipment row, bounded so that one row can never sink a batch: at most {@value
 * #MAX_LENGTH} characters, at most {@value #MAX_DECIMALS} decimals (trailing zeros aside), money at
 * most {@link #MAX_MONEY} and quantities at most {@link #MAX_QUANTITY}, non-negative. Beyond a
 * bound the row is rejected ({@code OUT_OF_RANGE}) naming the bound, before any arithmetic (a text
 * like {@code 1e999999999} is never expanded). The bounds keep every per-line amount and its
 * charges inside the fixed-point range; sums over many lines continue exactly ({@link ExactSum}).
 */
final class CellNumbers {

  /** The longest number text. */
  static final int MAX_LENGTH = 50;

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
    if (text.length() > MAX_LENGTH) {
      throw new RowReject(
          RejectReason.OUT_OF_RANGE,
          column
              + " '"
              + text.substring(0, 20)
              + "...' is longer than "
              + MAX_LENGTH
              + " characters");
    }
    BigDecimal d;
    try {
      d = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new RowReject(
          RejectReason.BAD_NUMBER, column + " '" + text + "' is not a decimal number");
    }
    if (d.signum() < 0) {
      throw new RowReject(RejectReason.BAD_NUMBER, "negative " + column + " '" + text + "'");
    }
    if (d.signum() == 0) {
      return BigDecimal.ZERO;
    }
    // compared before any scaling: 1e999999999 and 1e-999999999 stay one digit
    if (d.compareTo(max) > 0) {
      throw outOfRange(column, max);
    }
    if (d.stripTrailingZeros().scale() > MAX_DECIMALS) {
      throw new RowReject(
          RejectReason.OUT_OF_RANGE,
          column + " '" + text + "' has too many decimals: at most " + MAX_DECIMALS);
    }
    return d;
  }

  private static RowReject outOfRange(String column, BigDecimal max) {
    return new RowReject(
        RejectReason.OUT_OF_RANGE, column + " out of range: at most " + max.toPlainString());
  }
}
