package dev.tariffimpact.rate;

import java.math.BigDecimal;
import java.math.MathContext;

/** Exact decimal helpers shared by the rate types. */
final class Decimals {
  private Decimals() {}

  /**
   * Divides exactly when the quotient terminates, else to 34 significant digits: rates are exact
   * wherever decimal arithmetic allows it, and the regime rounds the result.
   */
  static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    try {
      return dividend.divide(divisor);
    } catch (ArithmeticException nonTerminating) {
      return dividend.divide(divisor, MathContext.DECIMAL128);
    }
  }

  /** Strips trailing zeros but never to a negative scale, so {@code 100} prints as {@code 100}. */
  static BigDecimal normalise(BigDecimal value) {
    BigDecimal s = value.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
