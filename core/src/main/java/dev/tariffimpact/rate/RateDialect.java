package dev.tariffimpact.rate;

/**
 * The notation a rate text is written in. Every dialect also accepts the canonical form.
 *
 * <p>Example: {@code RateParser.parse("Rs. 100 per kg", RateDialect.INDIA)}.
 */
public enum RateDialect {
  /** US HTS: {@code Free}, {@code 6.5%}, {@code 2.2¢/kg}, {@code $1.646/kg}, {@code 5¢ each}. */
  US_HTS,
  /**
   * Indian customs tariff: {@code Rs. 100 per kg}, {@code 30% or Rs. 250 per kg, whichever is
   * higher}.
   */
  INDIA,
  /**
   * EU TARIC / UK trade tariff duty expressions: {@code 9.10 % + 45.10 EUR / 100 kg MAX 18.90 %}.
   */
  EU_UK
}
