package dev.tariffimpact.customs;

import dev.tariffimpact.classification.ProductCode;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How one line was valued: FOB and CIF in the assessment currency (when derivable), the customs
 * value the regime's basis selects, and the exchange rate used.
 *
 * <p>Example: India, CIF USD 10,900 at INR 85.00: CIF 926500.00, customs value 926500.00.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param lineIndex the line's index in the entry
 * @param code the product code
 * @param origin the country of origin
 * @param fob FOB value, or null when it cannot be derived (and is not needed)
 * @param cif CIF value, or null when it cannot be derived (and is not needed)
 * @param customsValue the customs (assessable) value, rounded by the regime
 * @param exchangeRate the rate used, or null when the invoice is in the assessment currency
 */
public record LineValuation(
    int lineIndex,
    ProductCode code,
    String origin,
    BigDecimal fob,
    BigDecimal cif,
    BigDecimal customsValue,
    ExchangeRate exchangeRate) {

  /**
   * Validates the valuation.
   *
   * @throws NullPointerException if a required argument is null
   */
  public LineValuation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(customsValue, "customsValue");
  }

  /**
   * Returns the FOB value, if derivable.
   *
   * @return the value in the assessment currency
   */
  public Optional<BigDecimal> fobValue() {
    return Optional.ofNullable(fob);
  }

  /**
   * Returns the CIF value, if derivable.
   *
   * @return the value in the assessment currency
   */
  public Optional<BigDecimal> cifValue() {
    return Optional.ofNullable(cif);
  }
}
