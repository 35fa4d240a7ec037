package dev.tariffimpact.customs;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Rates the table derives when a pair is not published: the inverse of the opposite pair, and the
 * cross rate through a pivot currency (USD). Each says in its source how it was derived, and a
 * cross rate is always an assumption: it is arithmetic on published rates, not a published rate.
 */
final class DerivedRates {

  private DerivedRates() {}

  /** {@code 1 / rate} of the opposite pair, at the declared scale and mode. */
  static ExchangeRate inverse(ExchangeRate r, Rounding rounding) {
    return new ExchangeRate(
        r.to(),
        r.from(),
        BigDecimal.ONE.divide(r.rate(), rounding.scale(), rounding.mode()),
        r.validFrom(),
        r.validTo(),
        "inverse of "
            + r.from()
            + "->"
            + r.to()
            + " "
            + r.rate().toPlainString()
            + " ("
            + r.source()
            + ")",
        r.unverifiedNote());
  }

  /**
   * {@code first.from -> first.to = second.from -> second.to}: the product of the two rates, kept
   * exact when both are published and rounded to the declared scale when a factor is itself
   * derived; valid where both are.
   */
  static ExchangeRate cross(ExchangeRate first, ExchangeRate second, Rounding rounding) {
    BigDecimal product = first.rate().multiply(second.rate());
    if (product.scale() > rounding.scale()) {
      product = product.setScale(rounding.scale(), rounding.mode());
    }
    LocalDate from =
        first.validFrom().isAfter(second.validFrom()) ? first.validFrom() : second.validFrom();
    LocalDate to = earlier(first.validTo(), second.validTo());
    String how =
        "derived: cross rate through "
            + first.to()
            + ", "
            + describe(first)
            + " x "
            + describe(second);
    String note =
        "a derived cross rate ("
            + first.from()
            + "->"
            + first.to()
            + " x "
            + second.from()
            + "->"
            + second.to()
            + "), not a published rate; supply the legal rate for real use"
            + (first.unverifiedNote() == null ? "" : "; " + first.unverifiedNote())
            + (second.unverifiedNote() == null ? "" : "; " + second.unverifiedNote());
    return new ExchangeRate(first.from(), second.to(), product, from, to, how, note);
  }

  private static String describe(ExchangeRate r) {
    return r.from() + "->" + r.to() + " " + r.rate().toPlainString() + " (" + r.source() + ")";
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.isBefore(b) ? a : b;
  }
}
